import { describe, expect, it } from 'vitest';
import { MADE_UP_DEBTORS, SEED_OPERATORS, SPEC_DEBTORS } from '../../../../src/main/store/seed.ts';
import { freshStore } from '../temp-store.ts';
import { freshPgStore } from './pg-test-store.ts';

describe('the PostgreSQL store', () => {
  it('starts with the same sample data as the SQLite store, in the same order and types', async () => {
    const store = await freshPgStore();
    const operators = await store.operators.list();
    expect(operators.map((o) => o.code)).toEqual(['ANNA', 'BEN', 'CARA', 'DAN']);
    expect(operators[2]).toEqual({ id: 3, code: 'CARA', name: 'Cara Authcode', useSoftphone: true, note2: SEED_OPERATORS[2]?.note2 });
    const page = await store.debtors.search('', 0, 500);
    expect(page.total).toBe(SPEC_DEBTORS.length + MADE_UP_DEBTORS.length);
    expect(page.rows[0]?.name).toBe('Annika Lindqvist');
  });

  it('finds what the SQLite store finds: word prefixes, substrings, accents, file numbers, clients, phone digits', async () => {
    const store = await freshPgStore();
    const sqlite = freshStore();
    const queries = [
      'a', 'an', 'AN', 'mit', 'smi', 'jose', 'JOSÉ', 'zoe', "o'b", 'sean o', 'anna smi', '4585', '1234', '1002', '12',
      '716-698', '(212) 555', '555-0101', 'comtech', 'north', 'Summit', '24', 'x', 'zz', '%', '_', 'ö', '  an  ',
    ];
    for (const query of queries) {
      for (const [offset, limit] of [[0, 100], [0, 3], [2, 5]] as const) {
        const expected = await sqlite.debtors.search(query, offset, limit);
        expect(await store.debtors.search(query, offset, limit), `${query} ${offset}/${limit}`).toEqual(expected);
      }
    }
    expect((await store.debtors.search('jose', 0, 10)).rows.map((r) => r.name)).toEqual(['José Muñoz']);
  });

  it('logs a dial once per key and keeps the numbers and times the SQLite store returns', async () => {
    const store = await freshPgStore();
    const entry = {
      key: 'k-1', at: '2025-03-04T10:20:30.456Z', operatorId: 3, operatorName: 'Cara Authcode', number: '716-698-3877',
      method: 'udp' as const, target: '127.0.0.1:1544', payload: '109,7166983877,authcode', result: 'sent' as const, reason: null,
    };
    const first = await store.dialLog.append(entry);
    const again = await store.dialLog.append(entry);
    expect(again).toEqual(first);
    expect(first.id).toBe(1);
    expect(await store.dialLog.list(10)).toEqual([first]);
  });

  it('runs a transaction on one connection: a failure keeps none of its writes', async () => {
    const store = await freshPgStore();
    await expect(
      store.transaction(async (tx) => {
        await tx.operators.create({ code: 'EVE', name: 'Eve', useSoftphone: false, note2: '' });
        await tx.operators.create({ code: 'eve', name: 'Eve again', useSoftphone: false, note2: '' });
      }),
    ).rejects.toThrow('The operator code "eve" is already used by Eve (EVE). Choose another code.');
    expect(await store.operators.credentials('EVE')).toBeNull();
  });
});
