import { create } from 'zustand';
import type { ImportOutcome, ImportStatus } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { STATUS_POLL_MS, UPLOAD_SLICE_BYTES } from '../logic/import-view.ts';
import { useDebtorsStore } from './debtors-store.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

type ImportStore = {
  /** The file chosen in "CSV file", not yet (or no longer) being imported. */
  readonly file: File | null;
  /** True from "Import" until the outcome is in. */
  readonly running: boolean;
  readonly cancelling: boolean;
  /** Main's latest word on the import under way, or on the last one. */
  readonly status: ImportStatus | null;
  /** The finished import's outcome. */
  readonly outcome: ImportOutcome | null;
  /** Main's refusal (not an administrator, another import under way, file too large…). */
  readonly error: string | null;
  choose(file: File | null): void;
  run(): Promise<void>;
  cancel(): void;
  reset(): void;
};

const initial = { file: null, running: false, cancelling: false, status: null, outcome: null, error: null } as const;

/** The bytes of `blob` in base64, read by the browser itself (fast, and nothing leaves the page). */
function readBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`The file could not be read: ${reader.error?.message ?? 'no reason given'}.`));
    reader.readAsDataURL(blob);
  });
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// A sign-out resets the store mid-import: replies for an older run are then dropped.
let generation = 0;

export const useImportStore = create<ImportStore>()((set, get) => {
  const current = (gen: number): boolean => gen === generation;

  /** Sends the file slice by slice; stops early (returning the cancelled status) when Cancel is pressed. */
  async function upload(file: File, status: ImportStatus, gen: number): Promise<ImportStatus> {
    let latest = status;
    for (let index = 0; index * UPLOAD_SLICE_BYTES < file.size; index += 1) {
      if (!current(gen) || get().cancelling) return softphone().cancelImport(status.importId);
      const data = await readBase64(file.slice(index * UPLOAD_SLICE_BYTES, (index + 1) * UPLOAD_SLICE_BYTES));
      latest = await softphone().sendImportChunk(status.importId, index, data);
      if (current(gen)) set({ status: latest });
    }
    return latest;
  }

  /** Asks main how the import is going until it has finished, passing a Cancel on once. */
  async function follow(status: ImportStatus, gen: number): Promise<ImportStatus> {
    let latest = status;
    let cancelSent = false;
    while (latest.state !== 'finished' && current(gen)) {
      if (get().cancelling && !cancelSent) {
        cancelSent = true;
        latest = await softphone().cancelImport(status.importId);
      } else {
        await pause(STATUS_POLL_MS);
        latest = await softphone().importStatus(status.importId);
      }
      if (current(gen)) set({ status: latest });
    }
    return latest;
  }

  return {
    ...initial,

    choose: (file) => set({ file, error: null }),

    async run() {
      const { file, running } = get();
      if (running) return;
      if (file === null) {
        set({ error: 'Choose a CSV file first.' });
        return;
      }
      const gen = ++generation;
      set({ running: true, cancelling: false, status: null, outcome: null, error: null });
      try {
        const begun = await softphone().beginImport(file.name, file.size);
        if (!current(gen)) return;
        set({ status: begun });
        const sent = await upload(file, begun, gen);
        const started = sent.state === 'uploading' && !get().cancelling ? await softphone().startImport(sent.importId) : sent;
        if (!current(gen)) return;
        set({ status: started });
        const finished = await follow(started, gen);
        if (!current(gen) || finished.state !== 'finished') return;
        set({ running: false, cancelling: false, status: finished, outcome: finished.outcome });
        // The debtor list shows what is in the database now, for whatever is in its search box.
        if (finished.outcome.status === 'imported') void useDebtorsStore.getState().search();
      } catch (error) {
        if (current(gen)) set({ running: false, cancelling: false, error: errorMessage(error) });
      }
    },

    cancel() {
      // The upload loop stops at its next slice; the status loop passes the cancel on to main.
      if (get().running) set({ cancelling: true });
    },

    reset() {
      generation += 1;
      set(initial);
    },
  };
});

resetOnSessionChange(() => useImportStore.getState().reset());
