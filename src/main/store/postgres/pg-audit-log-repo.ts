import type { AuditEntry } from '../../../shared/ipc-contract.ts';
import type { AuditLogRepo } from '../contract.ts';
import { readInt, readText, readTextOrNull, type Row } from '../row-values.ts';
import { UserError } from '../../errors.ts';
import { all, checkLimit, FOREIGN_KEY_VIOLATION, one, pgCode, type Db } from './pg-db.ts';
import { auditOperatorMissing } from '../missing-operator.ts';

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

/** The trail of settings changes: rows are only ever added (the table's triggers refuse anything else). */
export function createPgAuditLogRepo(db: Db): AuditLogRepo {
  return {
    async append(entry) {
      try {
        const row = await one(
          db,
          `INSERT INTO audit_log (at, actor_id, actor_name, operator_id, field, old_value, new_value)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
          [entry.at, entry.actorId, entry.actorName, entry.operatorId, entry.field, entry.oldValue, entry.newValue],
        );
        return toEntry(row ?? {});
      } catch (error) {
        if (pgCode(error) !== FOREIGN_KEY_VIOLATION) throw error;
        throw new UserError(auditOperatorMissing(entry));
      }
    },
    async listForOperator(operatorId, limit) {
      checkLimit('An audit trail', limit);
      return (await all(db, 'SELECT * FROM audit_log WHERE operator_id = $1 ORDER BY id DESC LIMIT $2', [operatorId, limit])).map(toEntry);
    },
    async list(limit) {
      checkLimit('An audit trail', limit);
      return (await all(db, 'SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [limit])).map(toEntry);
    },
  };
}
