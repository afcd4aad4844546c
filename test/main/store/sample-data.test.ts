import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { MADE_UP_DEBTORS, SPEC_DEBTORS } from '../../../src/main/store/seed.ts';
import { freshStore, openIn, tempDir } from './temp-store.ts';

describe('loading the sample data later', () => {
  it('fills a database opened without it, like a first run used to', async () => {
    const store = freshStore({ seed: false });
    expect(await store.loadSampleData()).toEqual({ operators: 4, clients: 5, debtors: 42 });
    expect((await store.operators.list()).map((o) => o.code)).toEqual(['ANNA', 'BEN', 'CARA', 'DAN']);
    expect((await store.debtors.search('', 0, 1)).total).toBe(42);
    expect((await store.debtors.search('4585', 0, 10)).rows[0]?.phones).toEqual([{ id: 1, label: 'Home', number: '716-698-3877' }]);
  });

  it('adds nothing twice', async () => {
    const store = freshStore();
    expect(await store.loadSampleData()).toEqual({ operators: 0, clients: 0, debtors: 0 });
    expect(await store.operators.list()).toHaveLength(4);
    expect((await store.debtors.search('', 0, 1)).total).toBe(42);
  });

  it('leaves out a sample operator whose code is taken, and the real operator keeps its settings', async () => {
    const store = freshStore({ seed: false });
    await store.operators.create({ code: 'anna', name: 'Anna Admin', useSoftphone: false, note2: '' });
    expect(await store.loadSampleData()).toMatchObject({ operators: 3 });
    expect((await store.operators.list()).map((o) => `${o.code} ${o.name}`)).toEqual([
      'anna Anna Admin', 'BEN Ben UDP', 'CARA Cara Authcode', 'DAN Dan Desk',
    ]);
  });

  it('never adds sample debtors to a real client that has a sample number', async () => {
    const dir = tempDir();
    openIn(dir, { seed: false }).store.close();
    const db = new DatabaseSync(join(dir, 'softphone.db'));
    db.exec(`
      INSERT INTO clients (number, name) VALUES ('24', 'Real Client 24');
      INSERT INTO debtors (client_id, file_number, name) VALUES (1, 'R-1', 'Rita Real');
    `);
    db.close();
    const store = openIn(dir).store;

    const sampleOf24 = [...SPEC_DEBTORS, ...MADE_UP_DEBTORS].filter((d) => d.clientNumber === '24').length;
    expect(sampleOf24).toBe(9);
    expect(await store.loadSampleData()).toEqual({ operators: 4, clients: 4, debtors: 42 - 9 });
    expect((await store.debtors.search('Real Client 24', 0, 50)).rows.map((d) => d.name)).toEqual(['Rita Real']);
    expect((await store.debtors.search('4585', 0, 10)).total).toBe(0);
    expect((await store.debtors.search('12345678', 0, 10)).total).toBe(1);
  });

  it('adds nothing when part of it fails', async () => {
    const store = freshStore({ seed: false });
    const attempt = store.transaction(async (tx) => {
      await tx.loadSampleData();
      throw new Error('setup failed after the sample data');
    });
    await expect(attempt).rejects.toThrow('setup failed after the sample data');
    expect(await store.operators.list()).toEqual([]);
    expect((await store.debtors.search('', 0, 1)).total).toBe(0);
  });
});
