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
