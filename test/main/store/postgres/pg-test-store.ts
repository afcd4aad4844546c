import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { openPostgresStore, type PgStore, type PgStoreOptions } from '../../../../src/main/store/postgres/pg-store.ts';
import { createTestDatabase } from '../../../support/postgres-database.ts';

export const FIXED_NOW = new Date('2025-03-04T10:20:30.456Z');
export const fixedNow = (): Date => FIXED_NOW;

const stores: PgStore[] = [];
const dirs: string[] = [];

/** openPostgresStore on `url`; closed after the test. */
export async function openPg(url: string, options: PgStoreOptions = {}): Promise<PgStore> {
  const store = await openPostgresStore({ url }, { now: fixedNow, ...options });
  stores.push(store);
  return store;
}

/** A store on a database of its own (seeded unless asked otherwise), closed after the test. */
export async function freshPgStore(options: PgStoreOptions = {}): Promise<PgStore> {
  return openPg(await createTestDatabase(), { seed: true, ...options });
}

export function csvIn(text: string, name = 'debtors.csv'): string {
  const dir = mkdtempSync(join(tmpdir(), 'softphone-pg-csv-'));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
