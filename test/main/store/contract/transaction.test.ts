import { describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.ts';

const eve = { code: 'EVE', name: 'Eve Evans', useSoftphone: false, note2: '' };

describe.each(BACKENDS)('store.transaction ($name)', (backend) => {
  it('stores every write made through tx, or none when the work fails', async () => {
    const store = await backend.fresh({ seed: false });
    await store.transaction(async (tx) => {
      await tx.operators.create(eve);
    });
    await expect(
      store.transaction(async (tx) => {
        await tx.operators.create({ ...eve, code: 'FAY', name: 'Fay Fox' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect((await store.operators.list()).map((o) => o.code)).toEqual(['EVE']);
  });

  it('keeps two transactions that run at once apart: neither sees, nor undoes, the other', async () => {
    const store = await backend.fresh({ seed: false });
    let releaseFirst: () => void = () => {};
    const firstMayEnd = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const first = store.transaction(async (tx) => {
      await tx.operators.create(eve);
      await firstMayEnd;
      throw new Error('the first one fails');
    });
    const second = store.transaction(async (tx) => {
      const seen = (await tx.operators.list()).map((o) => o.code);
      await tx.operators.create({ ...eve, code: 'FAY', name: 'Fay Fox' });
      return seen;
    });
    releaseFirst();
    await expect(first).rejects.toThrow('the first one fails');
    expect(await second).toEqual([]);
    expect((await store.operators.list()).map((o) => o.code)).toEqual(['FAY']);
  });

  it('keeps a plain call made meanwhile out of the transaction: a rollback does not take its write', async () => {
    const store = await backend.fresh({ seed: false });
    let releaseTx: () => void = () => {};
    const txMayEnd = new Promise<void>((resolve) => {
      releaseTx = resolve;
    });
    const failing = store.transaction(async (tx) => {
      await tx.operators.create(eve);
      await txMayEnd;
      throw new Error('rolled back');
    });
    const outside = store.operators.create({ ...eve, code: 'GUS', name: 'Gus Grey' });
    releaseTx();
    await expect(failing).rejects.toThrow('rolled back');
    await outside;
    expect((await store.operators.list()).map((o) => o.code)).toEqual(['GUS']);
  });

  it('loads the sample data as part of the transaction through tx', async () => {
    const store = await backend.fresh({ seed: false });
    await expect(
      store.transaction(async (tx) => {
        expect(await tx.loadSampleData()).toEqual({ operators: 4, clients: 5, debtors: 42 });
        throw new Error('setup failed after the sample data');
      }),
    ).rejects.toThrow('setup failed after the sample data');
    expect(await store.operators.list()).toEqual([]);
    expect((await store.debtors.search('', 0, 1)).total).toBe(0);
  });
});

describe.each(BACKENDS)('sign-in lockout counts ($name)', (backend) => {
  it('are kept across a restart, and cleared', async () => {
    const store = await backend.fresh({ seed: false });
    await store.lockouts.put('ben', { failures: 5, lockedUntil: 1_700_000_030_000 });
    await store.lockouts.put('anna', { failures: 1, lockedUntil: null });
    const restarted = await backend.reopen(store);
    expect(await restarted.lockouts.get('ben')).toEqual({ failures: 5, lockedUntil: 1_700_000_030_000 });
    await restarted.lockouts.clear('ben');
    expect(await restarted.lockouts.get('ben')).toBeNull();
    expect(await restarted.lockouts.get('anna')).toEqual({ failures: 1, lockedUntil: null });
  });

  it('prune drops only entries without a running lock', async () => {
    const store = await backend.fresh({ seed: false });
    await store.lockouts.put('locked', { failures: 5, lockedUntil: 2000 });
    await store.lockouts.put('counting', { failures: 2, lockedUntil: null });
    await store.lockouts.put('expired', { failures: 5, lockedUntil: 500 });
    await store.lockouts.prune(1, 1000);
    expect(await store.lockouts.get('locked')).toEqual({ failures: 5, lockedUntil: 2000 });
    expect(await store.lockouts.get('counting')).toBeNull();
    expect(await store.lockouts.get('expired')).toBeNull();
  });
});
