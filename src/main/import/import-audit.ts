import type { AuditActor } from '../operators/operator-audit.ts';
import type { NewAuditEntry } from '../store/contract.ts';
import type { ImportSummary } from './import-types.ts';

/** The audit trail's field for a debtor import: an app-wide row (no operator), the file and its counts as the new value. */
export const IMPORT_AUDIT_FIELD = 'import';

const count = (n: number): string => n.toLocaleString('en-US');

/** "debtors.csv: 50 rows, 47 new debtors, 2 updated, 1 not imported" */
export function describeImport(fileName: string, summary: ImportSummary): string {
  return (
    `${fileName}: ${count(summary.total)} row${summary.total === 1 ? '' : 's'}, ` +
    `${count(summary.inserted)} new debtor${summary.inserted === 1 ? '' : 's'}, ` +
    `${count(summary.updated)} updated, ${count(summary.invalid.length)} not imported`
  );
}

export function importAuditRow(fileName: string, summary: ImportSummary, actor: AuditActor, at: Date): NewAuditEntry {
  return {
    at: at.toISOString(),
    actorId: actor.operatorId,
    actorName: actor.name,
    operatorId: null,
    field: IMPORT_AUDIT_FIELD,
    oldValue: null,
    newValue: describeImport(fileName, summary),
  };
}
