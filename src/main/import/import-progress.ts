import { PROGRESS_INTERVAL_MS, type ImportPhase, type ImportProgress } from './import-types.ts';

export type ProgressState = Omit<ImportProgress, 'phase' | 'totalBytes'>;

export type ProgressReporter = {
  /** Reports `state` if the phase changed or PROGRESS_INTERVAL_MS have passed since the last report. */
  update(phase: ImportPhase, state: () => ProgressState): void;
};

/** Throttles progress so a listener (a progress bar, a terminal line) is not called for every row. */
export function createProgressReporter(
  listener: ((progress: ImportProgress) => void) | undefined,
  totalBytes: number | null,
  clock: () => number = () => performance.now(),
): ProgressReporter {
  let lastPhase: ImportPhase | null = null;
  let lastAt = -Infinity;
  return {
    update(phase, state) {
      if (listener === undefined) return;
      const now = clock();
      if (phase === lastPhase && now - lastAt < PROGRESS_INTERVAL_MS) return;
      lastPhase = phase;
      lastAt = now;
      listener({ phase, totalBytes, ...state() });
    },
  };
}
