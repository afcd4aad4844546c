import { importPercent, progressText } from '../../logic/import-view.ts';
import { useImportStore } from '../../store/import-store.ts';

/** The running import: a bar and, under it, the step in words. */
export function ImportProgressBar() {
  const running = useImportStore((s) => s.running);
  const status = useImportStore((s) => s.status);
  if (!running) return null;
  const percent = status === null ? 0 : importPercent(status);
  const text = status === null ? 'Starting the import…' : progressText(status);
  return (
    <div className="import-progress">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${text}`}
        className="progress-track"
      >
        {/* Sized through the CSSOM (React style), which the CSP's style-src 'self' allows. */}
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress-text">{text}</p>
    </div>
  );
}
