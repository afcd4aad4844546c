import { describe, expect, it } from 'vitest';
import { PG_LATEST_VERSION } from '../../../../src/main/store/postgres/pg-migration-steps.ts';
import { MIGRATIONS_TABLE } from '../../../../src/main/store/postgres/pg-migrate.ts';
import { openPostgresStore } from '../../../../src/main/store/postgres/pg-store.ts';
import { adminQuery, createTestDatabase } from '../../../support/postgres-database.ts';
import { openPg } from './pg-test-store.ts';

describe('floor database migrations', () => {
  it('migrates once when two desks start together: the other waits on the advisory lock and finds nothing to do', async () => {
    const url = await createTestDatabase();
    const [a, b] = await Promise.all([openPg(url), openPg(url)]);
    const rows = await adminQuery(`SELECT version FROM ${MIGRATIONS_TABLE} ORDER BY version`, [], url);
    expect(rows.rows).toEqual(Array.from({ length: PG_LATEST_VERSION }, (_, i) => ({ version: i + 1 })));
    expect([a.migration.applied.length, b.migration.applied.length].sort()).toEqual([0, PG_LATEST_VERSION]);
    await a.operators.create({ code: 'EVE', name: 'Eve', useSoftphone: false, note2: '' });
    expect((await b.operators.list()).map((o) => o.code)).toEqual(['EVE']);
  });

  it('opens an up-to-date database without changing it', async () => {
    const url = await createTestDatabase();
    await (await openPg(url)).close();
    const again = await openPg(url);
    expect(again.migration).toEqual({ from: PG_LATEST_VERSION, to: PG_LATEST_VERSION, applied: [] });
  });

  it('refuses a database set up by a newer version of the app, saying so', async () => {
    const url = await createTestDatabase();
    await (await openPg(url)).close();
    await adminQuery(`INSERT INTO ${MIGRATIONS_TABLE} (version, description) VALUES ($1, 'from the future')`, [PG_LATEST_VERSION + 1], url);
    await expect(openPostgresStore({ url })).rejects.toThrow(
      `was set up by a newer version of Softphone Launcher (schema version ${PG_LATEST_VERSION + 1}; this version knows up to ${PG_LATEST_VERSION}). Update the app on this desk to use it.`,
    );
  });

  it("refuses a database holding someone else's tables rather than adding its own among them", async () => {
    const url = await createTestDatabase();
    await adminQuery('CREATE TABLE invoices (id int)', [], url);
    await expect(openPostgresStore({ url })).rejects.toThrow('is not a Softphone database: it holds other tables (invoices) and no Softphone schema.');
    const tables = await adminQuery(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`, [], url);
    expect(tables.rows[0]).toEqual({ n: 1 });
  });
});
