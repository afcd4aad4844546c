import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStore, type OpenedStore } from '../../../src/main/store/open-store.ts';
import type { Store } from '../../../src/main/store/contract.ts';

export const FIXED_NOW = new Date('2025-03-04T10:20:30.456Z');
export const fixedNow = (): Date => FIXED_NOW;

const dirs: string[] = [];
const stores: Store[] = [];

/** A fresh, empty folder that is removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'softphone-store-'));
  dirs.push(dir);
  return dir;
}

/** openStore on `dir`; the store is closed after the test. */
export function openIn(dir: string, options: { seed?: boolean } = {}): OpenedStore {
  const opened = openStore(dir, { now: fixedNow, ...options });
  stores.push(opened.store);
  return opened;
}

/** A real softphone.db in a fresh folder, seeded unless asked otherwise. */
export function freshStore(options: { seed?: boolean } = {}): Store {
  return openIn(tempDir(), options).store;
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
