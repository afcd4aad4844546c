/**
 * The one IPC contract: every channel, the zod schema its request must pass in main, and the type of
 * its response. Main, preload and renderer all import this file. The renderer never names a dial
 * target: it asks to dial phone P of a debtor, or a typed number, and main builds the rest.
 */
import { z } from 'zod';
import { CALL_OUTCOME_IDS, type CallOutcomeId } from './call-outcomes.ts';
import { dataLocationChoiceSchema, type ConnectionTestResult, type DataLocationView } from './data-location.ts';
import type { CallDecision } from './call-guard.ts';
import type { CallRuleId, RuleAction } from './call-rules.ts';
import type { NumberPlanInput } from './number-plan.ts';

export type OperatorRole = 'admin' | 'operator';

export type OperatorSummary = {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly useSoftphone: boolean;
  /** The dial mode in words (describeTarget), or why it cannot dial. */
  readonly mode: string;
  readonly role: OperatorRole;
  readonly active: boolean;
  /** False until a password is set: such an operator cannot sign in. */
  readonly hasPassword: boolean;
};

export type OperatorDetail = {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly useSoftphone: boolean;
  readonly note2: string;
};

/** An operator with what sign-in and permissions need; never the password hash itself. */
export type OperatorAccount = OperatorDetail & {
  readonly role: OperatorRole;
  readonly active: boolean;
  readonly hasPassword: boolean;
};

/** One settings change: who, when, which field, old → new. A password change shows as "(changed)". */
export type AuditEntry = {
  readonly id: number;
  readonly at: string;
  readonly actorId: number | null;
  readonly actorName: string;
  /** The operator whose settings changed, or null for an app-wide setting such as the scheme allow-list. */
  readonly operatorId: number | null;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
};

export type PhoneRow = { readonly id: number; readonly label: string; readonly number: string };

export type DebtorRow = {
  readonly id: number;
  readonly fileNumber: string;
  readonly name: string;
  readonly clientNumber: string;
  readonly clientName: string;
  readonly phones: readonly PhoneRow[];
};

export type DebtorPage = { readonly rows: readonly DebtorRow[]; readonly total: number };

/** A work list: the search result it walks one debtor at a time, and where it stands. */
export type WorkListView = {
  readonly query: string;
  /** 0-based; equal to `total` once every debtor has had their turn. */
  readonly index: number;
  readonly total: number;
  /** The debtor at `index`, or null when the list is done. */
  readonly debtor: DebtorRow | null;
};

/**
 * `duplicate`: the same number again within the duplicate window; the first click went out, this one is not sent nor logged.
 * `confirm`: the call breaks a rule an administrator set to warn (call-rules.ts): nothing sent nor logged until the
 * collector dials again with a reason.
 */
export type DialStatus = 'sent' | 'failed' | 'blocked' | 'duplicate' | 'confirm';
export type DialMethod = 'udp' | 'uri';

export type DialOutcome = {
  readonly status: DialStatus;
  /** One sentence for the operator: what happened, or why not. */
  readonly message: string;
  readonly number: string;
  readonly method: DialMethod | null;
  /** `192.168.2.122:1544` or `sip: handler`. */
  readonly destination: string | null;
  /** The exact datagram payload or URI. */
  readonly payload: string | null;
  readonly at: string;
  /** The dial-log row's key, for recording the call's outcome on it; null when nothing was logged (a duplicate). */
  readonly dialKey: string | null;
  /** The call rules this call breaks, in words (the reasons of a block or of a warning); absent when none. */
  readonly reasons?: readonly string[];
};

