import pg from 'pg';
import { errorText } from '../../errors.ts';
import { NOTIFY_CHANNEL } from './pg-migration-steps.ts';
import { clientConfig, type PgConnectionSettings } from './pg-settings-url.ts';

/**
 * A change another desk made: an operator saved (id) or a setting (key). `resync` follows a reconnect:
 * notices sent while the connection was down are lost, so the listener should reload what it shows.
 */
export type FloorChange =
  | { readonly table: 'operators'; readonly id: number }
  | { readonly table: 'settings'; readonly id: string }
  /** A dial logged by any desk; `id` is the row's key, `row` its dial_log columns (no outcome yet). */
  | { readonly table: 'dial_log'; readonly id: string; readonly row: Readonly<Record<string, unknown>> }
  /** An outcome set on call `id` (its dial-log key) to debtor file `file`. */
  | { readonly table: 'dial_outcomes'; readonly id: string; readonly file: string | null }
  /** Some debtor, phone or client was written (a mark, an import): which is not said. */
  | { readonly table: 'debtors' }
  | { readonly table: 'resync' };

export type FloorSubscription = { close(): Promise<void> };

export type SubscribeOptions = {
  /** Told when the listening connection is lost or back (for a status line). */
  readonly onStatus?: (status: { connected: boolean; message: string }) => void;
  /** First wait before reconnecting; doubles each failure, up to 5 s. */
  readonly retryMs?: number;
};

function parse(payload: string | undefined): FloorChange | null {
  try {
    const value = JSON.parse(payload ?? '') as { table?: unknown; id?: unknown };
    if (value.table === 'operators' && typeof value.id === 'number') return { table: 'operators', id: value.id };
    if (value.table === 'settings' && typeof value.id === 'string') return { table: 'settings', id: value.id };
    if (value.table === 'debtors') return { table: 'debtors' };
    const file = (value as { file?: unknown }).file;
    if (value.table === 'dial_outcomes' && typeof value.id === 'string' && (typeof file === 'string' || file === null)) {
      return { table: 'dial_outcomes', id: value.id, file };
    }
    const row = (value as { row?: unknown }).row;
    if (value.table === 'dial_log' && typeof value.id === 'string' && typeof row === 'object' && row !== null) {
      return { table: 'dial_log', id: value.id, row: row as Record<string, unknown> };
    }
  } catch {
    // Not ours: ignored.
  }
  return null;
}

/**
 * Listens on the floor database's change channel (the operators and settings tables' triggers NOTIFY it
 * on commit) on a connection of its own, and calls `onChange` for each change. A lost connection is
 * retried until close(); once back, `onChange({ table: 'resync' })`.
 */
export function subscribeFloorChanges(
  settings: PgConnectionSettings,
  onChange: (change: FloorChange) => void,
  options: SubscribeOptions = {},
): FloorSubscription {
  const { location, ...config } = clientConfig(settings);
  const firstRetry = options.retryMs ?? 250;
  let closed = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let retry = firstRetry;
  let everConnected = false;

  const scheduleReconnect = (reason: string): void => {
    if (closed || timer !== null) return;
    options.onStatus?.({ connected: false, message: `Lost the floor database ${location} (${reason}); retrying.` });
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, retry);
    retry = Math.min(retry * 2, 5000);
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client(config);
    client = next;
    // Only the current connection reconnects: a replaced one's late events are ignored.
    next.on('error', (error) => {
      void next.end().catch(() => undefined);
      if (client === next) scheduleReconnect(errorText(error));
    });
    next.on('end', () => {
      if (client === next) scheduleReconnect('connection closed');
    });
    next.on('notification', (message) => {
      if (message.channel !== NOTIFY_CHANNEL) return;
      const change = parse(message.payload);
      if (change !== null) onChange(change);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${NOTIFY_CHANNEL}`);
      if (closed) {
        await next.end();
        return;
      }
      retry = firstRetry;
      options.onStatus?.({ connected: true, message: `Listening for floor changes on ${location}.` });
      if (everConnected) onChange({ table: 'resync' });
      everConnected = true;
    } catch (error) {
      void next.end().catch(() => undefined);
      scheduleReconnect(errorText(error));
    }
  };

  void connect();
  return {
    async close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
