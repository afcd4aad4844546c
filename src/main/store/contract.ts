/*
 * The store contract: what every service, IPC handler, the import and the CLI may ask of the database.
 * Two implementations keep it: node:sqlite (one desk, the default) and PostgreSQL (a call floor).
 * Everything is asynchronous so both can: a caller never knows which backend it has.
 *
 * The contract test suite (test/main/store/contract/) runs the same cases against both.
 */
import type {
  AuditEntry,
  DebtorPage,
  DialLogPage,
  DialLogEntry,
  ImportOutcome,
  ImportProgress,
  OperatorAccount,
  OperatorDetail,
  OperatorRole,
} from '../../shared/ipc-contract.ts';
import type { CallOutcomeId } from '../../shared/call-outcomes.ts';
import type { CallPolicy, RuleAction, CallRuleId } from '../../shared/call-rules.ts';
import type { NumberPlanInput } from '../../shared/number-plan.ts';
import type { DialStatus } from '../../shared/ipc-contract.ts';

export type { AuditEntry, DialLogEntry, OperatorAccount, OperatorDetail, OperatorRole } from '../../shared/ipc-contract.ts';

export type StoreBackend = 'sqlite' | 'postgres';

export type OperatorInput = { code: string; name: string; useSoftphone: boolean; note2: string };

/** What sign-in checks. Only the auth service should ask for it: it holds the password hash. */
export type OperatorCredentials = {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly hash: string | null;
  readonly active: boolean;
  readonly role: OperatorRole;
};

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

export type PhoneContext = {
  phoneId: number;
  label: string;
  number: string;
  debtorId: number;
  debtorName: string;
  fileNumber: string;
  clientNumber: string;
};

/** A do-not-call mark as stored: when (ISO-8601) and who set it (an operator's name, or "import"). */
export type StoredDoNotCall = { readonly at: string; readonly by: string };

/** What the call guard needs to know about one phone of a debtor: where the debtor lives and the marks. */
export type CallFacts = PhoneContext & {
  readonly timezone: string | null;
  readonly state: string | null;
  readonly zip: string | null;
  readonly debtorDoNotCall: StoredDoNotCall | null;
  readonly phoneDoNotCall: StoredDoNotCall | null;
};

/** One dial to a debtor file, as the 7-in-7 count reads it. */
export type FileCall = { readonly at: string; readonly result: DialStatus; readonly outcome: CallOutcomeId | null; readonly consent: boolean };

/** What the call guard reads for a call to one phone: the phone's facts and the dials to its debtor's file. */
export type CallHistory = { readonly facts: CallFacts; readonly calls: FileCall[] };

/**
 * `key` is unique per dial (a UUID made when the dial happened): appending the same key twice stores one
 * row, so the on-disk outbox can retry a write whose commit it could not confirm, and nothing is written twice.
 */
export type NewDialLogEntry = Omit<DialLogEntry, 'id' | 'outcome' | 'note' | 'outcomeAt' | 'consent' | 'fileNumber' | 'debtorName' | 'clientNumber' | 'clientName' | 'testOf'> & {
  operatorId: number | null;
  /** The debtor file called, so the calls to one file are counted across desks; null or absent for the dial pad. */
  fileNumber?: string | null;
  /** A test dial: the name of the operator whose settings it tried (the row is the sender's). */
  testOf?: string | null;
};

/** The dial's row may still wait in the outbox (database busy): its outcome can be set once it is written. */
export const NOT_LOGGED_YET = 'That dial is not in the dial log yet: set its outcome again in a moment, from the dial log.';

/** One report of what became of a dial: appended, never updated. */
export type NewCallOutcome = {
  readonly dialKey: string;
  readonly at: string;
  readonly outcome: CallOutcomeId;
  readonly note: string | null;
  /** The debtor asked for this call (prior consent): it does not count toward 7 in 7. Default false. */
  readonly consent?: boolean;
};

export type SampleDataAdded = { readonly operators: number; readonly clients: number; readonly debtors: number };

export type OperatorsRepo = {
  /** Ordered by name. */
  list(): Promise<OperatorDetail[]>;
  get(id: number): Promise<OperatorDetail | null>;
  /** Rejects with UserError when the code is empty or already taken (codes compare case-insensitively). */
  create(input: OperatorInput): Promise<OperatorDetail>;
  /** Rejects with UserError when the operator does not exist or the code is taken by another one. */
  update(id: number, input: OperatorInput): Promise<OperatorDetail>;
  account(id: number): Promise<OperatorAccount | null>;
  /** Ordered by name, inactive ones included. */
  accounts(): Promise<OperatorAccount[]>;
  /** By operator code, ignoring case; null when no operator has that code. */
  credentials(code: string): Promise<OperatorCredentials | null>;
  /** The setters reject with UserError when the operator does not exist, and resolve to the operator as stored. */
  setPassword(id: number, hash: string | null): Promise<OperatorAccount>;
  setRole(id: number, role: OperatorRole): Promise<OperatorAccount>;
  setActive(id: number, active: boolean): Promise<OperatorAccount>;
  /** Administrators who can sign in: active and with a password. */
  countActiveAdmins(): Promise<number>;
};

export type AuditLogRepo = {
  /** Append-only: no implementation offers an update or a delete. */
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first. */
  listForOperator(operatorId: number, limit: number): Promise<AuditEntry[]>;
  /** Every change, app-wide settings included; newest first. */
  list(limit: number): Promise<AuditEntry[]>;
};