export type DialLogEntry = {
  readonly id: number;
  readonly at: string;
  readonly operatorName: string;
  readonly number: string;
  readonly method: DialMethod | null;
  readonly target: string | null;
  readonly payload: string | null;
  readonly result: DialStatus;
  readonly reason: string | null;
  /** Unique per dial: what an outcome is recorded against. */
  readonly key: string;
  /** What became of the call, as last recorded (append-only outcome rows: the newest wins); null until one is. */
  readonly outcome: CallOutcomeId | null;
  readonly note: string | null;
  readonly outcomeAt: string | null;
  /** The debtor asked for this call (recorded with the outcome): it does not count toward 7 in 7. */
  readonly consent: boolean;
  /** The debtor file called and the debtor's name as the database holds it now; null for the dial pad. */
  readonly fileNumber: string | null;
  readonly debtorName: string | null;
  readonly clientNumber: string | null;
  readonly clientName: string | null;
  /** A test dial (sent from the operator form): whose settings it tried. The row itself is the sender's. */
  readonly testOf: string | null;
};

/** A page of the dial log and the size of the whole selection (the list is virtualized). */
export type DialLogPage = { readonly rows: readonly DialLogEntry[]; readonly total: number };

export type SchemeHandlerInfo = { readonly scheme: string; readonly handler: string | null };

/** The signed-in operator: the one whose extension and Note 2 every dial uses. */
export type SessionInfo = {
  readonly operatorId: number;
  readonly code: string;
  readonly name: string;
  readonly role: OperatorRole;
  readonly mode: string;
};

export type AppState = {
  /** No administrator who can sign in exists yet: the first-run setup screen is shown. */
  readonly setupNeeded: boolean;
  readonly session: SessionInfo | null;
  /** Administrators: every operator. Operators: themselves. Signed out: none. */
  readonly operators: readonly OperatorSummary[];
  readonly allowedSchemes: readonly string[];
  /** Things the user must be told once, e.g. an unreadable database moved aside. */
  readonly notices: readonly string[];
  /**
   * Dial-log rows the database has not taken yet (they wait in the outbox on disk), and the status
   * bar's sentence about them while there are any ("Database busy: 2 dials waiting to be logged").
   */
  readonly waitingDials: { readonly count: number; readonly message: string | null };
};

/*
 * A debtor import, as main reports it. The file's bytes reach main in base64 chunks of at most
 * IMPORT_CHUNK_BYTES (JSON-safe in Electron's IPC and the browser harness); main imports the file
 * in a worker, and the renderer polls its status.
 */

/** A data row that was not imported; `line` is the physical line in the file where the row starts (header = 1). */
export type InvalidRow = { readonly line: number; readonly reason: string };

export type ImportPhase = 'reading' | 'writing' | 'indexing';

export type ImportProgress = {
  /** reading: parse and check every row (nothing written yet); writing: the one transaction; indexing: search indexes. */
  readonly phase: ImportPhase;
  /** Data rows read so far (blank lines not counted). */
  readonly rowsRead: number;
  readonly bytesRead: number;
  /** The file's size, or null when it has none (a pipe). */
  readonly totalBytes: number | null;
  /** Valid rows written so far, and how many will be: both 0 while reading. */
  readonly rowsWritten: number;
  readonly rowsToWrite: number;
};

export type ImportSummary = {
  /** Debtors whose file number was new. */
  readonly inserted: number;
  /** Debtors whose file number was already in the database: name, client and phone list now as in the file. */
  readonly updated: number;
  readonly invalid: readonly InvalidRow[];
  /** Data rows in the file: inserted + updated + invalid. */
  readonly total: number;
  /** Header columns that are not part of the format; their cells were not read. */
  readonly ignoredColumns: readonly string[];
  readonly durationMs: number;
};

export type ImportOutcome =
  | ({ readonly status: 'imported' } & ImportSummary)
  /** Stopped by the caller: the database is exactly as it was before. */
  | { readonly status: 'cancelled'; readonly rowsRead: number; readonly durationMs: number }
  /** The file as a whole cannot be imported (missing column, broken quoting): nothing was written. */
  | { readonly status: 'refused'; readonly reason: string }
  /** The file or the database could not be read or written: nothing was written. */
  | { readonly status: 'failed'; readonly reason: string };

type ImportFile = { readonly importId: string; readonly fileName: string; readonly size: number };

/** Where an import stands: its bytes arriving, the worker at work, or its outcome (kept until the next import begins). */
export type ImportStatus =
  | (ImportFile & { readonly state: 'uploading'; readonly receivedBytes: number })
  | (ImportFile & { readonly state: 'running'; readonly progress: ImportProgress | null })
  | (ImportFile & { readonly state: 'finished'; readonly outcome: ImportOutcome });

