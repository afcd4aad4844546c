import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdpListener, type UdpListener } from '../../../e2e/support/udp-listener.ts';
import { sendDatagram } from '../../../src/main/dial/udp-dialer.ts';
import { createWriteHold } from '../../../src/main/import/write-hold.ts';
import { createDialService } from '../../../src/main/services/dial-service.ts';
import { createDuplicateGuard } from '../../../src/main/services/duplicate-guard.ts';
import type { Store } from '../../../src/main/store/store.ts';
import { fixedNow, freshStore } from '../store/temp-store.ts';

let listener: UdpListener;
let store: Store;

beforeEach(async () => {
  listener = await startUdpListener();
  store = freshStore();
});
afterEach(() => listener.close());

function ben(): number {
  const op = store.operators.list().find((o) => o.code === 'BEN');
  if (!op) throw new Error('no BEN');
  store.operators.update(op.id, { code: op.code, name: op.name, useSoftphone: true, note2: `UDP:/127.0.0.1:${listener.port}:452` });
  return op.id;
}

describe('the dial service during an import', () => {
  it('sends at once and writes the dial-log row only once the import lets go of the write lock', async () => {
    const hold = createWriteHold((error) => {
      throw error;
    });
    const service = createDialService({
      store, sendDatagram, openUri: async () => ({ ok: true, detail: '' }), guard: createDuplicateGuard(), now: fixedNow, runWrite: hold.run,
    });
    const operatorId = ben();
    hold.setHeld(true);

    const outcome = await service.dialNumber(operatorId, '555-123-7777');

    expect(outcome.status).toBe('sent');
    expect((await listener.next()).text).toBe('452,5551237777');
    expect(store.dialLog.list(10)).toEqual([]);
    hold.setHeld(false);
    expect(store.dialLog.list(10).map((e) => [e.number, e.payload, e.result])).toEqual([['555-123-7777', '452,5551237777', 'sent']]);
  });
});

describe('the dial service and numbers stored before the number rule', () => {
  it('blocks a placeholder word stored as a phone, sends nothing and logs why', async () => {
    const service = createDialService({
      store, sendDatagram, openUri: async () => ({ ok: true, detail: '' }), guard: createDuplicateGuard(), now: fixedNow,
    });
    const operatorId = ben();
    // An older import stored "unknown" as a phone; the keypad rule made it 8656696.
    const db = new DatabaseSync(store.path);
    const phoneId = Number(db.prepare('SELECT id FROM phones ORDER BY id LIMIT 1').get()?.id);
    db.prepare("UPDATE phones SET number = 'unknown', digits = '8656696' WHERE id = ?").run(phoneId);
    db.close();

    const outcome = await service.dialPhone(operatorId, phoneId);

    expect(outcome).toMatchObject({ status: 'blocked', message: 'Nothing was sent: "unknown" is not a phone number.', payload: null });
    expect(store.dialLog.list(10).map((e) => [e.number, e.result, e.reason])).toEqual([
      ['unknown', 'blocked', 'Nothing was sent: "unknown" is not a phone number.'],
    ]);
    // The next datagram on the wire is this real dial's, not the placeholder's.
    await service.dialNumber(operatorId, '555-123-7777');
    expect((await listener.next()).text).toBe('452,5551237777');
  });
});
