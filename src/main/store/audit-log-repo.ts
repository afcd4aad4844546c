import type { DatabaseSync } from 'node:sqlite';
import { readInt, readText, readTextOrNull, type Row } from './row-values.ts';
import type { AuditEntry } from './contract.ts';
import type { SyncAuditLogRepo } from './sync-repos.ts';
import { errorText, UserError } from '../errors.ts';
import { isConstraintError, isForeignKeyError } from './store-error.ts';
import { auditOperatorMissing } from './missing-operator.ts';

function toEntry(row: Row): AuditEntry {
  return {
    id: readInt(row, 'id'),
    at: readText(row, 'at'),
    actorId: row.actor_id === null ? null : readInt(row, 'actor_id'),
    actorName: readText(row, 'actor_name'),
    operatorId: row.operator_id === null ? null : readInt(row, 'operator_id'),
    field: readText(row, 'field'),
    oldValue: readTextOrNull(row, 'old_value'),
    newValue: readTextOrNull(row, 'new_value'),
  };
}

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) throw new UserError(`An audit trail limit must be a whole number of at least 1, not ${limit}.`);
}

/** The trail of settings changes: rows are only ever added, never changed or removed. */
export function createAuditLogRepo(db: DatabaseSync): SyncAuditLogRepo {
  return {
    append(entry) {
      try {
        // run(), not RETURNING through get(): get() stops at the first row, and a commit that then fails
        // (disk full) would go unseen, the row lost while the caller is told it was stored.
        const { lastInsertRowid } = db
          .prepare(
            `INSERT INTO audit_log (at, actor_id, actor_name, operator_id, field, old_value, new_value)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(entry.at, entry.actorId, entry.actorName, entry.operatorId, entry.field, entry.oldValue, entry.newValue);
        return toEntry(db.prepare('SELECT * FROM audit_log WHERE id = ?').get(lastInsertRowid) ?? {});
      } catch (error) {
        if (!isConstraintError(error)) throw error;
        if (isForeignKeyError(error)) throw new UserError(auditOperatorMissing(entry));
        throw new UserError(
          `The change to ${entry.field} could not be added to the audit trail: ${errorText(error)} ` +
            `(operator id ${String(entry.operatorId)}, actor id ${String(entry.actorId)}).`,
        );
      }
    },
    listForOperator(operatorId, limit) {
      checkLimit(limit);
      return db
        .prepare('SELECT * FROM audit_log WHERE operator_id = ? ORDER BY id DESC LIMIT ?')
        .all(operatorId, limit)
        .map(toEntry);
    },
    list(limit) {
      checkLimit(limit);
      return db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit).map(toEntry);
    },
  };
}
