import { create } from 'zustand';
import type { DebtorRow, DialLogEntry, DialOutcome, LinkCard, PhoneRow } from '../../../shared/ipc-contract.ts';
import { errorMessage } from '../logic/error-message.ts';
import { useAppStore } from './app-store.ts';
import { latestCall } from '../logic/latest-call.ts';
import { notifyFailedDial } from '../logic/dial-notification.ts';
import { useCallCardStore } from './call-card-store.ts';
import { softphone } from './preload-bridge.ts';
import { resetOnSessionChange } from './session-reset.ts';
import { useCallsStore } from './calls-store.ts';
import { useNavStore } from './nav-store.ts';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Whom the last dial was for, as the debtor list showed them (null for the dial pad). */
export type DialDebtor = {
  readonly name: string;
  readonly fileNumber: string;
  readonly clientNumber: string;
  readonly clientName: string;
  readonly phoneLabel: string;
};

/** A call main held back because it breaks a rule set to warn: it goes out only with the collector's reason. */
export type PendingConfirmation = {
  readonly number: string;
  readonly debtor: DialDebtor | null;
  readonly reasons: readonly string[];
  readonly send: (reason?: string) => Promise<DialOutcome>;
  readonly phoneId: number | null;
  readonly filePhoneIds: FilePhones;
};

/**
 * The phones of the debtor called, whose badges (attempts used of 7, last contact) the call changes; [] for the
 * dial pad (no debtor's count changes); null when not known here (a redial, a link): every badge is asked again.
 */
type FilePhones = readonly number[] | null;

type DialStore = {
  readonly outcome: DialOutcome | null;
  readonly confirming: PendingConfirmation | null;
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
  /** Redial from the dial log: the same number again, as the signed-in operator; the result shows on the debtor screen. */
  redial(entry: DialLogEntry): Promise<void>;
  copyNumber(): Promise<void>;
  /** Dials the held-back call again with the reason (main checks it again and logs the reason). */
  confirm(reason: string): Promise<void>;
  cancelConfirm(): void;
  /** Forgets the last dial: the next operator to sign in must not see it. */
  reset(): void;
};

const initial = { outcome: null, confirming: null, error: null, number: null, debtor: null, busy: false, copy: 'idle' } as const;

// Invalidated by reset: a dial still under way when its operator signed out does not show to the next one.
const sessions = latestCall();
let sameSession = sessions.begin();

export const useDialStore = create<DialStore>()((set, get) => {
  async function dial(
    number: string,
    debtor: DialDebtor | null,
    request: (reason?: string) => Promise<DialOutcome>,
    phoneId: number | null,
    filePhoneIds: FilePhones,
    reason?: string,
  ): Promise<void> {
    const mine = sameSession;
    set({ busy: true, copy: 'idle', number, debtor, confirming: null });
    try {
      const outcome = await request(reason);
      if (!mine()) return;
      set({ outcome, error: null });
      if (outcome.status === 'confirm') {
        set({ confirming: { number, debtor, reasons: outcome.reasons ?? [], phoneId, filePhoneIds, send: request } });
      }
      // Only a call that went out has an outcome to report; a new dial's card replaces the last one.
      if (outcome.status === 'sent' && outcome.dialKey !== null) {
        useCallCardStore.getState().open({ dialKey: outcome.dialKey, debtor, number: outcome.number, sent: outcome.payload, phoneId, filePhoneIds });
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
        // The attempts used of 7 changed with this dial: the called debtor's, not every badge the window has.
        void useCallsStore.getState().refresh(filePhoneIds ?? undefined);
      }
    }
  }

  return {
    ...initial,
    dialPhone: (phone, row) =>
      dial(
        phone.number,
        { name: row.name, fileNumber: row.fileNumber, clientNumber: row.clientNumber, clientName: row.clientName, phoneLabel: phone.label },
        (reason) => softphone().dialPhone(phone.id, reason),
        phone.id,
        row.phones.map((p) => p.id),
      ),
    dialNumber: (number) => dial(number, null, (reason) => softphone().dialNumber(number, reason), null, []),
    redial: (entry) => {
      // The call card and the last dial live on the debtor screen: the collector records the outcome there.
      useNavStore.getState().open('debtors');
      return dial(entry.number, logDebtor(entry), (reason) => softphone().redial(entry.key, reason), null, null);
    },
    dialLink: (card) => dial(card.number, linkDebtor(card), (reason) => softphone().confirmLink(card.id, reason), null, null),

    async confirm(reason) {
      const pending = get().confirming;
      if (pending === null) return;
      await dial(pending.number, pending.debtor, pending.send, pending.phoneId, pending.filePhoneIds, reason);
    },
    cancelConfirm: () => set({ confirming: null }),

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

/** The debtor of a logged dial, as the log knows them now; null for a dial-pad or test dial. */
function logDebtor(entry: DialLogEntry): DialDebtor | null {
  if (entry.testOf !== null || entry.fileNumber === null || entry.debtorName === null) return null;
  return {
    name: entry.debtorName,
    fileNumber: entry.fileNumber,
    clientNumber: entry.clientNumber ?? '',
    clientName: entry.clientName ?? 'Client',
    phoneLabel: 'redial',
  };
}

resetOnSessionChange(() => useDialStore.getState().reset());
