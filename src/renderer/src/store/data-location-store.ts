import { create } from 'zustand';
import type { DataLocationView } from '../../../shared/data-location.ts';
import { BLANK_DRAFT, choiceFrom, draftFrom, type DataLocationDraft } from '../logic/data-location-draft.ts';
import { errorMessage } from '../logic/error-message.ts';
import { softphone } from './preload-bridge.ts';

/** The last Test connection or Save: its sentence, and whether it went well. */
export type DataLocationResult = { readonly ok: boolean; readonly message: string };

type DataLocationStore = {
  readonly view: DataLocationView | null;
  readonly draft: DataLocationDraft;
  readonly busy: boolean;
  readonly result: DataLocationResult | null;
  load(): Promise<void>;
  edit(change: Partial<DataLocationDraft>): void;
  test(): Promise<void>;
  save(): Promise<void>;
};

/** "Where this desk keeps its data": on the first-run setup screen and an administrator's "This desk" tab. */
export const useDataLocationStore = create<DataLocationStore>()((set, get) => {
  /** Runs one request at a time; its outcome (or refusal) becomes the result line. */
  const run = async (work: () => Promise<DataLocationResult>): Promise<void> => {
    if (get().busy) return;
    set({ busy: true, result: null });
    try {
      set({ busy: false, result: await work() });
    } catch (error) {
      set({ busy: false, result: { ok: false, message: errorMessage(error) } });
    }
  };
  const checked = () => {
    const made = choiceFrom(get().draft);
    if ('error' in made) throw new Error(made.error);
    return made.choice;
  };
  return {
    view: null,
    draft: BLANK_DRAFT,
    busy: false,
    result: null,
    async load() {
      try {
        const view = await softphone().dataLocation();
        set({ view, draft: draftFrom(view.saved), result: null });
      } catch (error) {
        set({ result: { ok: false, message: errorMessage(error) } });
      }
    },
    edit: (change) => set((s) => ({ draft: { ...s.draft, ...change } })),
    test: () => run(() => softphone().testDataLocation(checked())),
    save: () =>
      run(async () => {
        const view = await softphone().saveDataLocation(checked());
        set({ view, draft: { ...get().draft, password: '' } });
        return { ok: true, message: view.restartNote ?? 'Saved.' };
      }),
  };
});
