import type pg from 'pg';
import { StoreError } from '../store-error.ts';

/** TLS as libpq names it: disable (plain), require (TLS, any certificate), verify-full (TLS, checked certificate). */
export type TlsMode = 'disable' | 'require' | 'verify-full';

/** A floor database's connection, as typed in the settings screen or as a `postgres://` URL. */
export type PgConnectionSettings =
  | { readonly url: string }
  | {
      readonly host: string;
      readonly port?: number;
      readonly database: string;
      readonly user: string;
      readonly password?: string;
      readonly tls?: TlsMode;
    };

export function isPostgresUrl(text: string): boolean {
  return /^postgres(ql)?:\/\//i.test(text.trim());
}

/** The URL without its password: what messages and `store.location` show. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '';
    return parsed.toString().replace(/:@/, '@');
  } catch {
    return url.replace(/:\/\/([^:@/]*):[^@/]*@/, '://$1@');
  }
}

function tlsFromUrl(url: URL): TlsMode {
  const mode = url.searchParams.get('sslmode');
  if (mode === null || mode === 'disable' || mode === 'allow' || mode === 'prefer') return 'disable';
  if (mode === 'require' || mode === 'no-verify') return 'require';
  if (mode === 'verify-ca' || mode === 'verify-full') return 'verify-full';
  throw new StoreError(`sslmode=${mode} is not a TLS mode: use disable, require or verify-full.`);
}

function sslOption(tls: TlsMode): pg.ClientConfig['ssl'] {
  if (tls === 'disable') return false;
  return tls === 'require' ? { rejectUnauthorized: false } : { rejectUnauthorized: true };
}

/** node-postgres settings for `settings`; throws StoreError for a URL that cannot be read. */
export function clientConfig(settings: PgConnectionSettings, connectTimeoutMs = 5000): pg.ClientConfig & { location: string } {
  if ('url' in settings) {
    let url: URL;
    try {
      url = new URL(settings.url.trim());
    } catch {
      throw new StoreError(`"${redactUrl(settings.url)}" is not a PostgreSQL URL: write it as postgres://user:password@host:5432/database.`);
    }
    if (!isPostgresUrl(url.href)) throw new StoreError(`${redactUrl(url.href)} is not a postgres:// URL.`);
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (database === '') throw new StoreError(`${redactUrl(url.href)} names no database: add it after the host, as in postgres://host/softphone.`);
    return {
      host: url.hostname === '' ? 'localhost' : url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port === '' ? 5432 : Number(url.port),
      database,
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      ssl: sslOption(tlsFromUrl(url)),
      connectionTimeoutMillis: connectTimeoutMs,
      location: redactUrl(url.href),
    };
  }
  const port = settings.port ?? 5432;
  const location = `postgres://${encodeURIComponent(settings.user)}@${settings.host}:${port}/${encodeURIComponent(settings.database)}`;
  return {
    host: settings.host,
    port,
    database: settings.database,
    user: settings.user,
    password: settings.password ?? '',
    ssl: sslOption(settings.tls ?? 'disable'),
    connectionTimeoutMillis: connectTimeoutMs,
    location,
  };
}