/** Where a call from outside the window came from: a link another program opened, the global hotkey, or the tray. */
export type LinkSource = 'link' | 'hotkey' | 'tray';

/** A call another program (or the hotkey, or the tray) asked for: it waits for the operator's Enter, never dials by itself. */
export type LinkCard = {
  readonly id: number;
  readonly source: LinkSource;
  readonly number: string;
  /** From a softphone-launcher: link: the debtor the call is for (the authcode comes from these). */
  readonly client: string | null;
  readonly debtor: string | null;
  readonly name: string | null;
  /** Exactly what Enter sends for the signed-in operator, in the dial-log's words, or null when nothing would go out. */
  readonly sends: string | null;
  readonly destination: string | null;
  /** Why nothing would be sent (dialing off, Note 2 invalid), or null. */
  readonly problem: string | null;
  /** The call guard's verdict for this operator now, as the dial will check it; null when nothing would be sent or no guard runs. */
  readonly guard: LinkGuardVerdict | null;
};

/** What the call guard says of a link's call: a blocked call sends nothing; a warned one asks for a reason at Enter. */
export type LinkGuardVerdict = { readonly verdict: 'allow' | 'warn' | 'block'; readonly reasons: readonly string[] };

export type LinkInboxView = {
  /** The card waiting for the operator; null when none, and always null before sign-in. */
  readonly card: LinkCard | null;
  /** True while a card waits for someone to sign in. */
  readonly waitingForSignIn: boolean;
  /** The last link refused (bad number, unknown parameter…), with the reason; cleared with the next card. */
  readonly refused: { readonly link: string; readonly reason: string } | null;
  /** Links that arrived faster than a person could confirm them, dropped since the app started. */
  readonly dropped: number;
};

/** This desk's link settings (desk-settings.json): which of tel:, callto:, sip: it takes, and the hotkey. */
export type DeskLinksInput = { readonly handlerSchemes: readonly string[]; readonly dialHotkey: string | null };
export type DeskLinksView = DeskLinksInput & {
  /** The schemes the app would not take if chosen, with the reason (an operator's Note 2 hands calls to it). */
  readonly refused: readonly { readonly scheme: string; readonly reason: string }[];
  /** What is wrong with the file as it stands (the defaults are used meanwhile). */
  readonly notices: readonly string[];
  readonly file: string;
};

/** The most bytes one import:chunk carries (before base64). */
export const IMPORT_CHUNK_BYTES = 1024 * 1024;
/** The largest file that can be imported from the app. */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024;

/** The call guard's view of phones, by phone id: the window's badges (main decides again at every dial). */
/** The newest call that went out to a debtor file (any desk) and its outcome as last recorded. */
export type LastCall = { readonly at: string; readonly outcome: CallOutcomeId | null };
/** What the debtor list and the call card show for a phone: the guard's decision now, and the file's last call. */
export type PhoneCallStatus = CallDecision & { readonly lastCall: LastCall | null };
export type CallStatuses = Readonly<Record<number, PhoneCallStatus>>;

/** What an administrator sets for calls: warn or block per rule, and the floor's dial plan (blank parts unset). */
export type CallSettings = { readonly policy: Readonly<Record<CallRuleId, RuleAction>>; readonly numberPlan: NumberPlanInput };

const ruleAction = z.enum(['warn', 'block']);
const planPart = z.string().max(8).optional();

/** The longest note a call card takes. */
export const NOTE_MAX_LENGTH = 1000;

const id = z.number().int().positive();
const none = z.undefined();
const password = z.string().max(1024);
const importId = z.uuid();
const accountNumber = z.string().regex(/^[0-9]{1,20}$/, 'A client or debtor file number is 1 to 20 digits.');

