import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdpListener, type UdpListener } from '../../../e2e/support/udp-listener.ts';
import { createAppServices, type AppServices } from '../../../src/main/app-services.ts';
import { FOREIGN_SENDER_ERROR, registerIpcHandlers, trustedPage, type IpcEventLike } from '../../../src/main/ipc/register-handlers.ts';
import type { IpcChannel, IpcReply } from '../../../src/shared/ipc-contract.ts';
import { TEST_COST } from '../auth/auth-setup.ts';
import { floorAfternoonClock } from '../../support/floor-afternoon.ts';

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

async function operatorId(code: string): Promise<number> {
  const found = (await services.store.operators.list()).find((o) => o.code === code);
  if (!found) throw new Error(`no operator ${code}`);
  return found.id;
}

async function pointAtListener(code: string, note2: string): Promise<void> {
  const op = (await services.store.operators.get((await operatorId(code))));
  if (!op) throw new Error('missing');
  await services.store.operators.update(op.id, { code: op.code, name: op.name, useSoftphone: true, note2 });
}

async function saveRequest(code: string, changes: Record<string, unknown> = {}) {
  const op = (await services.store.operators.account((await operatorId(code))));
  if (!op) throw new Error(`no operator ${code}`);
  return { id: op.id, code: op.code, name: op.name, useSoftphone: op.useSoftphone, note2: op.note2, role: op.role, active: op.active, ...changes };
}

async function phoneIdOf(fileNumber: string): Promise<number> {
  const page = (await services.store.debtors.search(fileNumber, 0, 5));
  const row = page.rows.find((r) => r.fileNumber === fileNumber);
  const phone = row?.phones[0];
  if (!phone) throw new Error(`no phone for debtor ${fileNumber}`);
  return phone.id;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-ipc-'));
  opened.length = 0;
  services = await createAppServices({
    userDataDir: dir,
    openExternal: async (uri) => void opened.push(uri),
    schemeHandler: async () => 'test-softphone.desktop',
    hashCost: TEST_COST,
    now: floorAfternoonClock(),
  });
  handlers = new Map();
  registerIpcHandlers({ handle: (channel, fn) => void handlers.set(channel, fn) }, services, trustedPage(APP_PAGE));
  listener = await startUdpListener();
  await value('auth:setup', { code: 'ADA', name: 'Ada Admin', password: ADMIN_PASSWORD, passwordAgain: ADMIN_PASSWORD, loadSampleData: true });
  for (const code of ['ANNA', 'BEN', 'CARA', 'DAN']) {
    await value('operator:set-password', { operatorId: (await operatorId(code)), password: OPERATOR_PASSWORD, passwordAgain: OPERATOR_PASSWORD });
  }
  await value('auth:sign-out', undefined);
});

const ADMIN_PASSWORD = 'admin password 1';
const OPERATOR_PASSWORD = 'operator password 1';

async function signInAs(code: string): Promise<void> {
  await value('auth:sign-in', { code, password: code === 'ADA' ? ADMIN_PASSWORD : OPERATOR_PASSWORD });
}

