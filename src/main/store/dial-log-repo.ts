import type { DatabaseSync } from 'node:sqlite';
import { checkPage, toDialLogEntry } from './dial-log-entry.ts';
import { readIntOrNull } from './row-values.ts';
import type { SyncDialLogRepo } from './sync-repos.ts';
import { NOT_LOGGED_YET, type FileCall } from './contract.ts';
import { createStatementCache } from './statement-cache.ts';
import { errorText, UserError } from '../errors.ts';
import { isConstraintError, isForeignKeyError } from './store-error.ts';
import { dialOperatorMissing } from './missing-operator.ts';
import { callFactsSql, toCallFacts, toFileCall } from './call-facts.ts';

/** Each dial with its newest outcome row, if any. */
export const DIAL_WITH_OUTCOME = `SELECT d.*, o.outcome, o.note, o.at AS outcome_at, o.consent,
  dd.name AS debtor_name, dc.number AS client_number, dc.name AS client_name FROM dial_log d
  LEFT JOIN dial_outcomes o ON o.id = (SELECT max(id) FROM dial_outcomes WHERE dial_key = d.key)
  LEFT JOIN debtors dd ON dd.file_number = d.file_number
  LEFT JOIN clients dc ON dc.id = dd.client_id`;

export function createDialLogRepo(db: DatabaseSync): SyncDialLogRepo {
  const prepared = createStatementCache(db);
  // dial_log_by_file serves this: one file's dials of the last days, not the whole log.
  const callsToFile = (fileNumber: string, since: string): FileCall[] =>
    prepared(`${DIAL_WITH_OUTCOME} WHERE d.file_number = ? AND d.at >= ? ORDER BY d.at, d.id`).all(fileNumber, since).map(toFileCall);
  return {
    append(entry) {
      try {
        if (entry.key === '') throw new UserError('A dial-log row needs a key.');
        // run(), not RETURNING through get(): get() stops at the first row, and a commit that then fails
        // (disk full) would go unseen. DO NOTHING on the key: the outbox may retry a row already stored.
        prepared(
          `INSERT INTO dial_log (key, at, operator_id, operator_name, file_number, number, method, target, payload, result, reason, test_of)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
        ).run(
          entry.key, entry.at, entry.operatorId, entry.operatorName, entry.fileNumber ?? null, entry.number, entry.method,
          entry.target, entry.payload, entry.result, entry.reason, entry.testOf ?? null,
        );
        return toDialLogEntry(prepared(`${DIAL_WITH_OUTCOME} WHERE d.key = ?`).get(entry.key) ?? {});
      } catch (error) {
        if (!isConstraintError(error)) throw error;
        if (isForeignKeyError(error)) throw new UserError(dialOperatorMissing(entry));
        throw new UserError(`The dial could not be logged: ${errorText(error)} (operator id ${String(entry.operatorId)}).`);
      }
    },
    list(limit) {
      checkPage(0, limit);
      return prepared(`${DIAL_WITH_OUTCOME} ORDER BY d.id DESC LIMIT ?`).all(limit).map(toDialLogEntry);
    },
    page({ operatorId, offset, limit }) {
      checkPage(offset, limit);
      // The rowid order is the order of logging; operator_id's index holds the rowid, so both are index-served.
      const where = operatorId === null ? '' : 'WHERE d.operator_id = ?';
      const args = operatorId === null ? [] : [operatorId];
      const rows = prepared(`${DIAL_WITH_OUTCOME} ${where} ORDER BY d.id DESC LIMIT ? OFFSET ?`).all(...args, limit, offset);
      const total = readIntOrNull(prepared(`SELECT count(*) AS n FROM dial_log d ${where}`).get(...args) ?? {}, 'n') ?? 0;
      return { rows: rows.map(toDialLogEntry), total };
    },
    byKey(key) {
      const row = prepared(`${DIAL_WITH_OUTCOME} WHERE d.key = ?`).get(key);
      return row === undefined ? null : { entry: toDialLogEntry(row), operatorId: readIntOrNull(row, 'operator_id') };
    },
    addOutcome({ dialKey, at, outcome, note, consent }) {
      if (prepared('SELECT 1 FROM dial_log WHERE key = ?').get(dialKey) === undefined) throw new UserError(NOT_LOGGED_YET);
      prepared('INSERT INTO dial_outcomes (dial_key, at, outcome, note, consent) VALUES (?, ?, ?, ?, ?)').run(dialKey, at, outcome, note, consent === true ? 1 : 0);
      return toDialLogEntry(prepared(`${DIAL_WITH_OUTCOME} WHERE d.key = ?`).get(dialKey) ?? {});
    },
    callsToFile,
    callHistory(phoneId, since) {
      const row = prepared(callFactsSql('?')).get(phoneId);
      if (row === undefined) return null;
      const facts = toCallFacts(row);
      return { facts, calls: callsToFile(facts.fileNumber, since) };
    },
  };
}