export const requestSchemas = {
  'app:state': none,
  'auth:setup': z.strictObject({
    code: z.string().max(32),
    name: z.string().max(100),
    password,
    passwordAgain: password,
    loadSampleData: z.boolean(),
  }),
  'auth:sign-in': z.strictObject({ code: z.string().max(32), password }),
  'auth:sign-out': none,
  'operator:get': z.strictObject({ operatorId: id }),
  'operator:save': z.strictObject({
    id: id.nullable(),
    code: z.string().max(32),
    name: z.string().max(100),
    useSoftphone: z.boolean(),
    note2: z.string().max(500),
    role: z.enum(['admin', 'operator']),
    active: z.boolean(),
  }),
  'operator:set-password': z.strictObject({ operatorId: id, password, passwordAgain: password }),
  'audit:list': z.strictObject({ operatorId: id.nullable(), limit: z.number().int().min(1).max(1000) }),
  'schemes:save': z.strictObject({ schemes: z.array(z.string().max(64)).max(32) }),
  'debtors:search': z.strictObject({
    query: z.string().max(200),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(500),
  }),
  // reason: the collector's answer to a warning; main checks the call again and logs it with the dial.
  'dial:phone': z.strictObject({ phoneId: id, reason: z.string().max(500).optional() }),
  'dial:number': z.strictObject({ number: z.string().max(64), reason: z.string().max(500).optional() }),
  // client + debtor: a test dial as if on that debtor's phone, so `#authcode` is exercised (both or neither).
  'dial:test': z
    .strictObject({ operatorId: id, number: z.string().max(64), client: accountNumber.optional(), debtor: accountNumber.optional() })
    .refine((r) => (r.client === undefined) === (r.debtor === undefined), 'A test dial names both a client and a debtor, or neither.'),
  // operatorId null: every operator's dials (administrators only).
  'dial-log:list': z.strictObject({ operatorId: id.nullable(), offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000) }),
  // A later report replaces nothing: it is a new row, and the newest is the dial's outcome.
  'dial:redial': z.strictObject({ dialKey: z.string().min(1).max(100), reason: z.string().max(500).optional() }),
  'dial:set-outcome': z.strictObject({
    dialKey: z.string().min(1).max(100),
    outcome: z.enum(CALL_OUTCOME_IDS as readonly [CallOutcomeId, ...CallOutcomeId[]]),
    note: z.string().max(NOTE_MAX_LENGTH, `A note is at most ${NOTE_MAX_LENGTH} characters.`),
    consent: z.boolean().optional(),
  }),
  'scheme:handler': z.strictObject({ scheme: z.string().max(64) }),
  'work-list:get': none,
  'work-list:start': z.strictObject({ query: z.string().max(200) }),
  'work-list:move': z.strictObject({ index: z.number().int().min(0) }),
  'work-list:stop': none,
  'import:begin': z.strictObject({ fileName: z.string().min(1).max(255), size: z.number().int().min(0) }),
  'import:chunk': z.strictObject({
    importId,
    index: z.number().int().min(0),
    data: z.base64().max(Math.ceil(IMPORT_CHUNK_BYTES / 3) * 4),
  }),
  'import:start': z.strictObject({ importId }),
  'import:status': z.strictObject({ importId }),
  'import:cancel': z.strictObject({ importId }),
  'data-location:get': none,
  'data-location:test': dataLocationChoiceSchema,
  'data-location:save': dataLocationChoiceSchema,
  'desk-links:get': none,
  'desk-links:save': z.strictObject({ handlerSchemes: z.array(z.string().max(10)).max(3), dialHotkey: z.string().max(60).nullable() }),
  'calls:status': z.strictObject({ phoneIds: z.array(id).max(500) }),
  'calls:mark-phone': z.strictObject({ phoneId: id, doNotCall: z.boolean() }),
  'calls:settings': none,
  'calls:operator-plan': z.strictObject({ operatorId: id }),
  'calls:save-operator-plan': z.strictObject({
    operatorId: id,
    numberPlan: z.strictObject({ outsideLine: planPart, homeCountry: planPart, intlPrefix: planPart, uriForm: z.enum(['dialer', 'e164']).optional() }).nullable(),
  }),
  'calls:save-settings': z.strictObject({
    policy: z.strictObject({ 'do-not-call': ruleAction, 'calling-hours': ruleAction, 'seven-in-seven': ruleAction, 'after-conversation': ruleAction }),
    numberPlan: z.strictObject({ outsideLine: planPart, homeCountry: planPart, intlPrefix: planPart, uriForm: z.enum(['dialer', 'e164']).optional() }),
  }),
  'links:pending': none,
  'links:confirm': z.strictObject({ cardId: id, reason: z.string().max(500).optional() }),
  'links:dismiss': z.strictObject({ cardId: id }),
  'links:closeRefusal': none,
} as const;

