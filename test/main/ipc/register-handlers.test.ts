import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdpListener, type UdpListener } from '../../../e2e/support/udp-listener.ts';
import { createAppServices, type AppServices } from '../../../src/main/app-services.ts';
import { FOREIGN_SENDER_ERROR, registerIpcHandlers, trustedPage, type IpcEventLike } from '../../../src/main/ipc/register-handlers.ts';
import type { IpcChannel, IpcReply } from '../../../src/shared/ipc-contract.ts';

const APP_PAGE = 'file:///opt/softphone/out/renderer/index.html';
const fromApp: IpcEventLike = { senderFrame: { url: APP_PAGE } };

type Listener = (event: IpcEventLike, payload: unknown) => Promise<unknown>;

let dir: string;
let services: AppServices;
let listener: UdpListener;
let handlers: Map<string, Listener>;
const opened: string[] = [];

function invoke<C extends IpcChannel>(channel: C, payload: unknown, event: IpcEventLike = fromApp): Promise<IpcReply<C>> {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload) as Promise<IpcReply<C>>;
}

async function value<C extends IpcChannel>(channel: C, payload: unknown) {
  const reply = await invoke(channel, payload);
  if (!reply.ok) throw new Error(`${channel} refused: ${reply.error}`);
  return reply.value;
}

function operatorId(code: string): number {
  const found = services.store.operators.list().find((o) => o.code === code);
  if (!found) throw new Error(`no operator ${code}`);
  return found.id;
}

function pointAtListener(code: string, note2: string): void {
  const op = services.store.operators.get(operatorId(code));
  if (!op) throw new Error('missing');
  services.store.operators.update(op.id, { code: op.code, name: op.name, useSoftphone: true, note2 });
}

async function phoneIdOf(fileNumber: string): Promise<number> {
  const page = await value('debtors:search', { query: fileNumber, offset: 0, limit: 5 });
  const row = page.rows.find((r) => r.fileNumber === fileNumber);
  const phone = row?.phones[0];
  if (!phone) throw new Error(`no phone for debtor ${fileNumber}`);
  return phone.id;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-ipc-'));
  opened.length = 0;
  services = createAppServices({
    userDataDir: dir,
    openExternal: async (uri) => void opened.push(uri),
    schemeHandler: async () => 'test-softphone.desktop',
  });
  handlers = new Map();
  registerIpcHandlers({ handle: (channel, fn) => void handlers.set(channel, fn) }, services, trustedPage(APP_PAGE));
  listener = await startUdpListener();
});

afterEach(async () => {
  await listener.close();
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a dial for the signed-in operator', () => {
  it('sends the authcode datagram of the spec for CARA and debtor 4585', async () => {
    pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    await value('session:choose', { operatorId: operatorId('CARA') });
    const outcome = await value('dial:phone', { phoneId: await phoneIdOf('4585') });
    expect((await listener.next()).text).toBe('109,7166983877,002400004585');
    expect(outcome).toMatchObject({ status: 'sent', payload: '109,7166983877,002400004585', destination: `127.0.0.1:${listener.port}` });
  });

  it('uses the extension of whoever is chosen, not the first operator', async () => {
    pointAtListener('BEN', `UDP:/127.0.0.1:${listener.port}:452`);
    pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    await value('session:choose', { operatorId: operatorId('BEN') });
    await value('dial:phone', { phoneId: await phoneIdOf('12345678') });
    expect((await listener.next()).text).toBe('452,5551237777');
  });

  it('leaves the authcode out on the dial pad, where no debtor applies', async () => {
    pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    await value('session:choose', { operatorId: operatorId('CARA') });
    await value('dial:number', { number: '716-698-3877' });
    expect((await listener.next()).text).toBe('109,7166983877');
  });

  it('hands sip: URIs to the opener and reports it', async () => {
    await value('session:choose', { operatorId: operatorId('ANNA') });
    const outcome = await value('dial:phone', { phoneId: await phoneIdOf('4585') });
    expect(opened).toEqual(['sip:7166983877']);
    expect(outcome.message).toBe('Opened sip:7166983877 in the softphone.');
  });

  it('sends nothing when the operator has softphone dialing off, and logs why', async () => {
    await value('session:choose', { operatorId: operatorId('DAN') });
    const outcome = await value('dial:number', { number: '555-123-7777' });
    expect(outcome.status).toBe('blocked');
    expect(outcome.message).toContain('Softphone dialing is off for Dan Desk');
    await listener.expectNone(300);
    const [log] = await value('dial-log:list', { limit: 1 });
    expect(log).toMatchObject({ result: 'blocked', operatorName: 'Dan Desk', number: '555-123-7777' });
  });

  it('sends a double click once and tells the second click why', async () => {
    pointAtListener('BEN', `UDP:/127.0.0.1:${listener.port}:452`);
    await value('session:choose', { operatorId: operatorId('BEN') });
    const [first, second] = await Promise.all([
      value('dial:number', { number: '555-123-7777' }),
      value('dial:number', { number: '(555) 123-7777' }),
    ]);
    expect((await listener.next()).text).toBe('452,5551237777');
    await listener.expectNone(300);
    expect(first.status).toBe('sent');
    expect(second.status).toBe('blocked');
    expect(second.message).toMatch(/^Already dialed \(555\) 123-7777 0\.\d s ago: sent once/);
  });

  it('refuses to dial before an operator is chosen', async () => {
    const reply = await invoke('dial:number', { number: '555-123-7777' });
    expect(reply).toEqual({ ok: false, error: 'Choose who is dialing first ("Dialing as").' });
  });
});

