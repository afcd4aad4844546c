import type { ImportSummary, InvalidRow } from '../../../../shared/ipc-contract.ts';
import { INVALID_ROWS_SHOWN, outcomeAlert, summarySentence } from '../../logic/import-view.ts';
import { useImportStore } from '../../store/import-store.ts';

/** The finished import: its counts and every row it left out, or why nothing was imported. */
export function ImportResult() {
  const outcome = useImportStore((s) => s.outcome);
  const fileName = useImportStore((s) => s.status?.fileName ?? 'The file');
  if (outcome === null) return null;
  if (outcome.status !== 'imported') {
    const message = outcomeAlert(fileName, outcome);
    // A cancel is what the user asked for: told, not alarmed.
    return outcome.status === 'cancelled' ? (
      <p role="status" aria-label="Import result" className="import-result">
        {message}
      </p>
    ) : (
      <p role="alert" className="inline-error import-result">
        {message}
      </p>
    );
  }
  return <ImportSummaryView summary={outcome} />;
}

function ImportSummaryView({ summary }: { readonly summary: ImportSummary }) {
  return (
    <div className="import-summary">
      <p role="status" aria-label="Import result" className="import-result">
        {summarySentence(summary)}
      </p>
      {summary.ignoredColumns.length > 0 && (
        <p className="help">Columns not read (not part of the format): {summary.ignoredColumns.join(', ')}</p>
      )}
      {summary.invalid.length > 0 && <InvalidRows rows={summary.invalid} />}
    </div>
  );
}

function InvalidRows({ rows }: { readonly rows: readonly InvalidRow[] }) {
  const shown = rows.slice(0, INVALID_ROWS_SHOWN);
  return (
    <div className="table-scroller invalid-rows">
      <table className="import-invalid">
        <caption>Rows not imported</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.line}>
              <td className="nowrap">{row.line}</td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length && (
        <p className="help">
          Showing the first {shown.length.toLocaleString('en-US')} of {rows.length.toLocaleString('en-US')} rows not imported. Fix
          them in the file and import it again: the rows already in are updated, not doubled.
        </p>
      )}
    </div>
  );
}
