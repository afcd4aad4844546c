/**
 * The one IPC contract: every channel, the zod schema its request must pass in main, and the type of
 * its response. Main, preload and renderer all import this file. The renderer never names a dial
 * target: it asks to dial phone P of a debtor, or a typed number, and main builds the rest.
 */
import { z } from 'zod';

export type OperatorSummary = {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly useSoftphone: boolean;
  /** The dial mode in words (describeTarget), or why it cannot dial. */
  readonly mode: string;
};

export type OperatorDetail = {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly useSoftphone: boolean;
  readonly note2: string;
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

export type DialStatus = 'sent' | 'failed' | 'blocked';
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
};

export type SchemeHandlerInfo = { readonly scheme: string; readonly handler: string | null };

export type SessionInfo = { readonly operatorId: number; readonly name: string; readonly mode: string };

export type AppState = {
  readonly session: SessionInfo | null;
  readonly operators: readonly OperatorSummary[];
  readonly allowedSchemes: readonly string[];
  /** Things the user must be told once, e.g. an unreadable database moved aside. */
  readonly notices: readonly string[];
};

const id = z.number().int().positive();
const none = z.undefined();

export const requestSchemas = {
  'app:state': none,
  'session:choose': z.strictObject({ operatorId: id }),
  'operator:get': z.strictObject({ operatorId: id }),
  'operator:save': z.strictObject({
    id: id.nullable(),
    code: z.string().max(32),
    name: z.string().max(100),
    useSoftphone: z.boolean(),
    note2: z.string().max(500),
  }),
  'debtors:search': z.strictObject({
    query: z.string().max(200),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(500),
  }),
  'dial:phone': z.strictObject({ phoneId: id }),
  'dial:number': z.strictObject({ number: z.string().max(64) }),
  'dial:test': z.strictObject({ operatorId: id, number: z.string().max(64) }),
  'dial-log:list': z.strictObject({ limit: z.number().int().min(1).max(1000) }),
  'scheme:handler': z.strictObject({ scheme: z.string().max(64) }),
} as const;

export type IpcResponses = {
  'app:state': AppState;
  'session:choose': AppState;
  'operator:get': OperatorDetail;
  'operator:save': OperatorDetail;
  'debtors:search': DebtorPage;
  'dial:phone': DialOutcome;
  'dial:number': DialOutcome;
  'dial:test': DialOutcome;
  'dial-log:list': readonly DialLogEntry[];
  'scheme:handler': SchemeHandlerInfo;
};

export type IpcChannel = keyof typeof requestSchemas & keyof IpcResponses;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof requestSchemas)[C]>;
export type IpcResponse<C extends IpcChannel> = IpcResponses[C];

/** What crosses the wire: a handler's refusal is a value with a message, never a thrown Error. */
export type IpcReply<C extends IpcChannel> =
  | { readonly ok: true; readonly value: IpcResponse<C> }
  | { readonly ok: false; readonly error: string };

export const IPC_CHANNELS = Object.keys(requestSchemas) as IpcChannel[];
