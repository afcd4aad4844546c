import type { DialLogEntry, DialMethod, DialStatus } from '../../../shared/ipc-contract.ts';
import type { DialLogRepo, NewDialLogEntry } from '../contract.ts';
import { readInt, readText, readTextOrNull, type Row } from '../row-values.ts';
import { messageOf, StoreError } from '../store-error.ts';
import { all, checkLimit, FOREIGN_KEY_VIOLATION, one, pgCode, type Db } from './pg-db.ts';

const METHODS: readonly DialMethod[] = ['udp', 'uri'];
const STATUSES: readonly DialStatus[] = ['sent', 'failed', 'blocked'];
const ENTRY_COLUMNS = 'id, at, operator_name, number, method, target, payload, result, reason';

function readMethod(row: Row): DialMethod | null {
  const value = readTextOrNull(row, 'method');
  const method = METHODS.find((m) => m === value);
  if (value !== null && method === undefined) throw new StoreError(`The dial log holds an unknown method "${value}".`);
  return method ?? null;
}

function readStatus(row: Row): DialStatus {
  const value = readText(row, 'result');
  const status = STATUSES.find((s) => s === value);
  if (status === undefined) throw new StoreError(`The dial log holds an unknown result "${value}".`);
  return status;
}

export function toDialLogEntry(row: Row): DialLogEntry {
  return {
    id: readInt(row, 'id'),
    at: readText(row, 'at'),
    operatorName: readText(row, 'operator_name'),
    number: readText(row, 'number'),
    method: readMethod(row),
    target: readTextOrNull(row, 'target'),
    payload: readTextOrNull(row, 'payload'),
    result: readStatus(row),
    reason: readTextOrNull(row, 'reason'),
  };
}

/** A dial may name its debtor's file number (for `softphone log`); the contract's entry does not have to. */
export type PgNewDialLogEntry = NewDialLogEntry & { readonly fileNumber?: string | null };

/** Append-only (the table's triggers refuse UPDATE and DELETE) and idempotent on `key`. */
export function createPgDialLogRepo(db: Db): DialLogRepo {
  return {
    async append(entry: PgNewDialLogEntry) {
      try {
        // ON CONFLICT DO NOTHING needs only INSERT: the desk role has no UPDATE on this table.
        const row = await one(
          db,
          `INSERT INTO dial_log (key, at, operator_id, operator_name, file_number, number, method, target, payload, result, reason)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (key) DO NOTHING RETURNING ${ENTRY_COLUMNS}`,
          [
            entry.key, entry.at, entry.operatorId, entry.operatorName, entry.fileNumber ?? null, entry.number, entry.method,
            entry.target, entry.payload, entry.result, entry.reason,
          ],
        );
        const stored = row ?? (await one(db, `SELECT ${ENTRY_COLUMNS} FROM dial_log WHERE key = $1`, [entry.key]));
        if (stored === undefined) throw new StoreError(`The dial ${entry.key} could not be logged.`);
        return toDialLogEntry(stored);
      } catch (error) {
        if (pgCode(error) !== FOREIGN_KEY_VIOLATION && pgCode(error) !== '23514') throw error;
        throw new StoreError(`The dial could not be logged: ${messageOf(error)} (operator id ${String(entry.operatorId)}).`);
      }
    },
    async list(limit) {
      checkLimit('A dial log', limit);
      return (await all(db, `SELECT ${ENTRY_COLUMNS} FROM dial_log ORDER BY id DESC LIMIT $1`, [limit])).map(toDialLogEntry);
    },
  };
}
