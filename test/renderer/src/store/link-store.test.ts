import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkCard, LinkInboxView } from '../../../../src/shared/ipc-contract.ts';

type Module = typeof import('../../../../src/renderer/src/store/link-store.ts');
let links: Module;

const card: LinkCard = {
  id: 7, source: 'link', number: '716-698-3877', client: '24', debtor: '4585', name: 'Morgan Ellis',
  sends: '109,7166983877,002400004585', destination: '127.0.0.1:1544', problem: null, guard: null,
};
const view = (fields: Partial<LinkInboxView>): LinkInboxView => ({ card: null, waitingForSignIn: false, refused: null, dropped: 0, ...fields });
const refused = { link: 'softphone-launcher://dial?number=unknown', reason: '"unknown" is not a phone number.' };

/** TEST DOUBLE of the preload API: main's replies to links:pending and links:dismiss, and what was asked. */
function installMain(pending: LinkInboxView) {
  const dismissed: number[] = [];
  let refusalsClosed = 0;
  Object.assign(globalThis, {
    window: {
      softphone: {
        pendingLink: async () => pending,
        closeLinkRefusal: async () => {
          refusalsClosed += 1;
          return view({});
        },
        dismissLink: async (cardId: number) => {
          dismissed.push(cardId);
          return view({});
        },
      },
    },
  });
  return { dismissed, refusalsClosed: () => refusalsClosed };
}

describe('the link card in the window', () => {
  beforeEach(async () => {
    vi.resetModules();
    links = await import('../../../../src/renderer/src/store/link-store.ts');
  });

  it('shows the card main holds at sign-in, and dismisses that card by its id', async () => {
    const main = installMain(view({ card }));
    await links.useLinkStore.getState().refresh();
    expect(links.useLinkStore.getState().card).toEqual(card);

    await links.useLinkStore.getState().dismiss();
    expect(main.dismissed).toEqual([7]);
    expect(links.useLinkStore.getState().card).toBeNull();
  });

  it('keeps a closed refusal closed when main repeats it, tells main it was closed, and shows a new one', async () => {
    const main = installMain(view({}));
    const store = links.useLinkStore;
    store.getState().show(view({ refused }));
    expect(store.getState().refused).toEqual(refused);
    await store.getState().closeRefusal();
    expect(main.refusalsClosed()).toBe(1);
    store.getState().show(view({ refused, dropped: 2 }));
    expect(store.getState()).toMatchObject({ refused: null, dropped: 2 });
    store.getState().show(view({ refused: { ...refused, reason: 'another reason' } }));
    expect(store.getState().refused?.reason).toBe('another reason');
  });

  it('shows a card rather than an older refusal', () => {
    installMain(view({}));
    links.useLinkStore.getState().show(view({ card, refused }));
    expect(links.useLinkStore.getState()).toMatchObject({ card, refused: null });
  });
});
