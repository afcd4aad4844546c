/**
 * Links from other programs through the real services and IPC handlers: a real SQLite file, the real
 * dial service and a real UDP socket on loopback as the dialer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdpListener, type UdpListener } from '../../../e2e/support/udp-listener.ts';
import { createAppServices, type AppServices } from '../../../src/main/app-services.ts';
import { registerIpcHandlers, trustedPage, type IpcEventLike } from '../../../src/main/ipc/register-handlers.ts';
import { CARD_REPLACED, LINK_REFUSED_AUDIT_FIELD, MIN_LINK_INTERVAL_MS } from '../../../src/main/links/link-inbox.ts';
import type { IpcChannel, IpcReply, LinkInboxView } from '../../../src/shared/ipc-contract.ts';
import { TEST_COST } from '../auth/auth-setup.ts';

const APP_PAGE = 'file:///opt/softphone/out/renderer/index.html';
const PASSWORD = 'a password 123';
const LINK = 'softphone-launcher://dial?number=716-698-3877&client=24&debtor=4585&name=Morgan%20Ellis';

let dir: string;
let services: AppServices;
let listener: UdpListener;
let handlers: Map<string, (event: IpcEventLike, payload: unknown) => Promise<unknown>>;
let clockMs: number;
let published: LinkInboxView[];

async function invoke<C extends IpcChannel>(channel: C, payload: unknown): Promise<IpcReply<C>> {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler({ senderFrame: { url: APP_PAGE } }, payload)) as IpcReply<C>;
}
async function value<C extends IpcChannel>(channel: C, payload: unknown) {
  const reply = await invoke(channel, payload);
  if (!reply.ok) throw new Error(`${channel} refused: ${reply.error}`);
  return reply.value;
}
async function operatorId(code: string): Promise<number> {
  const found = (await services.store.operators.list()).find((o) => o.code === code);
  if (!found) throw new Error(`no operator ${code}`);
  return found.id;
}
async function signIn(code: string): Promise<void> {
  await value('auth:sign-in', { code, password: PASSWORD });
}
/** The next link comes later than a person needs to read a card. */
function later(): void {
  clockMs += MIN_LINK_INTERVAL_MS;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-links-'));
  clockMs = Date.parse('2026-03-02T15:00:00Z');
  services = await createAppServices({
    userDataDir: dir,
    openExternal: async () => {},
    schemeHandler: async () => 'test-softphone.desktop',
    hashCost: TEST_COST,
    now: () => new Date(clockMs),
  });
  handlers = new Map();
  registerIpcHandlers({ handle: (channel, fn) => void handlers.set(channel, fn) }, services, trustedPage(APP_PAGE));
  listener = await startUdpListener();
  await value('auth:setup', { code: 'ADA', name: 'Ada Admin', password: PASSWORD, passwordAgain: PASSWORD, loadSampleData: true });
  const cara = await operatorId('CARA');
  await value('operator:set-password', { operatorId: cara, password: PASSWORD, passwordAgain: PASSWORD });
  await services.store.operators.update(cara, { code: 'CARA', name: 'Cara Authcode', useSoftphone: true, note2: `UDP:/127.0.0.1:${listener.port}:109#authcode` });
  await value('auth:sign-out', undefined);
  published = [];
  services.events.subscribe((event, payload) => {
    if (event === 'link:card') published.push(payload as LinkInboxView);
  });
});

