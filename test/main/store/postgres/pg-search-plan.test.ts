import { describe, expect, it } from 'vitest';
import { pgSearchStatement } from '../../../../src/main/store/postgres/pg-debtors-repo.ts';
import { importDebtorsFile } from '../../../../src/main/import/import-debtors.ts';
import { csvFile, emptyDatabase, manyRows } from '../../import/import-fixtures.ts';
import { csvIn, freshPgStore } from './pg-test-store.ts';

const SYLLABLES = ['ka', 'lo', 'mer', 'den', 'vi', 'ros', 'tal', 'bu', 'nes', 'gor', 'pe', 'lin', 'dra', 'fo', 'hul', 'ze'];

/** `manyRows` with made-up names of many spellings (one debtor in 256 is a Smith), as a real file has. */
function variedRows(count: number): string {
  const syllable = (i: number): string => SYLLABLES[i % SYLLABLES.length] ?? '';
  // 100 clients, as a floor serves many.
  const spread = manyRows(count).replace(/^(\d+),77,Acme Collections,/gm, (_, file: string) => `${file},${Number(file) % 100},Client ${Number(file) % 100},`);
  return spread.replace(/Debtor (\d+)/g, (_, n: string) => {
    const i = Number(n);
    const last = i % 256 === 0 ? 'Smith' : `${syllable(i)}${syllable(i >> 4)}${syllable(i >> 8)}`;
    const first = `${syllable(i >> 2)}${syllable(i >> 6)}`;
    return `${first[0]?.toUpperCase() ?? ''}${first.slice(1)} ${last[0]?.toUpperCase() ?? ''}${last.slice(1)}`;
  });
}

describe('debtor search on PostgreSQL', () => {
  it('is served by indexes at 20,000 debtors: EXPLAIN shows no sequential scan of debtors or phones', async () => {
    const store = await freshPgStore({ seed: false });
    expect(await store.importDebtors(csvIn(variedRows(20_000)))).toMatchObject({ status: 'imported', inserted: 20_000 });
    await store.pool.query('VACUUM ANALYZE');
    for (const query of ['smi', 'kalo smi', 'zeze', 'ros', '1000', '555-01', 'acme', '7']) {
      const statement = pgSearchStatement(query, 0, 50);
      const plan = (await store.pool.query(`EXPLAIN ${statement.text}`, statement.values)).rows.map((row) => String(row['QUERY PLAN']));
      const text = plan.join('\n');
      console.log(`EXPLAIN search "${query}":\n${text}\n`);
      expect(text, query).not.toMatch(/Seq Scan on (debtors|phones)/);
      expect(text, query).toMatch(/Index|Bitmap/);
    }
    const smiths = await store.debtors.search('smi', 0, 500);
    expect(smiths.total).toBe(Math.ceil(20_000 / 256));
    expect(new Set(smiths.rows.map((r) => r.name.split(' ')[1]))).toEqual(new Set(['Smith']));
  });

  it('pages a broad query by the name index and a narrow one by sorting its matches, finding what SQLite finds either way', async () => {
    const csv = variedRows(20_000);
    const store = await freshPgStore({ seed: false });
    expect(await store.importDebtors(csvIn(csv))).toMatchObject({ status: 'imported', inserted: 20_000 });
    const sqlite = emptyDatabase();
    expect(await importDebtorsFile(sqlite.dbPath, csvFile(sqlite.dir, csv))).toMatchObject({ status: 'imported', inserted: 20_000 });
    // The import analyzed its rows, so the choice holds from the first search, before any autovacuum.
    // true: a fifth of the debtors or more match ('1': file numbers 1xxx and 1xxxx; '555': every phone).
    const walks = { '1': true, '555': true, zeze: false, 'kalo smi': false, '1999': false };
    for (const [query, walk] of Object.entries(walks)) {
      const statement = pgSearchStatement(query, 0, 100);
      const plan = (await store.pool.query(`EXPLAIN (ANALYZE, COSTS OFF) ${statement.text}`, statement.values)).rows.map((row) => String(row['QUERY PLAN']));
      // The way that ran is the one whose rows are not "never executed".
      const ran = plan.filter((line) => !line.includes('never executed')).join('\n');
      expect(ran.includes('Index Scan using debtors_by_name'), query).toBe(walk);
      for (const offset of [0, 150]) {
        expect(await store.debtors.search(query, offset, 100), `${query} from ${offset}`).toEqual(await sqlite.store.debtors.search(query, offset, 100));
      }
    }
  });
});
