import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdpListener, type UdpListener } from '../../../e2e/support/udp-listener.ts';
import { sendDatagram } from '../../../src/main/dial/udp-dialer.ts';
import { openDialLogOutbox } from '../../../src/main/dial/dial-log-outbox.ts';
import { createDialService } from '../../../src/main/dial/dial-service.ts';
import { createDuplicateGuard } from '../../../src/main/dial/duplicate-guard.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { fixedNow, openIn, tempDir } from '../store/temp-store.ts';

let listener: UdpListener;
let store: Store;
let dir: string;

beforeEach(async () => {
  listener = await startUdpListener();
  dir = tempDir();
  store = openIn(dir).store;
});
afterEach(() => listener.close());

async function ben(): Promise<number> {
  const op = (await store.operators.list()).find((o) => o.code === 'BEN');
  if (!op) throw new Error('no BEN');
  await store.operators.update(op.id, { code: op.code, name: op.name, useSoftphone: true, note2: `UDP:/127.0.0.1:${listener.port}:452` });
  return op.id;
}

describe('the dial service during an import', () => {
  it('sends at once and writes the dial-log row only once the import lets go of the write lock', async () => {
    const outbox = await openDialLogOutbox({ folder: dir, append: (entry) => store.dialLog.append(entry) });
    const service = createDialService({
      store, sendDatagram, openUri: async () => ({ ok: true, detail: '' }), guard: createDuplicateGuard(), now: fixedNow, logDial: outbox.record,
    });
    const operatorId = await ben();
    outbox.hold(true);

    const outcome = await service.dialNumber(operatorId, '555-123-7777');

    expect(outcome.status).toBe('sent');
    expect((await listener.next()).text).toBe('452,5551237777');
    expect(await store.dialLog.list(10)).toEqual([]);
    expect(outbox.waiting).toBe(1);
    outbox.hold(false);
    await outbox.flush();
    expect(outbox.waiting).toBe(0);
    expect((await store.dialLog.list(10)).map((e) => [e.number, e.payload, e.result])).toEqual([['555-123-7777', '452,5551237777', 'sent']]);
    await outbox.close();
  });
});

describe('the dial service and numbers stored before the number rule', () => {
  it('blocks a placeholder word stored as a phone, sends nothing and logs why', async () => {
    const service = createDialService({
      store, sendDatagram, openUri: async () => ({ ok: true, detail: '' }), guard: createDuplicateGuard(), now: fixedNow,
      logDial: async (entry) => {
        await store.dialLog.append(entry);
      },
    });
    const operatorId = await ben();
    // An older import stored "unknown" as a phone; the keypad rule made it 8656696.
    const db = new DatabaseSync(store.location);
    const phoneId = Number(db.prepare('SELECT id FROM phones ORDER BY id LIMIT 1').get()?.id);
    db.prepare("UPDATE phones SET number = 'unknown', digits = '8656696' WHERE id = ?").run(phoneId);
    db.close();

    const outcome = await service.dialPhone(operatorId, phoneId);

    expect(outcome).toMatchObject({ status: 'blocked', message: 'Nothing was sent: "unknown" is not a phone number.', payload: null });
    expect((await store.dialLog.list(10)).map((e) => [e.number, e.result, e.reason])).toEqual([
      ['unknown', 'blocked', 'Nothing was sent: "unknown" is not a phone number.'],
    ]);
    // The next datagram on the wire is this real dial's, not the placeholder's.
    await service.dialNumber(operatorId, '555-123-7777');
    expect((await listener.next()).text).toBe('452,5551237777');
  });
});

describe('the dial service and a broadcast address of this computer\'s network', () => {
  it('blocks a Note 2 aimed at the loopback network\'s broadcast 127.255.255.255, sends nothing and logs why', async () => {
    const service = createDialService({
      store, sendDatagram, openUri: async () => ({ ok: true, detail: '' }), guard: createDuplicateGuard(), now: fixedNow,
      logDial: async (entry) => {
        await store.dialLog.append(entry);
      },
    });
    const operatorId = await ben();
    const op = await store.operators.get(operatorId);
    if (op === null) throw new Error('no BEN');
    // Note 2 cannot know which networks a desk is on; the dialer checks this computer's interfaces (lo is 127.0.0.0/8).
    await store.operators.update(operatorId, { code: op.code, name: op.name, useSoftphone: true, note2: 'UDP:/127.255.255.255:1544:452' });

    const outcome = await service.dialNumber(operatorId, '555-123-7777');

    expect(outcome.status).toBe('blocked');
    expect(outcome.message).toMatch(
      /^Nothing was sent: 127\.255\.255\.255 is the broadcast address of 127\.0\.0\.0\/8, a network this computer is on \(.+\): a dial must go to one dialer\.$/,
    );
    expect((await store.dialLog.list(10)).map((e) => [e.result, e.payload, e.reason])).toEqual([['blocked', '452,5551237777', outcome.message]]);
  });
});