describe('the IPC wrapper', () => {
  const foreign: IpcEventLike[] = [
    { senderFrame: { url: 'https://evil.example/index.html' } },
    { senderFrame: { url: 'file:///tmp/other/index.html' } },
    { senderFrame: null },
  ];

  it.each(foreign)('refuses a foreign sender (%o) and changes nothing', async (event) => {
    const ben = services.store.operators.get(operatorId('BEN'));
    const save = { id: ben?.id, code: 'BEN', name: 'Mallory', useSoftphone: true, note2: `UDP:/127.0.0.1:${listener.port}:999` };
    expect(await invoke('operator:save', save, event)).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
    expect(await invoke('session:choose', { operatorId: operatorId('BEN') }, event)).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
    expect(services.store.operators.get(operatorId('BEN'))).toEqual(ben);
    expect(services.session.operatorId()).toBeNull();
  });

  it.each([
    ['operator:save', { id: null, code: 'X1', name: 'X', useSoftphone: true, note2: 'sip:', extra: 1 }],
    ['operator:save', { id: null, code: 'X1', name: 'X', useSoftphone: 'yes', note2: 'sip:' }],
    ['dial:phone', { phoneId: '1' }],
    ['dial:phone', { phoneId: -1 }],
    ['dial:number', { number: '555-123-7777', target: '127.0.0.1:9' }],
    ['dial:number', 'not an object'],
    ['debtors:search', { query: 'a', offset: 0, limit: 100000 }],
    ['session:choose', null],
  ] as const)('refuses a malformed %s payload and changes nothing', async (channel, payload) => {
    const before = { operators: services.store.operators.list(), log: services.store.dialLog.list(100) };
    const reply = await invoke(channel, payload);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(new RegExp(`^Refused: the request for ${channel} is malformed\\.`));
    expect({ operators: services.store.operators.list(), log: services.store.dialLog.list(100) }).toEqual(before);
    await listener.expectNone(100);
  });

  it('refuses to save an operator whose Note 2 is invalid while the switch is on, and keeps the stored one', async () => {
    const ben = services.store.operators.get(operatorId('BEN'));
    const reply = await invoke('operator:save', { id: ben?.id, code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:70000:452' });
    expect(reply).toEqual({ ok: false, error: 'Not saved: Note 2 is not valid. Port "70000" must be a number from 1 to 65535. Example: UDP:/192.168.2.122:1544:452' });
    expect(services.store.operators.get(operatorId('BEN'))).toEqual(ben);
  });

  it('refuses a forbidden scheme even if the renderer skipped its own check', async () => {
    const anna = services.store.operators.get(operatorId('ANNA'));
    const reply = await invoke('operator:save', { id: anna?.id, code: 'ANNA', name: 'Anna', useSoftphone: true, note2: 'javascript:alert(1)' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toContain('"javascript:" protocol');
    expect(services.store.operators.get(operatorId('ANNA'))).toEqual(anna);
  });

  it('describes each operator\'s dial mode in words', async () => {
    const state = await value('app:state', undefined);
    const modes = Object.fromEntries(state.operators.map((o) => [o.code, o.mode]));
    expect(modes).toEqual({
      ANNA: 'Softphone: sip:',
      BEN: 'UDP → 127.0.0.1:1544, extension 452',
      CARA: 'UDP → 127.0.0.1:1544, extension 109, with authcode',
      DAN: 'Softphone dialing is off',
    });
  });
});