export type IpcResponses = {
  'app:state': AppState;
  'auth:setup': AppState;
  'auth:sign-in': AppState;
  'auth:sign-out': AppState;
  'operator:get': OperatorAccount;
  'operator:save': OperatorAccount;
  'operator:set-password': OperatorAccount;
  'audit:list': readonly AuditEntry[];
  'schemes:save': AppState;
  'debtors:search': DebtorPage;
  'dial:phone': DialOutcome;
  'dial:number': DialOutcome;
  'dial:test': DialOutcome;
  'dial-log:list': DialLogPage;
  'dial:redial': DialOutcome;
  'dial:set-outcome': DialLogEntry;
  'scheme:handler': SchemeHandlerInfo;
  'work-list:get': WorkListView | null;
  'work-list:start': WorkListView;
  'work-list:move': WorkListView;
  'work-list:stop': null;
  'import:begin': ImportStatus;
  'import:chunk': ImportStatus;
  'import:start': ImportStatus;
  'import:status': ImportStatus;
  'import:cancel': ImportStatus;
  'data-location:get': DataLocationView;
  'data-location:test': ConnectionTestResult;
  'data-location:save': DataLocationView;
  'desk-links:get': DeskLinksView;
  'desk-links:save': DeskLinksView;
  'calls:status': CallStatuses;
  'calls:mark-phone': CallDecision;
  'calls:settings': CallSettings;
  'calls:save-settings': CallSettings;
  'calls:operator-plan': NumberPlanInput | null;
  'calls:save-operator-plan': NumberPlanInput | null;
  'links:pending': LinkInboxView;
  'links:confirm': DialOutcome;
  'links:dismiss': LinkInboxView;
  'links:closeRefusal': LinkInboxView;
};

export type IpcChannel = keyof typeof requestSchemas & keyof IpcResponses;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof requestSchemas)[C]>;
export type IpcResponse<C extends IpcChannel> = IpcResponses[C];

/** What crosses the wire: a handler's refusal is a value with a message, never a thrown Error. */
export type IpcReply<C extends IpcChannel> =
  | { readonly ok: true; readonly value: IpcResponse<C> }
  | { readonly ok: false; readonly error: string };

export const IPC_CHANNELS = Object.keys(requestSchemas) as IpcChannel[];

/**
 * What main tells the window without being asked: event → payload. The preload lets the renderer
 * listen to these names only; main publishes them through src/main/ipc/main-events.ts.
 */
export type MainEvents = {
  /** A dial-log row was stored (by this desk); `operatorId` says whose dial it is, for the log's filter. */
  'dial-log:added': { readonly operatorId: number | null; readonly entry: DialLogEntry };
  /** Floor mode: a desk saved an operator (id) or a setting (key); resync after a lost connection: reload everything shown. */
  'floor:changed': { readonly table: 'operators'; readonly id: number } | { readonly table: 'settings'; readonly id: string } | { readonly table: 'resync' };
  /** A link, the hotkey or the tray brought a call (or a link was refused): the window shows the card. */
  'link:card': LinkInboxView;
};
export type MainEvent = keyof MainEvents;

/** Every event name, checked complete against MainEvents by the compiler. */
const MAIN_EVENT_SET: Readonly<Record<MainEvent, true>> = { 'dial-log:added': true, 'floor:changed': true, 'link:card': true };
export const MAIN_EVENTS = Object.keys(MAIN_EVENT_SET) as MainEvent[];
export const isMainEvent = (name: string): name is MainEvent => Object.hasOwn(MAIN_EVENT_SET, name);
