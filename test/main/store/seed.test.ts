import { describe, expect, it } from 'vitest';
import { MADE_UP_DEBTORS } from '../../../src/main/store/seed.ts';
import { freshStore } from './temp-store.ts';

describe('seed', () => {
  it('adds the four operators of the spec, exactly (ANNA with a SIP template rather than a bare prefix)', async () => {
    expect(await freshStore().operators.list()).toEqual([
      { id: 1, code: 'ANNA', name: 'Anna Softphone', useSoftphone: true, note2: 'sip:{number}@pbx.example.com' },
      { id: 2, code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:452' },
      { id: 3, code: 'CARA', name: 'Cara Authcode', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:109#authcode' },
      { id: 4, code: 'DAN', name: 'Dan Desk', useSoftphone: false, note2: '' },
    ]);
  });

  it("adds the help page's two debtors with their clients and phones, exactly", async () => {
    const store = freshStore();
    expect((await store.debtors.search('4585', 0, 10)).rows).toEqual([
      {
        id: 1, fileNumber: '4585', name: 'Morgan Ellis', clientNumber: '24', clientName: 'Northwind Recovery',
        phones: [{ id: 1, label: 'Home', number: '716-698-3877' }],
      },
    ]);
    expect((await store.debtors.search('12345678', 0, 10)).rows).toEqual([
      {
        id: 2, fileNumber: '12345678', name: 'Pat Sample', clientNumber: '1234', clientName: 'Comtech Sample Client',
        phones: [{ id: 2, label: 'Mobile', number: '555-123-7777' }],
      },
    ]);
    expect(await store.debtors.phoneContext(1)).toEqual({
      phoneId: 1, label: 'Home', number: '716-698-3877', debtorId: 1, debtorName: 'Morgan Ellis',
      fileNumber: '4585', clientNumber: '24',
    });
    expect(await store.debtors.phoneContext(2)).toEqual({
      phoneId: 2, label: 'Mobile', number: '555-123-7777', debtorId: 2, debtorName: 'Pat Sample',
      fileNumber: '12345678', clientNumber: '1234',
    });
  });

  it('adds 40 made-up debtors with 1 to 3 fictional 555-01xx phones each', async () => {
    const { rows, total } = await freshStore().debtors.search('', 0, 500);
    expect(total).toBe(42);
    const madeUp = rows.filter((row) => row.fileNumber !== '4585' && row.fileNumber !== '12345678');
    expect(madeUp).toHaveLength(40);
    for (const debtor of madeUp) {
      expect(debtor.phones.length).toBeGreaterThanOrEqual(1);
      expect(debtor.phones.length).toBeLessThanOrEqual(3);
      for (const phone of debtor.phones) expect(phone.number.replace(/\D/g, '')).toMatch(/^\d{3}55501\d\d$/);
    }
    expect(new Set(madeUp.map((d) => d.clientNumber))).toEqual(new Set(['24', '1234', '310', '5150', '88']));
  });

  it('is the same on every run', async () => {
    const names = async (): Promise<string[]> => (await freshStore().debtors.search('', 0, 500)).rows.map((d) => `${d.fileNumber} ${d.name}`);
    expect(await names()).toEqual(await names());
    expect(MADE_UP_DEBTORS[0]).toEqual({
      clientNumber: '24', fileNumber: '100200', name: 'Avery Anderson', phones: [{ label: 'Home', number: '(212) 555-0100' }],
      address: { timezone: 'America/New_York' },
    });
  });

  it('is skipped when seeding is turned off', async () => {
    const store = freshStore({ seed: false });
    expect(await store.operators.list()).toEqual([]);
    expect(await store.debtors.search('', 0, 10)).toEqual({ rows: [], total: 0 });
  });
});
