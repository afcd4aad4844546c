import type { FloorConnection } from '../../shared/data-location.ts';
import { UserError } from '../errors.ts';
import { isPostgresUrl, redactUrl, type PgConnectionSettings } from '../store/postgres/pg-settings-url.ts';

/** A postgres:// URL split into the URL without its password, and the password (null when it has none). */
export function splitUrlPassword(url: string): { readonly url: string; readonly password: string | null } {
  const trimmed = url.trim();
  if (!isPostgresUrl(trimmed)) throw new UserError(`"${redactUrl(trimmed)}" is not a postgres:// URL: write it as postgres://user@host:5432/database.`);
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new UserError(`"${redactUrl(trimmed)}" is not a PostgreSQL URL: write it as postgres://user@host:5432/database.`);
  }
  const password = parsed.password === '' ? null : decodeURIComponent(parsed.password);
  return { url: redactUrl(parsed.href), password };
}

function required(value: string, sentence: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new UserError(sentence);
  return trimmed;
}

/** What node-postgres is given for a saved or typed connection; throws UserError naming a missing field. */
export function pgSettingsFor(connection: FloorConnection, password: string | null): PgConnectionSettings {
  if (connection.mode === 'url') {
    const split = splitUrlPassword(connection.url);
    const chosen = password ?? split.password;
    if (chosen === null || chosen === '') return { url: split.url };
    const url = new URL(split.url);
    url.password = encodeURIComponent(chosen);
    return { url: url.href };
  }
  return {
    host: required(connection.host, "Enter the database server's host name or address."),
    port: connection.port,
    database: required(connection.database, 'Enter the name of the floor database.'),
    user: required(connection.user, 'Enter the database user this desk signs in as.'),
    tls: connection.tls,
    ...(password === null || password === '' ? {} : { password }),
  };
}

/** The connection as it is saved: trimmed, and a URL without a password in it. */
export function normalizedConnection(connection: FloorConnection): FloorConnection {
  if (connection.mode === 'url') return { mode: 'url', url: splitUrlPassword(connection.url).url };
  return { ...connection, host: connection.host.trim(), database: connection.database.trim(), user: connection.user.trim() };
}
