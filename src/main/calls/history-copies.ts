import type { CallHistory } from '../store/contract.ts';

/**
 * The debtor's side of a call check (the phone's facts and the file's calls), kept in memory on a desk that hears
 * the floor's change notices, so that a click on a phone the window shows sends without waiting on the database.
 * The window reads each shown phone's status (its badge) when the row appears and every minute; the click then
 * decides on that read, as current as the database: every change that could alter a decision sends a notice
 * (pg-migration-steps.ts) and the notice removes the copies it concerns.
 *
 * - a dial logged by any desk, or an outcome set on one of its calls: the copies of that debtor file;
 * - a debtor, phone or client written (a do-not-call mark, an import, the sample data): every copy;
 * - this desk's own writes: at once, not a moment later when their notice comes back (desk/own-writes.ts; its own
 *   dials when they are recorded, app-services.ts);
 * - not listening (SQLite, or the listening connection lost): no copy is kept or served, each check reads.
 *
 * A read that began before a notice about its file must not become the copy: it may predate the change. A copy
 * older than `maxAgeMs` is read again (the window's minute refresh renews it before then), so a notice lost
 * without the connection noticing costs at most that long.
 */
export type HistoryCopies = {
  /** Phone P's history since `since`, from the copy when one covers it, else from `read` (then kept). */
  read(phoneId: number, since: string, read: () => Promise<CallHistory | null>): Promise<CallHistory | null>;
  /** A call to debtor file F was made or given an outcome: its phones' copies go. */
  touchFile(fileNumber: string | null): void;
  /** Any debtor may have changed. */
  clear(): void;
  /** Whether notices arrive. Either way the copies go: notices sent while the connection was down are lost. */
  setListening(up: boolean): void;
};

/** Longer than the window's 60-second status refresh, so the phones it shows stay covered. */
export const HISTORY_MAX_AGE_MS = 90_000;
/** About the phones of a few hundred list rows: the window shows a few dozen at a time. */
export const HISTORY_MAX_COPIES = 2_000;
/** Files touched while reads were in flight, remembered for those reads; past this, every read in flight is dropped. */
const MAX_TOUCHED = 10_000;

type Copy = { readonly history: CallHistory; readonly since: string; readonly at: number };

export function createHistoryCopies(maxAgeMs = HISTORY_MAX_AGE_MS, clock: () => number = () => performance.now()): HistoryCopies {
  const copies = new Map<number, Copy>();
  let listening = false;
  // Every change is numbered; a read keeps its answer only if no change to its file (or to all) came after it began.
  let changes = 0;
  let clearedAt = 0;
  const touchedAt = new Map<string, number>();
  let reading = 0;

  const clearAll = (): void => {
    changes += 1;
    clearedAt = changes;
    copies.clear();
    touchedAt.clear();
  };
  const keep = (phoneId: number, copy: Copy, began: number): void => {
    const touched = touchedAt.get(copy.history.facts.fileNumber) ?? 0;
    if (!listening || clearedAt > began || touched > began) return;
    copies.delete(phoneId);
    copies.set(phoneId, copy);
    if (copies.size > HISTORY_MAX_COPIES) copies.delete(copies.keys().next().value as number);
  };

  return {
    async read(phoneId, since, read) {
      const copy = listening ? copies.get(phoneId) : undefined;
      if (copy !== undefined && copy.since <= since && clock() - copy.at <= maxAgeMs) return copy.history;
      const began = changes;
      const at = clock();
      reading += 1;
      try {
        const history = await read();
        if (history !== null) keep(phoneId, { history, since, at }, began);
        return history;
      } finally {
        reading -= 1;
        if (reading === 0) touchedAt.clear();
      }
    },
    touchFile(fileNumber) {
      if (fileNumber === null) return;
      changes += 1;
      for (const [phoneId, copy] of copies) if (copy.history.facts.fileNumber === fileNumber) copies.delete(phoneId);
      if (reading === 0) return;
      touchedAt.set(fileNumber, changes);
      if (touchedAt.size > MAX_TOUCHED) clearAll();
    },
    clear: clearAll,
    setListening(up) {
      listening = up;
      clearAll();
    },
  };
}
