import { create } from 'zustand';
import type { DeskLinksView } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { softphone } from './preload-bridge.ts';

export type DeskLinksDraft = { readonly handlerSchemes: readonly string[]; readonly dialHotkey: string };

type DeskLinksStore = {
  readonly view: DeskLinksView | null;
  readonly draft: DeskLinksDraft;
  readonly busy: boolean;
  /** The last Save's sentence, or main's refusal. */
  readonly result: { readonly ok: boolean; readonly message: string } | null;
  load(): Promise<void>;
  toggleScheme(scheme: string, on: boolean): void;
  editHotkey(hotkey: string): void;
  save(): Promise<void>;
};

/** Saved settings take effect when the app starts again: the edge registers the schemes and the hotkey at start. */
export const DESK_LINKS_SAVED = 'Saved to desk-settings.json. The links and the hotkey change when the app starts again.';

const draftOf = (view: DeskLinksView): DeskLinksDraft => ({ handlerSchemes: view.handlerSchemes, dialHotkey: view.dialHotkey ?? '' });

/** "Calls from other programs" on an administrator's This desk tab. */
export const useDeskLinksStore = create<DeskLinksStore>()((set, get) => ({
  view: null,
  draft: { handlerSchemes: [], dialHotkey: '' },
  busy: false,
  result: null,
  async load() {
    try {
      const view = await softphone().deskLinks();
      set({ view, draft: draftOf(view), result: null });
    } catch (error) {
      set({ result: { ok: false, message: errorMessage(error) } });
    }
  },
  toggleScheme: (scheme, on) =>
    set((s) => ({ draft: { ...s.draft, handlerSchemes: on ? [...s.draft.handlerSchemes, scheme] : s.draft.handlerSchemes.filter((x) => x !== scheme) } })),
  editHotkey: (dialHotkey) => set((s) => ({ draft: { ...s.draft, dialHotkey } })),
  async save() {
    if (get().busy) return;
    set({ busy: true, result: null });
    try {
      const { handlerSchemes, dialHotkey } = get().draft;
      const view = await softphone().saveDeskLinks({ handlerSchemes, dialHotkey: dialHotkey.trim() === '' ? null : dialHotkey });
      set({ busy: false, view, draft: draftOf(view), result: { ok: true, message: DESK_LINKS_SAVED } });
    } catch (error) {
      set({ busy: false, result: { ok: false, message: errorMessage(error) } });
    }
  },
}));
