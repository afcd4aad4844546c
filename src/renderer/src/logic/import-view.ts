import type { ImportOutcome, ImportStatus, ImportSummary } from '../../../shared/ipc-contract.ts';

/** The file's bytes leave the window in slices of this size (main takes up to IMPORT_CHUNK_BYTES). */
export const UPLOAD_SLICE_BYTES = 1024 * 1024;

/** How often the screen asks main how the import is going. */
export const STATUS_POLL_MS = 100;

/** The columns an administrator's CSV needs, as the screen shows them. */
export const EXAMPLE_HEADER = 'file_number,client_number,client_name,debtor_name,phone_home,phone_work,phone_mobile';

export type ImportStep = 'sending' | 'reading' | 'writing' | 'indexing' | 'starting';

export const STEP_WORDS: Readonly<Record<ImportStep, string>> = {
  sending: 'Sending the file',
  starting: 'Starting the import',
  reading: 'Reading and checking rows',
  writing: 'Writing debtors',
  indexing: 'Updating the search index',
};

/**
 * The share of the bar each step fills, in order. Reading is most of the time (every row parsed and
 * checked); writing is one transaction; indexing is short.
 */
const STEP_SPANS: Readonly<Record<ImportStep, readonly [number, number]>> = {
  sending: [0, 10],
  starting: [10, 10],
  reading: [10, 60],
  writing: [60, 95],
  indexing: [95, 100],
};

/** The step an unfinished import is at; null once it has finished. */
export function importStep(status: ImportStatus): ImportStep | null {
  switch (status.state) {
    case 'uploading':
      return 'sending';
    case 'running':
      return status.progress?.phase ?? 'starting';
    case 'finished':
      return null;
  }
}

const fraction = (done: number, total: number | null): number => (total === null || total <= 0 ? 0 : Math.min(1, done / total));

/** How far along the step is, 0..1. */
function stepFraction(status: ImportStatus): number {
  if (status.state === 'uploading') return fraction(status.receivedBytes, status.size);
  if (status.state !== 'running' || status.progress === null) return 0;
  const progress = status.progress;
  switch (progress.phase) {
    case 'reading':
      return fraction(progress.bytesRead, progress.totalBytes);
    case 'writing':
      return fraction(progress.rowsWritten, progress.rowsToWrite);
    case 'indexing':
      return 0;
  }
}

/** The bar's value, 0..100 (whole numbers): 100 once finished. */
export function importPercent(status: ImportStatus): number {
  const step = importStep(status);
  if (step === null) return 100;
  const [from, to] = STEP_SPANS[step];
  return Math.round(from + (to - from) * stepFraction(status));
}

const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;

/** The line under the bar: the step in words and how far it got. */
export function progressText(status: ImportStatus): string {
  const step = importStep(status);
  if (step === null) return 'Finished';
  const words = STEP_WORDS[step];
  if (status.state === 'uploading') return `${words}: ${Math.round(fraction(status.receivedBytes, status.size) * 100)}%`;
  const progress = status.state === 'running' ? status.progress : null;
  if (progress === null) return `${words}…`;
  switch (progress.phase) {
    case 'reading':
      return `${words}: ${plural(progress.rowsRead, 'row', 'rows')} read`;
    case 'writing':
      return `${words}: ${count(progress.rowsWritten)} of ${count(progress.rowsToWrite)}`;
    case 'indexing':
      return `${words}…`;
  }
}

/** "Imported 50 rows: 47 new debtors, 2 updated, 1 not imported." */
export function summarySentence(summary: Pick<ImportSummary, 'total' | 'inserted' | 'updated' | 'invalid'>): string {
  return (
    `Imported ${plural(summary.total, 'row', 'rows')}: ${plural(summary.inserted, 'new debtor', 'new debtors')}, ` +
    `${count(summary.updated)} updated, ${count(summary.invalid.length)} not imported.`
  );
}

/** What an import that changed nothing says, or null for one that imported. */
export function outcomeAlert(fileName: string, outcome: ImportOutcome): string | null {
  switch (outcome.status) {
    case 'imported':
      return null;
    case 'cancelled':
      return `Import of ${fileName} cancelled: nothing was imported, the debtors are as they were.`;
    case 'refused':
    case 'failed':
      return `${fileName} was not imported: ${outcome.reason}`;
  }
}

/** The table of rows not imported shows this many at most; the rest are counted below it. */
export const INVALID_ROWS_SHOWN = 1000;
