import { create } from 'zustand';
import type { CallOutcomeId } from '../../../shared/call-outcomes.ts';
import { errorMessage } from '../logic/error-message.ts';
import { latestCall } from '../logic/latest-call.ts';
import type { SaveState } from '../logic/save-state.ts';
import type { DialDebtor } from './dial-store.ts';
import { useCallsStore } from './calls-store.ts';
import { useDialLogStore } from './dial-log-store.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

/** The dial a call card asks about: whom it was for, the number, and what was sent. */
export type CallCard = {
  readonly dialKey: string;
  readonly debtor: DialDebtor | null;
  readonly number: string;
  /** The datagram payload or URI, or null when nothing went out. */
  readonly sent: string | null;
  /** The debtor's phone called, for "asked not to be called on this number"; null for the dial pad. */
  readonly phoneId?: number | null;
  /** The debtor's phones, whose badges an outcome changes ([]: none, the dial pad; null or absent: not known). */
  readonly filePhoneIds?: readonly number[] | null;
};

type CallCardStore = {
  readonly card: CallCard | null;
  readonly chosen: CallOutcomeId | null;
  readonly note: string;
  /** The note as last stored, so the card can say whether the typed one is saved. */
  readonly savedNote: string;
  readonly save: SaveState;
  /** The debtor asked for this call (prior consent): stored with the outcome; it does not count toward 7 in 7. */
  readonly consent: boolean;
  open(card: CallCard): void;
  /** Marks or unmarks consent; stored at once with the outcome when one is chosen, else with the first one. */
  setConsent(consent: boolean): Promise<void>;
  /** Records `outcome` at once (a key press or a click is the report), with the note as typed. */
  choose(outcome: CallOutcomeId): Promise<void>;
  setNote(note: string): void;
  /** Stores the note with the chosen outcome: a new outcome row, the newest wins. */
  saveNote(): Promise<void>;
  reset(): void;
};

const initial = { card: null, chosen: null, note: '', savedNote: '', save: { kind: 'idle' }, consent: false } as const;

// A reply for a card that has since been replaced (next dial, sign-out) must not land on the new one.
const saves = latestCall();

export const useCallCardStore = create<CallCardStore>()((set, get) => {
  async function store(outcome: CallOutcomeId): Promise<void> {
    const { card, note, consent } = get();
    if (card === null) return;
    const current = saves.begin();
    set({ chosen: outcome, save: { kind: 'saving' } });
    try {
      const entry = await softphone().setCallOutcome(card.dialKey, outcome, note, consent);
      if (!current()) return;
      set({ save: { kind: 'saved' }, savedNote: entry.note ?? '' });
      useDialLogStore.getState().merge(entry);
      // The debtor's last contact shows this outcome now; a conversation also closes the next 7 days.
      void useCallsStore.getState().refresh(card.filePhoneIds ?? undefined);
    } catch (error) {
      if (current()) set({ save: { kind: 'refused', message: errorMessage(error) } });
    }
  }

  return {
    ...initial,
    open(card) {
      saves.invalidate();
      set({ ...initial, card });
    },
    choose: store,
    setNote: (note) => set({ note }),
    async setConsent(consent) {
      set({ consent });
      const { chosen } = get();
      if (chosen !== null) await store(chosen);
    },
    async saveNote() {
      const { chosen } = get();
      if (chosen === null) {
        set({ save: { kind: 'refused', message: 'Choose the outcome first (keys 1–8), then save the note.' } });
        return;
      }
      await store(chosen);
    },
    reset() {
      saves.invalidate();
      set(initial);
    },
  };
});

resetOnSessionChange(() => useCallCardStore.getState().reset());