afterEach(async () => {
  await listener.close();
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a dial for the signed-in operator', () => {
  it('sends the authcode datagram of the spec for CARA and debtor 4585', async () => {
    await pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    await signInAs('CARA');
    const outcome = await value('dial:phone', { phoneId: (await phoneIdOf('4585')) });
    expect((await listener.next()).text).toBe('109,7166983877,002400004585');
    expect(outcome).toMatchObject({ status: 'sent', payload: '109,7166983877,002400004585', destination: `127.0.0.1:${listener.port}` });
  });

  it("tells the window of the stored row once it is in the dial log: CARA's, as the log shows it", async () => {
    await pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    await signInAs('CARA');
    const events: unknown[] = [];
    const stop = services.events.subscribe((event, payload) => events.push({ event, ...payload }));
    const outcome = await value('dial:phone', { phoneId: (await phoneIdOf('4585')) });
    stop();
    const page = await value('dial-log:list', { operatorId: (await operatorId('CARA')), offset: 0, limit: 1 });
    expect(page.rows[0]?.key).toBe(outcome.dialKey);
    expect(events).toEqual([{ event: 'dial-log:added', operatorId: (await operatorId('CARA')), entry: page.rows[0] }]);
  });

  it('uses the extension of whoever is chosen, not the first operator', async () => {
    await pointAtListener('BEN', `UDP:/127.0.0.1:${listener.port}:452`);
    await pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    await signInAs('BEN');
    await value('dial:phone', { phoneId: (await phoneIdOf('12345678')) });
    expect((await listener.next()).text).toBe('452,5551237777');
  });

  it('leaves the authcode out on the dial pad, where no debtor applies', async () => {
    await pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    await signInAs('CARA');
    await value('dial:number', { number: '716-698-3877' });
    expect((await listener.next()).text).toBe('109,7166983877');
  });

  it('hands sip: URIs to the opener and reports it', async () => {
    await signInAs('ANNA');
    const outcome = await value('dial:phone', { phoneId: (await phoneIdOf('4585')) });
    // The sample ANNA dials a SIP address at a PBX, not a bare prefix (issue 13: not every softphone dials that).
    expect(opened).toEqual(['sip:7166983877@pbx.example.com']);
    expect(outcome.message).toBe('Handed sip:7166983877@pbx.example.com to test-softphone.');
  });

  it('sends nothing when the operator has softphone dialing off, and logs why', async () => {
    await signInAs('DAN');
    const outcome = await value('dial:number', { number: '555-123-7777' });
    expect(outcome.status).toBe('blocked');
    expect(outcome.message).toContain('Softphone dialing is off for Dan Desk');
    await listener.expectNone(300);
    const { rows: [log] } = await value('dial-log:list', { operatorId: await operatorId('DAN'), offset: 0, limit: 1 });
    expect(log).toMatchObject({ result: 'blocked', operatorName: 'Dan Desk', number: '555-123-7777' });
  });

  it('sends a double click once, tells the second click it already went, and logs only the dial', async () => {
    await pointAtListener('BEN', `UDP:/127.0.0.1:${listener.port}:452`);
    await signInAs('BEN');
    const [first, second] = await Promise.all([
      value('dial:number', { number: '555-123-7777' }),
      value('dial:number', { number: '(555) 123-7777' }),
    ]);
    expect((await listener.next()).text).toBe('452,5551237777');
    await listener.expectNone(300);
    expect(first.status).toBe('sent');
    expect(second.status).toBe('duplicate');
    expect(second.message).toMatch(/^Already sent 0\.\d s ago ✓$/);
    const log = await value('dial-log:list', { operatorId: await operatorId('BEN'), offset: 0, limit: 10 });
    expect(log.rows.map((row) => row.result)).toEqual(['sent']);
    expect(log.total).toBe(1);
  });

  it('sends a test dial with a client and debtor with the authcode, and one without it as the dial pad would', async () => {
    await pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    await signInAs('ADA');
    const caraId = await operatorId('CARA');
    await value('dial:test', { operatorId: caraId, number: '716-698-3877', client: '24', debtor: '4585' });
    expect((await listener.next()).text).toBe('109,7166983877,002400004585');
    await value('dial:test', { operatorId: caraId, number: '555-123-7777' });
    expect((await listener.next()).text).toBe('109,5551237777');
    const half = await invoke('dial:test', { operatorId: caraId, number: '716-698-3877', client: '24' });
    expect(half).toMatchObject({ ok: false, error: expect.stringContaining('both a client and a debtor, or neither') });
    await listener.expectNone(200);
  });

  it("logs a test dial as the administrator's, marked as a test of the operator's settings", async () => {
    await pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    await signInAs('ADA');
    await value('dial:test', { operatorId: (await operatorId('CARA')), number: '716-698-3877', client: '24', debtor: '4585' });
    expect((await listener.next()).text).toBe('109,7166983877,002400004585');
    const mine = await value('dial-log:list', { operatorId: (await operatorId('ADA')), offset: 0, limit: 5 });
    expect(mine.rows.map((r) => [r.operatorName, r.testOf, r.payload])).toEqual([['Ada Admin', 'Cara Authcode', '109,7166983877,002400004585']]);
    expect((await value('dial-log:list', { operatorId: (await operatorId('CARA')), offset: 0, limit: 5 })).total).toBe(0);
  });

  it("redials a debtor call as the signed-in operator (an administrator may redial anyone's), authcode and all, naming the debtor", async () => {
    await pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109#authcode`);
    await pointAtListener('ADA', `UDP:/127.0.0.1:${listener.port}:777#authcode`);
    await signInAs('CARA');
    const first = await value('dial:phone', { phoneId: (await phoneIdOf('4585')) });
    expect((await listener.next()).text).toBe('109,7166983877,002400004585');
    await signInAs('ADA');
    const again = await value('dial:redial', { dialKey: first.dialKey });
    expect(again).toMatchObject({ status: 'sent', payload: '777,7166983877,002400004585' });
    expect((await listener.next()).text).toBe('777,7166983877,002400004585');
    const log = await value('dial-log:list', { operatorId: null, offset: 0, limit: 5 });
    expect(log.rows.map((r) => [r.key, r.operatorName, r.debtorName, r.fileNumber, r.clientNumber])).toEqual([
      [again.dialKey, 'Ada Admin', 'Morgan Ellis', '4585', '24'],
      [first.dialKey, 'Cara Authcode', 'Morgan Ellis', '4585', '24'],
    ]);
  });

  it("refuses to redial another operator's dial for an operator, and a dial that was never logged", async () => {
    await pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109`);
    await signInAs('CARA');
    const caras = await value('dial:number', { number: '555-123-7777' });
    await listener.next();
    await signInAs('BEN');
    expect(await invoke('dial:redial', { dialKey: caras.dialKey })).toEqual({ ok: false, error: 'Refused: you can redial only your own dials.' });
    expect(await invoke('dial:redial', { dialKey: 'no-such-dial' })).toEqual({ ok: false, error: 'That dial is not in the dial log (yet): nothing was sent.' });
    await listener.expectNone(200);
  });

  it("dials with an operator's own dial plan instead of the floor's, and back to the floor's when cleared", async () => {
    await pointAtListener('BEN', `UDP:/127.0.0.1:${listener.port}:452`);
    await pointAtListener('CARA', `UDP:/127.0.0.1:${listener.port}:109`);
    await signInAs('ADA');
    const ben = await operatorId('BEN');
    expect(await value('calls:save-operator-plan', { operatorId: ben, numberPlan: { outsideLine: '9' } })).toEqual({ outsideLine: '9' });
    expect(await invoke('calls:save-operator-plan', { operatorId: ben, numberPlan: { outsideLine: 'nine' } })).toMatchObject({ ok: false, error: expect.stringContaining('Outside-line prefix "nine" must be 1 to 4 digits') });

    await signInAs('BEN');
    expect(await value('calls:operator-plan', { operatorId: ben })).toEqual({ outsideLine: '9' });
    await value('dial:number', { number: '555-123-7777' });
    expect((await listener.next()).text).toBe('452,95551237777');
    expect(await invoke('calls:save-operator-plan', { operatorId: ben, numberPlan: null })).toMatchObject({ ok: false });
    expect(await invoke('calls:operator-plan', { operatorId: (await operatorId('CARA')) })).toMatchObject({ ok: false });

    await signInAs('CARA');
    await value('dial:number', { number: '555-123-7777' });
    expect((await listener.next()).text).toBe('109,5551237777');

    await signInAs('ADA');
    expect(await value('calls:save-operator-plan', { operatorId: ben, numberPlan: null })).toBeNull();
    const trail = (await value('audit:list', { operatorId: ben, limit: 5 })).map((e) => [e.field, e.oldValue, e.newValue]);
    expect(trail.slice(0, 2)).toEqual([['Dial plan', '{"outsideLine":"9"}', "the floor's"], ['Dial plan', "the floor's", '{"outsideLine":"9"}']]);
    await signInAs('BEN');
    await value('dial:number', { number: '555-123-7778' });
    expect((await listener.next()).text).toBe('452,5551237778');
  });

  it('refuses to dial before anyone signs in, and sends nothing', async () => {
    const reply = await invoke('dial:number', { number: '555-123-7777' });
    expect(reply).toEqual({ ok: false, error: 'Sign in first.' });
    await listener.expectNone(200);
  });
});

describe('the IPC wrapper', () => {
  const foreign: IpcEventLike[] = [
    { senderFrame: { url: 'https://evil.example/index.html' } },
    { senderFrame: { url: 'file:///tmp/other/index.html' } },
    { senderFrame: null },
  ];

  it.each(foreign)('refuses a foreign sender (%o) and changes nothing', async (event) => {
    await signInAs('ADA');
    const ben = (await services.store.operators.get((await operatorId('BEN'))));
    const save = (await saveRequest('BEN', { name: 'Mallory', note2: `UDP:/127.0.0.1:${listener.port}:999` }));
    expect(await invoke('operator:save', save, event)).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
    expect(await invoke('auth:sign-out', undefined, event)).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
    expect(await invoke('dial:number', { number: '555-123-7777' }, event)).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
    expect(await services.store.operators.get((await operatorId('BEN')))).toEqual(ben);
    expect((await services.auth.currentUser())?.code).toBe('ADA');
    await listener.expectNone(100);
  });

  it.each([
    ['operator:save', { id: null, code: 'X1', name: 'X', useSoftphone: true, note2: 'sip:', role: 'operator', active: true, extra: 1 }],
    ['operator:save', { id: null, code: 'X1', name: 'X', useSoftphone: 'yes', note2: 'sip:', role: 'operator', active: true }],
    ['operator:save', { id: null, code: 'X1', name: 'X', useSoftphone: true, note2: 'sip:', role: 'root', active: true }],
    ['dial:phone', { phoneId: '1' }],
    ['dial:phone', { phoneId: -1 }],
    ['dial:number', { number: '555-123-7777', target: '127.0.0.1:9' }],
    ['dial:number', 'not an object'],
    ['debtors:search', { query: 'a', offset: 0, limit: 100000 }],
    ['auth:sign-in', { code: 'ADA' }],
  ] as const)('refuses a malformed %s payload and changes nothing', async (channel, payload) => {
    await signInAs('ADA');
    const before = { operators: (await services.store.operators.list()), log: (await services.store.dialLog.list(100)) };
    const reply = await invoke(channel, payload);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(new RegExp(`^Refused: the request for ${channel} is malformed\\.`));
    expect({ operators: (await services.store.operators.list()), log: (await services.store.dialLog.list(100)) }).toEqual(before);
    await listener.expectNone(100);
  });

  it('refuses to save an operator whose Note 2 is invalid while the switch is on, and keeps the stored one', async () => {
    await signInAs('ADA');
    const ben = (await services.store.operators.get((await operatorId('BEN'))));
    const reply = await invoke('operator:save', (await saveRequest('BEN', { useSoftphone: true, note2: 'UDP:/127.0.0.1:70000:452' })));
    expect(reply).toEqual({ ok: false, error: 'Not saved: Note 2 is not valid. Port "70000" must be a number from 1 to 65535. Example: UDP:/192.168.2.122:1544:452' });
    expect(await services.store.operators.get((await operatorId('BEN')))).toEqual(ben);
  });

  it('refuses a forbidden scheme even if the renderer skipped its own check', async () => {
    await signInAs('ADA');
    const anna = (await services.store.operators.get((await operatorId('ANNA'))));
    const reply = await invoke('operator:save', (await saveRequest('ANNA', { note2: 'javascript:alert(1)' })));
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toContain('"javascript:" protocol');
    expect(await services.store.operators.get((await operatorId('ANNA')))).toEqual(anna);
  });

  it('searches for the text of a query holding NUL, bidi or other control characters, as if they were not there', async () => {
    await signInAs('ADA');
    const plain = await value('debtors:search', { query: 'Pat Sample', offset: 0, limit: 5 });

    const withControls = await value('debtors:search', { query: 'Pat\u0000 Sam\u202eple\u001b', offset: 0, limit: 5 });
    const workList = await value('work-list:start', { query: '\u2066Pat\tSample\u0000' });

    expect(plain.total).toBe(1);
    expect(withControls).toEqual(plain);
    expect(workList).toMatchObject({ query: 'Pat Sample' });
  });

  it('describes each operator\'s dial mode in words to an administrator', async () => {
    await signInAs('ADA');
    const state = await value('app:state', undefined);
    const modes = Object.fromEntries(state.operators.map((o) => [o.code, o.mode]));
    expect(modes).toEqual({
      ADA: 'Softphone dialing is off',
      ANNA: 'Softphone: sip:{number}@pbx.example.com',
      BEN: 'UDP → 127.0.0.1:1544, extension 452',
      CARA: 'UDP → 127.0.0.1:1544, extension 109, with authcode',
      DAN: 'Softphone dialing is off',
    });
  });
});

describe('who may do what', () => {
  it('tells a signed-out window only that it must sign in', async () => {
    const state = await value('app:state', undefined);
    expect(state).toMatchObject({ setupNeeded: false, session: null, operators: [] });
    expect(await invoke('debtors:search', { query: '', offset: 0, limit: 5 })).toEqual({ ok: false, error: 'Sign in first.' });
  });

  it('shows an operator only their own record, read-only', async () => {
    await signInAs('BEN');
    const state = await value('app:state', undefined);
    expect(state.session).toMatchObject({ code: 'BEN', role: 'operator', mode: 'UDP → 127.0.0.1:1544, extension 452' });
    expect(state.operators.map((o) => o.code)).toEqual(['BEN']);
    expect(await invoke('operator:get', { operatorId: (await operatorId('CARA')) })).toEqual({
      ok: false,
      error: 'Operators can see only their own operator settings.',
    });
    expect((await value('operator:get', { operatorId: (await operatorId('BEN')) })).note2).toBe('UDP:/127.0.0.1:1544:452');
  });

  it("refuses an operator's forced save of their own Note 2 and changes nothing", async () => {
    await signInAs('BEN');
    const before = (await services.store.operators.account((await operatorId('BEN'))));
    const reply = await invoke('operator:save', (await saveRequest('BEN', { note2: 'UDP:/127.0.0.1:9999:999' })));
    expect(reply).toEqual({ ok: false, error: 'Only an administrator can change operator settings.' });
    expect(await invoke('operator:set-password', { operatorId: (await operatorId('CARA')), password: 'x'.repeat(12), passwordAgain: 'x'.repeat(12) })).toEqual({
      ok: false,
      error: 'Only an administrator can change operator settings.',
    });
    expect(await services.store.operators.account((await operatorId('BEN')))).toEqual(before);
    expect((await services.store.audit.listForOperator((await operatorId('BEN')), 50)).filter((e) => e.field === 'note2')).toEqual([]);
  });

  it("records an administrator's change in the audit trail: who, which field, old → new", async () => {
    await signInAs('ADA');
    await value('operator:save', (await saveRequest('BEN', { note2: 'UDP:/127.0.0.1:1544:453' })));
    const [latest] = await value('audit:list', { operatorId: (await operatorId('BEN')), limit: 10 });
    expect(latest).toMatchObject({ actorName: 'Ada Admin', field: 'note2', oldValue: 'UDP:/127.0.0.1:1544:452', newValue: 'UDP:/127.0.0.1:1544:453' });
    await signInAs('BEN');
    expect(await invoke('audit:list', { operatorId: (await operatorId('BEN')), limit: 10 })).toEqual({
      ok: false,
      error: 'Only an administrator can see the audit trail.',
    });
  });

  it('refuses to demote or deactivate the last active administrator', async () => {
    await signInAs('ADA');
    for (const change of [{ role: 'operator' }, { active: false }]) {
      expect(await invoke('operator:save', (await saveRequest('ADA', change)))).toEqual({
        ok: false,
        error: 'Not saved: The last active administrator cannot be deactivated or demoted.',
      });
    }
    expect(await services.store.operators.account((await operatorId('ADA')))).toMatchObject({ role: 'admin', active: true });
  });

  it('refuses sign-in to an operator an administrator deactivated', async () => {
    await signInAs('ADA');
    await value('operator:save', (await saveRequest('CARA', { active: false })));
    await signInAs('CARA').then(
      () => expect.fail('a deactivated operator signed in'),
      (error: Error) => expect(error.message).toContain('is deactivated'),
    );
  });

  it("records a scheme allow-list change as an app-wide audit row", async () => {
    await signInAs('ADA');
    const state = await value('schemes:save', { schemes: ['sip', 'tel', 'zoiper'] });
    expect(state.allowedSchemes).toEqual(['sip', 'tel', 'zoiper']);
    const [row] = await value('audit:list', { operatorId: null, limit: 1 });
    expect(row).toMatchObject({ operatorId: null, field: 'allowedSchemes', oldValue: 'sip, sips, tel, callto', newValue: 'sip, tel, zoiper' });
    expect(await invoke('schemes:save', { schemes: ['file'] })).toMatchObject({ ok: false });
    expect(await services.store.settings.allowedSchemes()).toEqual(['sip', 'tel', 'zoiper']);
  });
});
