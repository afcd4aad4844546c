import { parseDialString } from '../shared/dial-string.ts';

export type Sender = { readonly address: string; readonly port: number; readonly family: string };

/** What `listen --json` prints per datagram: one object per line. */
export type DatagramRecord = {
  readonly from: string;
  readonly address: string;
  readonly port: number;
  /** The bytes as received, one character per byte (latin1), so nothing is hidden or merged. */
  readonly payload: string;
  readonly bytes: number;
  readonly extension: string | null;
  readonly number: string | null;
  readonly authcode: string | null;
  readonly wellFormed: boolean;
  readonly problem: string | null;
};

export function datagramRecord(message: Buffer, sender: Sender): DatagramRecord {
  const payload = message.toString('latin1');
  const parsed = parseDialString(payload);
  return {
    from: formatSender(sender),
    address: sender.address,
    port: sender.port,
    payload,
    bytes: message.length,
    extension: parsed.extension,
    number: parsed.number,
    authcode: parsed.authcode,
    wellFormed: parsed.wellFormed,
    problem: parsed.problem,
  };
}

/** `127.0.0.1:40000 "452,5551237777": extension 452, number 5551237777, no authcode; well-formed` */
export function formatDatagramLine(record: DatagramRecord): string {
  // Fields and problem quote parts of the payload: escaped too, so one datagram stays one line.
  const fields = [
    `extension ${escapeBytes(record.extension ?? '(none)')}`,
    record.number === null ? 'no number' : `number ${escapeBytes(record.number)}`,
    record.authcode === null ? 'no authcode' : `authcode ${escapeBytes(record.authcode)}`,
  ].join(', ');
  const verdict = record.wellFormed ? 'well-formed' : `NOT well-formed: ${escapeBytes(record.problem ?? 'unknown problem')}`;
  return `${record.from} "${escapeBytes(record.payload, true)}": ${fields}; ${verdict}`;
}

function formatSender(sender: Sender): string {
  return sender.family === 'IPv6' ? `[${sender.address}]:${sender.port}` : `${sender.address}:${sender.port}`;
}

/** Printable ASCII as is, \\ for a backslash, \xNN for every other byte (and \" inside quotes): exact and unambiguous. */
function escapeBytes(text: string, quoted = false): string {
  return [...text]
    .map((c) => {
      if (c === '\\' || (quoted && c === '"')) return `\\${c}`;
      const code = c.charCodeAt(0);
      return code >= 0x20 && code <= 0x7e ? c : `\\x${code.toString(16).padStart(2, '0')}`;
    })
    .join('');
}
