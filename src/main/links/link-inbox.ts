import type { DialContext } from '../../shared/dial-plan.ts';
import type { DialOutcome, LinkCard, LinkInboxView, LinkSource } from '../../shared/ipc-contract.ts';
import { excerpt, parseLaunchLink, type LaunchLink } from '../../shared/launcher-link.ts';
import { normalizeNumber } from '../../shared/phone-number.ts';
import type { SessionUser } from '../auth/session.ts';
import { UserError } from '../errors.ts';
import type { NewAuditEntry } from '../store/contract.ts';
import type { LinkPreview } from './link-preview.ts';

/** The audit trail's field for a link the app refused: the link (shortened) as the old value, the reason as the new. */
export const LINK_REFUSED_AUDIT_FIELD = 'link refused';
/** A person needs about a second to read a card: links closer together than this are not a person's clicks. */
export const MIN_LINK_INTERVAL_MS = 1000;
export const CARD_REPLACED = 'That call was replaced by a newer one: check the card again before pressing Enter.';
export const NO_CARD = 'That call is no longer waiting: nothing was sent.';

export type LinkInboxDeps = {
  readonly now: () => Date;
  readonly currentUser: () => Promise<SessionUser | null>;
  readonly preview: (operatorId: number, number: string, context: DialContext) => Promise<LinkPreview>;
  /** The dial service's dialNumber: the card's call goes out exactly as a dial-pad or debtor dial would. */
  /** `reason`: the collector's answer to a call the guard warned about; main checks the call again. */
  readonly dial: (operatorId: number, number: string, context: DialContext, reason?: string) => Promise<DialOutcome>;
  readonly audit: (entry: NewAuditEntry) => Promise<unknown>;
  /** The window learns of each change as main's `link:card` event. */
  readonly publish: (view: LinkInboxView) => void;
  readonly minIntervalMs?: number;
};

export type LinkInbox = {
  /** A link as the OS hands it over (argv, open-url): refused with the reason, dropped when too fast, or a card. */
  deliverLink(raw: string): Promise<void>;
  /** Clipboard text from the hotkey or the tray: a number, or a link. */
  deliverText(text: string, source: Exclude<LinkSource, 'link'>): Promise<void>;
  /** What the window shows now, for the signed-in user (nothing of a card before sign-in). */
  view(): Promise<LinkInboxView>;
  /** Enter: dials the card's call as `user`, if it is still the card the window showed. */
  confirm(cardId: number, user: SessionUser, reason?: string): Promise<DialOutcome>;
  /** Escape: nothing is sent. */
  dismiss(cardId: number): Promise<LinkInboxView>;
  /** The operator closed a refusal: a person is at the desk, so the next link is not dropped as too fast. */
  closeRefusal(): Promise<LinkInboxView>;
};

type Pending = { readonly id: number; readonly source: LinkSource; readonly call: Omit<LaunchLink, 'scheme'> };

/**
 * Calls from outside the window. None dials by itself: each becomes one card that waits for the
 * operator's Enter, and a newer call replaces it (Enter on the old card then sends nothing). A
 * malformed link is refused with the reason and logged; links faster than a person could confirm
 * them (closer together than MIN_LINK_INTERVAL_MS, with no answer to a card between) are dropped and counted; a card that arrives before sign-in waits for it.
 */
export function createLinkInbox(deps: LinkInboxDeps): LinkInbox {
  const minInterval = deps.minIntervalMs ?? MIN_LINK_INTERVAL_MS;
  let pending: Pending | null = null;
  let refused: LinkInboxView['refused'] = null;
  let dropped = 0;
  let lastArrival = Number.NEGATIVE_INFINITY;
  let nextId = 1;

  async function view(): Promise<LinkInboxView> {
    const user = await deps.currentUser();
    const shown = user === null || pending === null ? null : await cardFor(pending, user);
    return { card: shown, waitingForSignIn: user === null && pending !== null, refused: user === null ? null : refused, dropped };
  }

  async function cardFor({ id, source, call }: Pending, user: SessionUser): Promise<LinkCard> {
    const preview = await deps.preview(user.operatorId, call.number, contextOf(call));
    return { id, source, number: call.number, client: call.client, debtor: call.debtor, name: call.name, ...preview };
  }

  async function changed(): Promise<void> {
    deps.publish(await view());
  }

  /** The operator answered a card: a person is at the desk, so the next call is not "too fast". */
  function answered(): void {
    lastArrival = Number.NEGATIVE_INFINITY;
  }

  /** False (and counted) when this call came sooner after the last one than a person could confirm. */
  function inTime(): boolean {
    const at = deps.now().getTime();
    const tooSoon = at - lastArrival < minInterval;
    lastArrival = at;
    if (tooSoon) dropped += 1;
    return !tooSoon;
  }

  async function refuse(source: LinkSource, text: string, reason: string): Promise<void> {
    refused = { link: excerpt(text), reason };
    const user = await deps.currentUser();
    await deps.audit({
      at: deps.now().toISOString(),
      actorId: user?.operatorId ?? null,
      actorName: user?.name ?? 'another program',
      operatorId: null,
      field: LINK_REFUSED_AUDIT_FIELD,
      oldValue: `${source === 'link' ? 'link' : `${source} (clipboard)`}: ${excerpt(text)}`,
      newValue: reason,
    });
    await changed();
  }

  async function accept(source: LinkSource, call: Omit<LaunchLink, 'scheme'>): Promise<void> {
    pending = { id: nextId++, source, call };
    refused = null;
    await changed();
  }

  return {
    view,
    async deliverLink(raw) {
      if (!inTime()) return changed();
      const parsed = parseLaunchLink(raw);
      if (!parsed.ok) return refuse('link', raw, parsed.error.reason);
      return accept('link', parsed.value);
    },
    async deliverText(text, source) {
      if (!inTime()) return changed();
      const trimmed = text.trim();
      if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
        const parsed = parseLaunchLink(trimmed);
        return parsed.ok ? accept(source, parsed.value) : refuse(source, trimmed, parsed.error.reason);
      }
      const number = normalizeNumber(trimmed);
      if (!number.ok) return refuse(source, trimmed, `The clipboard holds no phone number: ${number.error}`);
      return accept(source, { number: number.value.display, client: null, debtor: null, name: null });
    },
    async confirm(cardId, user, reason) {
      const card = take(cardId);
      const outcome = await deps.dial(user.operatorId, card.call.number, contextOf(card.call), reason);
      // A warned call waits for the collector's reason: the same card is confirmed again with it.
      if (outcome.status === 'confirm') pending = card;
      await changed();
      return outcome;
    },
    async dismiss(cardId) {
      if (pending?.id === cardId) {
        pending = null;
        answered();
      }
      const shown = await view();
      deps.publish(shown);
      return shown;
    },
    async closeRefusal() {
      if (refused !== null) {
        refused = null;
        answered();
      }
      const shown = await view();
      deps.publish(shown);
      return shown;
    },
  };

  function take(cardId: number): Pending {
    if (pending === null) throw new UserError(NO_CARD);
    if (pending.id !== cardId) throw new UserError(CARD_REPLACED);
    const card = pending;
    pending = null;
    answered();
    return card;
  }
}

function contextOf(call: Omit<LaunchLink, 'scheme'>): DialContext {
  return call.client === null || call.debtor === null ? {} : { client: call.client, debtor: call.debtor };
}
