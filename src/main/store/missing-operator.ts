/*
 * What both backends say when a dial-log or audit row names an operator the database does not have
 * (SQLite: "FOREIGN KEY constraint failed"; PostgreSQL: a foreign key violation): the same words, not
 * either database's own.
 */
import type { NewAuditEntry, NewDialLogEntry } from './contract.ts';

export function dialOperatorMissing(entry: Pick<NewDialLogEntry, 'operatorId'>): string {
  return `The dial could not be logged: there is no operator with id ${String(entry.operatorId)}.`;
}

export function auditOperatorMissing(entry: Pick<NewAuditEntry, 'field' | 'operatorId' | 'actorId'>): string {
  return (
    `The change to ${entry.field} could not be added to the audit trail: there is no operator with id ` +
    `${String(entry.operatorId)} (the change's subject) or ${String(entry.actorId)} (who made it).`
  );
}
