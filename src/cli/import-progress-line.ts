import type { ImportProgress } from '../main/import/import-types.ts';
import type { TextSink } from './cli-context.ts';

/** On a terminal the line is rewritten in place; elsewhere (a log file, a pipe) lines are kept sparse. */
const PLAIN_LINE_INTERVAL_MS = 1000;

export type ProgressLine = {
  show(progress: ImportProgress): void;
  /** Ends the line being rewritten, so what follows starts on a line of its own. */
  finish(): void;
};

const count = (n: number): string => n.toLocaleString('en-US');

/** `reading the file…` / `reading: 45,000 rows, 41% of the file` / `writing: 60,000 of 99,990 rows` / `indexing for search: 99,990 rows` */
export function describeProgress(progress: ImportProgress): string {
  switch (progress.phase) {
    case 'reading': {
      // The first report comes as reading starts, when the stream may already have buffered a small file whole.
      if (progress.rowsRead === 0) return 'reading the file…';
      const share = progress.totalBytes === null || progress.totalBytes === 0 ? '' : `, ${Math.floor((100 * progress.bytesRead) / progress.totalBytes)}% of the file`;
      return `reading: ${count(progress.rowsRead)} rows${share}`;
    }
    case 'writing':
      return `writing: ${count(progress.rowsWritten)} of ${count(progress.rowsToWrite)} rows`;
    case 'indexing':
      return `indexing for search: ${count(progress.rowsToWrite)} rows`;
  }
}

export function createProgressLine(stderr: TextSink & { isTTY?: boolean }, clock: () => number = () => performance.now()): ProgressLine {
  const tty = stderr.isTTY === true;
  let width = 0;
  let lastPhase: string | null = null;
  let lastAt = -Infinity;
  return {
    show(progress) {
      const text = describeProgress(progress);
      if (tty) {
        stderr.write(`\r${text.padEnd(width)}`);
        width = Math.max(width, text.length);
        return;
      }
      const now = clock();
      if (progress.phase === lastPhase && now - lastAt < PLAIN_LINE_INTERVAL_MS) return;
      lastPhase = progress.phase;
      lastAt = now;
      stderr.write(`${text}\n`);
    },
    finish() {
      if (tty && width > 0) stderr.write('\n');
      width = 0;
    },
  };
}
