import { useImportStore } from '../../store/import-store.ts';

/** "CSV file", Import, and Cancel while an import runs. */
export function ImportForm() {
  const file = useImportStore((s) => s.file);
  const running = useImportStore((s) => s.running);
  const cancelling = useImportStore((s) => s.cancelling);
  const error = useImportStore((s) => s.error);
  const choose = useImportStore((s) => s.choose);
  const run = useImportStore((s) => s.run);
  const cancel = useImportStore((s) => s.cancel);

  return (
    <form
      className="import-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <div className="import-controls">
        <label className="field grow">
          <span>CSV file</span>
          <input
            type="file"
            accept=".csv,text/csv"
            disabled={running}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
        </label>
        <button type="submit" className="button primary" disabled={running || file === null}>
          Import
        </button>
        {running && (
          <button type="button" className="button" disabled={cancelling} onClick={cancel}>
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
      </div>
      {error !== null && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </form>
  );
}
