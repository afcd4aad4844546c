import { checkPage, toDialLogEntry } from '../dial-log-entry.ts';
import { NOT_LOGGED_YET, type DialLogRepo, type NewDialLogEntry } from '../contract.ts';
import { readInt, type Row } from '../row-values.ts';
import { errorText, UserError } from '../../errors.ts';
import { CALL_FACT_COLUMNS, PHONE_CONTEXT_COLUMNS, phoneJoin, toCallFacts, toFileCall } from '../call-facts.ts';
import { all, checkLimit, FOREIGN_KEY_VIOLATION, one, pgCode, type Db } from './pg-db.ts';
import { dialOperatorMissing } from '../missing-operator.ts';

const ENTRY_COLUMNS = `d.id, d.key, d.at, d.operator_id, d.operator_name, d.number, d.method, d.target, d.payload, d.result, d.reason, d.file_number, d.test_of, o.outcome, o.note, o.at AS outcome_at, o.consent,
  dd.name AS debtor_name, dc.number AS client_number, dc.name AS client_name`;
/** Each dial with its newest outcome row, if any (the outcome rows are append-only: the newest wins). */
const DIAL_WITH_OUTCOME = `SELECT ${ENTRY_COLUMNS} FROM dial_log d
  LEFT JOIN LATERAL (SELECT outcome, note, at, consent FROM dial_outcomes WHERE dial_key = d.key ORDER BY id DESC LIMIT 1) o ON true
  LEFT JOIN debtors dd ON dd.file_number = d.file_number
  LEFT JOIN clients dc ON dc.id = dd.client_id`;

/** The phone's facts with its file's calls as one JSON array: one statement, one snapshot. */
const CALL_HISTORY = `SELECT ${PHONE_CONTEXT_COLUMNS}, ${CALL_FACT_COLUMNS},
  (SELECT coalesce(json_agg(json_build_object('at', x.at, 'result', x.result, 'outcome', x.outcome, 'consent', x.consent) ORDER BY x.at, x.id), '[]')
   FROM (SELECT l.id, l.at, l.result, o.outcome, o.consent FROM dial_log l
     LEFT JOIN LATERAL (SELECT outcome, consent FROM dial_outcomes WHERE dial_key = l.key ORDER BY id DESC LIMIT 1) o ON true
     WHERE l.file_number = d.file_number AND l.at >= $2) x) AS calls
  ${phoneJoin('$1')}`;

/** Append-only (the table's triggers refuse UPDATE and DELETE) and idempotent on `key`. */
export function createPgDialLogRepo(db: Db): DialLogRepo {
  return {
    async append(entry: NewDialLogEntry) {
      try {
        // ON CONFLICT DO NOTHING needs only INSERT: the desk role has no UPDATE on this table.
        await db.query(
          `INSERT INTO dial_log (key, at, operator_id, operator_name, file_number, number, method, target, payload, result, reason, test_of)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (key) DO NOTHING`,
          [
            entry.key, entry.at, entry.operatorId, entry.operatorName, entry.fileNumber ?? null, entry.number, entry.method,
            entry.target, entry.payload, entry.result, entry.reason, entry.testOf ?? null,
          ],
        );
        const stored = await one(db, `${DIAL_WITH_OUTCOME} WHERE d.key = $1`, [entry.key]);
        if (stored === undefined) throw new UserError(`The dial ${entry.key} could not be logged.`);
        return toDialLogEntry(stored);
      } catch (error) {
        if (pgCode(error) === FOREIGN_KEY_VIOLATION) throw new UserError(dialOperatorMissing(entry));
        if (pgCode(error) !== '23514') throw error;
        throw new UserError(`The dial could not be logged: ${errorText(error)} (operator id ${String(entry.operatorId)}).`);
      }
    },
    async list(limit) {
      checkLimit('A dial log', limit);
      return (await all(db, `${DIAL_WITH_OUTCOME} ORDER BY d.id DESC LIMIT $1`, [limit])).map(toDialLogEntry);
    },
    async page({ operatorId, offset, limit }) {
      checkPage(offset, limit);
      const where = operatorId === null ? '' : 'WHERE d.operator_id = $3';
      const args = operatorId === null ? [limit, offset] : [limit, offset, operatorId];
      const rows = await all(db, `${DIAL_WITH_OUTCOME} ${where} ORDER BY d.id DESC LIMIT $1 OFFSET $2`, args);
      const count = await one(db, `SELECT count(*)::int AS n FROM dial_log d ${operatorId === null ? '' : 'WHERE d.operator_id = $1'}`, operatorId === null ? [] : [operatorId]);
      return { rows: rows.map(toDialLogEntry), total: count === undefined ? 0 : readInt(count, 'n') };
    },
    async byKey(key) {
      const row = await one(db, `${DIAL_WITH_OUTCOME} WHERE d.key = $1`, [key]);
      if (row === undefined) return null;
      return { entry: toDialLogEntry(row), operatorId: row['operator_id'] === null ? null : readInt(row, 'operator_id') };
    },
    async addOutcome({ dialKey, at, outcome, note, consent }) {
      try {
        await db.query('INSERT INTO dial_outcomes (dial_key, at, outcome, note, consent) VALUES ($1, $2, $3, $4, $5)', [dialKey, at, outcome, note, consent === true]);
      } catch (error) {
        if (pgCode(error) === FOREIGN_KEY_VIOLATION) throw new UserError(NOT_LOGGED_YET);
        throw error;
      }
      const row = await one(db, `${DIAL_WITH_OUTCOME} WHERE d.key = $1`, [dialKey]);
      if (row === undefined) throw new UserError(NOT_LOGGED_YET);
      return toDialLogEntry(row);
    },
    async callsToFile(fileNumber, since) {
      return (await all(db, `${DIAL_WITH_OUTCOME} WHERE d.file_number = $1 AND d.at >= $2 ORDER BY d.at, d.id`, [fileNumber, since])).map(toFileCall);
    },
    async callHistory(phoneId, since) {
      const row = await one(db, CALL_HISTORY, [phoneId, since]);
      if (row === undefined) return null;
      return { facts: toCallFacts(row), calls: (row['calls'] as Row[]).map(toFileCall) };
    },
  };
}
