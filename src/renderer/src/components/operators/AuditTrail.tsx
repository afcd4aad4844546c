import type { AuditEntry } from '../../../../shared/ipc-contract.ts';
import { auditFieldLabel, auditValue } from '../../logic/audit-view.ts';
import { formatTime } from '../../logic/format.ts';
import { useAuditStore } from '../../store/audit-store.ts';

/** Every change to this operator's settings, newest first: who, when, which field, old → new. */
export function AuditTrail() {
  const entries = useAuditStore((s) => s.entries);
  const loaded = useAuditStore((s) => s.loaded);
  const error = useAuditStore((s) => s.error);
  return (
    <section className="panel audit-trail">
      {error !== null && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      <table className="audit-table">
        <caption>Audit trail</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Field</th>
            <th scope="col">Old value</th>
            <th scope="col">New value</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
          {entries.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                {loaded ? 'No changes recorded yet.' : 'Loading…'}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

function AuditRow({ entry }: { readonly entry: AuditEntry }) {
  return (
    <tr>
      <td className="nowrap">{formatTime(entry.at)}</td>
      <td className="nowrap">{entry.actorName}</td>
      <td>{auditFieldLabel(entry.field)}</td>
      <td className="audit-value">{auditValue(entry.oldValue)}</td>
      <td className="audit-value">{auditValue(entry.newValue)}</td>
    </tr>
  );
}
