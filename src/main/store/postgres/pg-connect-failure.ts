import { messageOf } from '../store-error.ts';

/** Why a connection attempt failed, in the categories the settings screen's Test connection names. */
export type ConnectFailureKind = 'unreachable' | 'wrong-password' | 'no-database' | 'tls-refused' | 'tls-certificate' | 'refused' | 'other';

type Target = { readonly host?: string | undefined; readonly port?: number | undefined; readonly user?: string | undefined; readonly database?: string | undefined };

const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_HAS_EXPIRED', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  // Node reports a refused connection to every address of a name as an AggregateError.
  const inner = (error as { errors?: unknown[] } | null)?.errors?.[0];
  return inner === undefined ? '' : codeOf(inner);
}

export function connectFailureKind(error: unknown): ConnectFailureKind {
  const code = codeOf(error);
  const message = messageOf(error);
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET'].includes(code)) return 'unreachable';
  if (/timeout/i.test(message) && /connect/i.test(message)) return 'unreachable';
  if (code === '28P01') return 'wrong-password';
  if (code === '3D000') return 'no-database';
  if (/does not support SSL/i.test(message)) return 'tls-refused';
  if (CERTIFICATE_CODES.has(code)) return 'tls-certificate';
  if (code === '28000') return 'refused';
  return 'other';
}

/** One sentence saying exactly what failed, for `error` from connecting to `target`. */
export function describeConnectFailure(error: unknown, target: Target, location: string): string {
  const where = `${target.host ?? 'localhost'}:${target.port ?? 5432}`;
  const message = messageOf(error);
  switch (connectFailureKind(error)) {
    case 'unreachable':
      return `The database server at ${where} cannot be reached (${codeOf(error) || message}): check the host name and port, and that PostgreSQL is running there.`;
    case 'wrong-password':
      return `The server at ${where} refused the password for user "${target.user ?? ''}": check the user name and password.`;
    case 'no-database':
      return `The server at ${where} has no database "${target.database ?? ''}": check its name, or ask IT to create it and run softphone floor init.`;
    case 'tls-refused':
      return `The server at ${where} does not accept TLS connections: set the TLS mode to "disable", or ask IT to turn TLS on.`;
    case 'tls-certificate':
      return `The server at ${where} offered a TLS certificate this desk does not trust (${codeOf(error)}): use TLS mode "require", or install the server's certificate authority.`;
    case 'refused':
      return `The server at ${where} refused the connection: ${message}.`;
    case 'other':
      return `The floor database ${location} could not be opened: ${message}`;
  }
}
