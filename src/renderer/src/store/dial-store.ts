import { create } from 'zustand';
import type { DebtorRow, DialOutcome, LinkCard, PhoneRow } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { useAppStore } from './app-store.ts';
import { latestCall } from '../logic/latest-call.ts';
import { notifyFailedDial } from '../logic/dial-notification.ts';
import { useCallCardStore } from './call-card-store.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Whom the last dial was for, as the debtor list showed them (null for the dial pad). */
export type DialDebtor = {
  readonly name: string;
  readonly fileNumber: string;
  readonly clientNumber: string;
  readonly clientName: string;
  readonly phoneLabel: string;
};

type DialStore = {
  readonly outcome: DialOutcome | null;
  /** Main refused the request outright (no operator chosen, unknown phone): its sentence. */
  readonly error: string | null;
  /** The number the last dial was asked for, so a refusal can still offer it to copy. */
  readonly number: string | null;
  readonly debtor: DialDebtor | null;
  readonly busy: boolean;
  readonly copy: CopyState;
  dialPhone(phone: PhoneRow, debtor: DebtorRow): Promise<void>;
  dialNumber(number: string): Promise<void>;
  /** Enter on a call from a link, the hotkey or the tray: main dials the card it showed. */
  dialLink(card: LinkCard): Promise<void>;
  copyNumber(): Promise<void>;
  /** Forgets the last dial: the next operator to sign in must not see it. */
  reset(): void;
};

const initial = { outcome: null, error: null, number: null, debtor: null, busy: false, copy: 'idle' } as const;

// Invalidated by reset: a dial still under way when its operator signed out does not show to the next one.
const sessions = latestCall();
let sameSession = sessions.begin();

export const useDialStore = create<DialStore>()((set, get) => {
  async function dial(number: string, debtor: DialDebtor | null, request: () => Promise<DialOutcome>): Promise<void> {
    const mine = sameSession;
    set({ busy: true, copy: 'idle', number, debtor });
    try {
      const outcome = await request();
      if (!mine()) return;
      set({ outcome, error: null });
      // Only a call that went out has an outcome to report; a new dial's card replaces the last one.
      if (outcome.status === 'sent' && outcome.dialKey !== null) {
        useCallCardStore.getState().open({ dialKey: outcome.dialKey, debtor, number: outcome.number, sent: outcome.payload });
      } else if (outcome.status !== 'duplicate') useCallCardStore.getState().reset();
      if (outcome.status === 'failed' || outcome.status === 'blocked') notifyFailedDial(outcome.message, debtor?.name ?? null);
    } catch (error) {
      if (!mine()) return;
      set({ outcome: null, error: errorMessage(error) });
      notifyFailedDial(errorMessage(error), debtor?.name ?? null);
    } finally {
      if (mine()) {
        set({ busy: false });
        // The log's new row arrives as main's dial-log:added event; a row waiting to be logged shows in the status bar.
        void useAppStore.getState().load();
      }
    }
  }

  return {
    ...initial,
    dialPhone: (phone, row) =>
      dial(
        phone.number,
        { name: row.name, fileNumber: row.fileNumber, clientNumber: row.clientNumber, clientName: row.clientName, phoneLabel: phone.label },
        () => softphone().dialPhone(phone.id),
      ),
    dialNumber: (number) => dial(number, null, () => softphone().dialNumber(number)),
    dialLink: (card) => dial(card.number, linkDebtor(card), () => softphone().confirmLink(card.id)),

    async copyNumber() {
      const number = get().outcome?.number ?? get().number;
      if (number === null) return;
      try {
        await navigator.clipboard.writeText(number);
        set({ copy: 'copied' });
      } catch {
        // Clipboard access can be denied (permissions off in the app): the view then offers the number selected.
        set({ copy: 'failed' });
      }
    },

    reset() {
      sessions.invalidate();
      sameSession = sessions.begin();
      set(initial);
    },
  };
});

/** A softphone-launcher: link names the debtor by numbers (and maybe a name); the app has no row of them. */
function linkDebtor(card: LinkCard): DialDebtor | null {
  if (card.client === null || card.debtor === null) return null;
  return { name: card.name ?? 'Debtor', fileNumber: card.debtor, clientNumber: card.client, clientName: 'Client', phoneLabel: 'from a link' };
}

resetOnSessionChange(() => useDialStore.getState().reset());
