import { create } from 'zustand';
import type { LinkCard, LinkInboxView } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { useDialStore } from './dial-store.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

type Refusal = NonNullable<LinkInboxView['refused']>;

type LinkStore = {
  /** The call waiting for Enter, as main last described it. */
  readonly card: LinkCard | null;
  /** A refused link the operator has not closed yet. */
  readonly refused: Refusal | null;
  readonly dropped: number;
  /** Main's sentence when dismissing or dialing the card was refused. */
  readonly error: string | null;
  /** Asks main again (at sign-in: a call that arrived before it waits there). */
  refresh(): Promise<void>;
  /** Takes main's `link:card` event or a reply. */
  show(view: LinkInboxView): void;
  confirm(): Promise<void>;
  dismiss(): Promise<void>;
  /** Closes the refusal and tells main, so the next link is not dropped as "too fast". */
  closeRefusal(): Promise<void>;
  reset(): void;
};

/** Enter dials only a card whose call can go out: something to send, and no block by the guard (main checks again). */
export function cardCanDial(card: LinkCard): boolean {
  return card.sends !== null && card.guard?.verdict !== 'block';
}

const initial = { card: null, refused: null, dropped: 0, error: null } as const;
// The refusal the operator closed stays closed though main repeats it in later views.
let closedRefusal: Refusal | null = null;
const sameRefusal = (a: Refusal | null, b: Refusal | null) => a !== null && b !== null && a.link === b.link && a.reason === b.reason;

export const useLinkStore = create<LinkStore>()((set, get) => ({
  ...initial,

  async refresh() {
    try {
      get().show(await softphone().pendingLink());
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },

  show(view) {
    const refused = sameRefusal(view.refused, closedRefusal) ? null : view.refused;
    set({ card: view.card, refused: view.card === null ? refused : null, dropped: view.dropped, error: null });
  },

  async confirm() {
    const card = get().card;
    if (card === null || !cardCanDial(card)) return;
    set({ card: null });
    // The dial goes the way of every dial: its result shows as the last dial, and a call card follows.
    await useDialStore.getState().dialLink(card);
  },

  async dismiss() {
    const card = get().card;
    if (card === null) return;
    try {
      get().show(await softphone().dismissLink(card.id));
    } catch (error) {
      set({ card: null, error: errorMessage(error) });
    }
  },

  async closeRefusal() {
    closedRefusal = get().refused;
    set({ refused: null });
    try {
      get().show(await softphone().closeLinkRefusal());
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },

  reset() {
    set(initial);
  },
}));

resetOnSessionChange(() => useLinkStore.getState().reset());

/** Main's `link:card` event: a link, the hotkey or the tray brought a call. Returns the stop. */
export function listenForLinks(): () => void {
  return softphone().on('link:card', (view) => useLinkStore.getState().show(view));
}