export type DebtorsRepo = {
  search(query: string, offset: number, limit: number): Promise<DebtorPage>;
  phoneContext(phoneId: number): Promise<PhoneContext | null>;
  /** The phone, its debtor's address and the do-not-call marks; null when the phone does not exist. */
  callFacts(phoneId: number): Promise<CallFacts | null>;
  /** Marks one phone do not call, or clears the mark (null). Rejects with UserError when the phone does not exist. */
  setPhoneDoNotCall(phoneId: number, mark: StoredDoNotCall | null): Promise<void>;
  /** Marks a debtor do not call, or clears the mark (null). Rejects with UserError when the debtor does not exist. */
  setDebtorDoNotCall(debtorId: number, mark: StoredDoNotCall | null): Promise<void>;
};

/** Which dials a page of the log holds: one operator's, or everyone's (null). */
export type DialLogQuery = { readonly operatorId: number | null; readonly offset: number; readonly limit: number };

export type DialLogRepo = {
  /** Idempotent on `key`: a second append of the same key resolves to the row already stored. */
  append(entry: NewDialLogEntry): Promise<DialLogEntry>;
  /** Newest first. */
  list(limit: number): Promise<DialLogEntry[]>;
  /** A page of the log, newest first, and how many rows the whole selection holds. */
  page(query: DialLogQuery): Promise<DialLogPage>;
  /** The dial with that key and the operator who made it, or null when the log has no such dial (yet). */
  byKey(key: string): Promise<{ readonly entry: DialLogEntry; readonly operatorId: number | null } | null>;
  /** Appends an outcome row; resolves to the dial as it now reads. Rejects with UserError when the dial is not logged. */
  addOutcome(outcome: NewCallOutcome): Promise<DialLogEntry>;
  /** Every dial to this debtor file at or after `since` (ISO-8601), from every operator, oldest first. */
  callsToFile(fileNumber: string, since: string): Promise<FileCall[]>;
  /**
   * Phone P's call facts and every dial to its debtor's file at or after `since`, oldest first, read together
   * (one round trip to a floor database: the guard's only read at a click); null when the phone does not exist.
   */
  callHistory(phoneId: number, since: string): Promise<CallHistory | null>;
};

export type SettingsRepo = {
  /** DEFAULT_ALLOWED_SCHEMES until an administrator stores a list. */
  allowedSchemes(): Promise<string[]>;
  /** Rejects with UserError naming the first scheme that can never be allowed. */
  setAllowedSchemes(schemes: readonly string[]): Promise<void>;
  /** Warn or block for every rule: DEFAULT_CALL_POLICY for each rule no administrator has set. */
  callPolicy(): Promise<Record<CallRuleId, RuleAction>>;
  /** Rejects with UserError naming an unknown rule or action. */
  setCallPolicy(policy: CallPolicy): Promise<void>;
  /** The floor's dial plan as typed (blank parts unset); all blank until an administrator sets one. */
  numberPlan(): Promise<NumberPlanInput>;
  /** Rejects with UserError saying what is wrong with the plan; a plan that does not parse is not stored. */
  setNumberPlan(plan: NumberPlanInput): Promise<void>;
  /** One operator's own dial plan, used instead of the floor's; null when they use the floor's. */
  operatorNumberPlan(operatorId: number): Promise<NumberPlanInput | null>;
  /** null: back to the floor's plan. Rejects with UserError like setNumberPlan. */
  setOperatorNumberPlan(operatorId: number, plan: NumberPlanInput | null): Promise<void>;
};

/** One operator ID's run of failed sign-ins; `lockedUntil` is milliseconds since the epoch, or null. */
export type SignInFailures = { readonly failures: number; readonly lockedUntil: number | null };

/**
 * The sign-in lockout's counts, kept in the database so a restart does not forget them. Keys are
 * operator IDs as typed, lower-cased (they need not belong to an operator: probing is counted too).
 */
export type LockoutsRepo = {
  get(key: string): Promise<SignInFailures | null>;
  put(key: string, state: SignInFailures): Promise<void>;
  clear(key: string): Promise<void>;
  /** Deletes entries without a lock running at `nowMs`, oldest first, until at most `keep` remain. */
  prune(keep: number, nowMs: number): Promise<void>;
};

/** The repositories, as seen inside and outside a transaction. */
export type Repos = {
  readonly operators: OperatorsRepo;
  readonly debtors: DebtorsRepo;
  readonly dialLog: DialLogRepo;
  readonly settings: SettingsRepo;
  readonly audit: AuditLogRepo;
  readonly lockouts: LockoutsRepo;
  /**
   * Adds the sample operators, clients and debtors that are not there yet (a sample whose code, client
   * number or file number is already taken is left out, so real data is never touched), all or nothing.
   * Through a transaction's `tx` it is part of that transaction.
   */
  loadSampleData(): Promise<SampleDataAdded>;
};

export type StoreImportOptions = {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /**
   * Called with true just before the import takes the write lock and with false once its transaction has
   * ended. SQLite: the app holds its own writes back meanwhile. PostgreSQL has row locks, so it never calls it.
   */
  readonly onWriteLock?: (held: boolean) => void;
};

export type Store = Repos & {
  readonly backend: StoreBackend;
  /** For messages: the SQLite file's path, or the PostgreSQL URL without its password. */
  readonly location: string;
  /**
   * Runs `work` in one transaction: every write made through `tx` is stored, or none. Only `tx` is inside
   * the transaction; the store's own repositories are not (on PostgreSQL `tx` is one pooled connection).
   */
  transaction<T>(work: (tx: Repos) => Promise<T>): Promise<T>;
  /** Imports a debtor CSV file (README "CSV format"); resolves with the outcome, never rejects. */
  importDebtors(filePath: string, options?: StoreImportOptions): Promise<ImportOutcome>;
  close(): Promise<void>;
};