afterEach(async () => {
  await listener.close();
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a link from another program', () => {
  it('shows CARA a card with exactly what Enter sends, and sends it only on Enter', async () => {
    await signIn('CARA');
    await services.links.deliverLink(LINK);

    const { card } = await value('links:pending', undefined);
    expect(card).toEqual({
      id: expect.any(Number),
      source: 'link',
      number: '716-698-3877',
      client: '24',
      debtor: '4585',
      name: 'Morgan Ellis',
      sends: '109,7166983877,002400004585',
      destination: `127.0.0.1:${listener.port}`,
      problem: null,
      guard: { verdict: 'allow', reasons: [] },
    });
    expect(published.at(-1)?.card).toEqual(card);

    const outcome = await value('links:confirm', { cardId: card?.id });
    expect((await listener.next()).text).toBe('109,7166983877,002400004585');
    expect(outcome).toMatchObject({ status: 'sent', payload: '109,7166983877,002400004585' });
    expect((await value('links:pending', undefined)).card).toBeNull();
  });

  it('sends nothing when dismissed, and a dismissed card cannot be confirmed', async () => {
    await signIn('CARA');
    await services.links.deliverLink(LINK);
    const { card } = await value('links:pending', undefined);

    expect((await value('links:dismiss', { cardId: card?.id })).card).toBeNull();
    expect(await invoke('links:confirm', { cardId: card?.id })).toEqual({ ok: false, error: 'That call is no longer waiting: nothing was sent.' });
    // A dial pad call afterwards is the first datagram the dialer sees.
    await value('dial:number', { number: '555-123-7777' });
    expect((await listener.next()).text).toBe('109,5551237777');
  });

  it('waits for sign-in: nothing of it shows before, the card for whoever signs in after', async () => {
    await services.links.deliverLink(LINK);
    expect(await value('links:pending', undefined)).toEqual({ card: null, waitingForSignIn: true, refused: null, dropped: 0 });
    expect(await invoke('links:confirm', { cardId: 1 })).toEqual({ ok: false, error: 'Sign in first.' });

    await signIn('CARA');
    expect((await value('links:pending', undefined)).card?.sends).toBe('109,7166983877,002400004585');
  });

  it('refuses a malformed link with the reason, and logs it in the audit trail', async () => {
    await signIn('CARA');
    await services.links.deliverLink('softphone-launcher://dial?number=unknown&client=24&debtor=4585');

    expect(await value('links:pending', undefined)).toMatchObject({
      card: null,
      refused: { link: 'softphone-launcher://dial?number=unknown&client=24&debtor=4585', reason: '"unknown" is not a phone number.' },
    });
    const [row] = await services.store.audit.list(1);
    expect(row).toMatchObject({
      actorName: 'Cara Authcode',
      field: LINK_REFUSED_AUDIT_FIELD,
      oldValue: 'link: softphone-launcher://dial?number=unknown&client=24&debtor=4585',
      newValue: '"unknown" is not a phone number.',
    });
  });

  it('drops and counts links that come faster than a person could confirm them', async () => {
    await signIn('CARA');
    await services.links.deliverLink(LINK);
    const first = (await value('links:pending', undefined)).card;
    for (const number of ['555-123-7777', '555-123-7778', '555-123-7779']) {
      clockMs += 100;
      await services.links.deliverLink(`tel:${number}`);
    }
    const view = await value('links:pending', undefined);
    expect(view.card).toEqual(first);
    expect(view.dropped).toBe(3);
    // Nor is a flood written to the audit trail.
    expect((await services.store.audit.list(10)).some((row) => row.field === LINK_REFUSED_AUDIT_FIELD)).toBe(false);
  });

  it('takes the next link at once after the operator answered a card', async () => {
    await signIn('CARA');
    await services.links.deliverLink(LINK);
    const first = (await value('links:pending', undefined)).card;
    await value('links:dismiss', { cardId: first?.id });
    clockMs += 100;
    await services.links.deliverLink('tel:555-123-7777');
    expect(await value('links:pending', undefined)).toMatchObject({ card: { number: '555-123-7777' }, dropped: 0 });
  });

  it('takes the next link at once after the operator closed a refusal, which main then no longer repeats', async () => {
    await signIn('CARA');
    await services.links.deliverLink('softphone-launcher://dial?number=unknown');
    expect((await value('links:pending', undefined)).refused).not.toBeNull();
    expect(await value('links:closeRefusal', undefined)).toMatchObject({ refused: null });
    clockMs += 100;
    await services.links.deliverLink('tel:555-123-7777');
    expect(await value('links:pending', undefined)).toMatchObject({ card: { number: '555-123-7777' }, dropped: 0 });
  });

  it('still drops a link that follows a refusal nobody closed', async () => {
    await signIn('CARA');
    await services.links.deliverLink('softphone-launcher://dial?number=unknown');
    clockMs += 100;
    await services.links.deliverLink('tel:555-123-7777');
    expect(await value('links:pending', undefined)).toMatchObject({ card: null, dropped: 1 });
  });

  it('lets a newer call replace the card; Enter on the old one sends nothing', async () => {
    await signIn('CARA');
    await services.links.deliverLink(LINK);
    const old = (await value('links:pending', undefined)).card;
    later();
    await services.links.deliverLink('tel:555-123-7777');
    const current = (await value('links:pending', undefined)).card;
    expect(current).toMatchObject({ number: '555-123-7777', client: null, sends: '109,5551237777' });

    expect(await invoke('links:confirm', { cardId: old?.id })).toEqual({ ok: false, error: CARD_REPLACED });
    await value('links:confirm', { cardId: current?.id });
    expect((await listener.next()).text).toBe('109,5551237777');
  });

  it('says on the card when Enter would send nothing', async () => {
    await signIn('ADA');
    await services.links.deliverLink('tel:+1-716-698-3877');
    expect((await value('links:pending', undefined)).card).toMatchObject({ sends: null, problem: 'Softphone dialing is off for Ada Admin: Enter would send nothing.' });
  });
});

describe('the hotkey and the tray', () => {
  it('take a number from the clipboard into the same card', async () => {
    await signIn('CARA');
    await services.links.deliverText('  (716) 698-3877\n', 'hotkey');
    expect((await value('links:pending', undefined)).card).toMatchObject({ source: 'hotkey', number: '(716) 698-3877', sends: '109,7166983877' });
  });

  it('refuse clipboard text that is no phone number, with the reason', async () => {
    await signIn('CARA');
    await services.links.deliverText('call me maybe', 'tray');
    expect((await value('links:pending', undefined)).refused).toEqual({ link: 'call me maybe', reason: 'The clipboard holds no phone number: "call me maybe" is not a phone number.' });
  });
});
