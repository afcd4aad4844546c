import pg from 'pg';
import { PG_LATEST_VERSION } from './pg-migration-steps.ts';
import { connectFailureKind, describeConnectFailure, type ConnectFailureKind } from './pg-connect-failure.ts';
import { foreignDatabaseMessage, newerSchemaMessage, schemaState } from './pg-migrate.ts';
import { clientConfig, type PgConnectionSettings } from './pg-settings-url.ts';
import { messageOf } from '../store-error.ts';

export type ConnectionCheck =
  | { readonly ok: true; readonly message: string; readonly version: number }
  | {
      readonly ok: false;
      readonly kind: ConnectFailureKind | 'bad-settings' | 'not-softphone' | 'newer-schema';
      readonly message: string;
    };

/**
 * The settings screen's Test connection: connects with `settings` and says exactly what failed
 * (host unreachable, wrong password, database missing, TLS refused, not a Softphone database, newer
 * schema than this app), or that the floor database is ready. Never throws; changes nothing.
 */
export async function testFloorConnection(settings: PgConnectionSettings, timeoutMs = 5000): Promise<ConnectionCheck> {
  let config: ReturnType<typeof clientConfig>;
  try {
    config = clientConfig(settings, timeoutMs);
  } catch (error) {
    return { ok: false, kind: 'bad-settings', message: messageOf(error) };
  }
  const { location, ...options } = config;
  const client = new pg.Client(options);
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    return { ok: false, kind: connectFailureKind(error), message: describeConnectFailure(error, options, location) };
  }
  try {
    const state = await schemaState(client);
    switch (state.kind) {
      case 'empty':
        return { ok: false, kind: 'not-softphone', message: `${location} is not a Softphone database yet: it is empty. Ask IT to run softphone floor init on it.` };
      case 'foreign':
        return { ok: false, kind: 'not-softphone', message: foreignDatabaseMessage(location, state.tables) };
      case 'softphone':
        if (state.version > PG_LATEST_VERSION) return { ok: false, kind: 'newer-schema', message: newerSchemaMessage(location, state.version) };
        return {
          ok: true,
          version: state.version,
          message:
            state.version === PG_LATEST_VERSION
              ? `Connected to the floor database ${location} (schema version ${state.version}).`
              : `Connected to the floor database ${location}; its schema (version ${state.version}) will be brought up to version ${PG_LATEST_VERSION}.`,
        };
    }
  } catch (error) {
    return { ok: false, kind: 'other', message: `Connected to ${location}, but it could not be read: ${messageOf(error)}` };
  } finally {
    await client.end().catch(() => undefined);
  }
}
