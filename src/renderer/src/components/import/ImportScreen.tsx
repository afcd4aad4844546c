import { CsvFormatHelp } from './CsvFormatHelp.tsx';
import { ImportForm } from './ImportForm.tsx';
import { ImportProgressBar } from './ImportProgressBar.tsx';
import { ImportResult } from './ImportResult.tsx';
import './import.css';

/** An administrator's screen: import debtors from a CSV file, with progress, Cancel and the rows left out. */
export function ImportScreen() {
  return (
    <div className="import-screen">
      <section className="panel import-panel" aria-labelledby="import-title">
        <h2 id="import-title" className="form-title">
          Import debtors
        </h2>
        <CsvFormatHelp />
        <ImportForm />
        <ImportProgressBar />
        <ImportResult />
      </section>
    </div>
  );
}
