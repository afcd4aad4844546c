import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditActor } from '../../../src/main/operators/operator-audit.ts';
import { ABANDONED_UPLOAD_MS, createImportService, type ImportServiceDeps } from '../../../src/main/import/import-service.ts';
import { UserError } from '../../../src/main/errors.ts';
import { emptyDatabase, HEADER } from './import-fixtures.ts';

const ADA: AuditActor = { operatorId: 1, name: 'Ada Admin' };
const CSV = `${HEADER}\n500,77,Acme Collections,Dee Debtor,212-555-0100,,\n`;
const base64 = (text: string): string => Buffer.from(text).toString('base64');

function setUp(overrides: Partial<ImportServiceDeps> = {}) {
  const { dir, store } = emptyDatabase();
  const folder = join(dir, 'imports');
  const locks: boolean[] = [];
  const imported: string[] = [];
  let now = 0;
  const service = createImportService({
    importDebtors: store.importDebtors,
    folder,
    onWriteLock: (held) => locks.push(held),
    onImported: async (fileName, summary, by) => imported.push(`${by.name}: ${fileName} ${summary.inserted} new`),
    clock: () => now,
    ...overrides,
  });
  return { service, folder, store, locks, imported, advance: (ms: number) => (now += ms) };
}

describe('createImportService', () => {
  it('deletes uploads an earlier run left behind', () => {
    const { dir, store } = emptyDatabase();
    const folder = join(dir, 'imports');
    mkdirSync(folder);
    writeFileSync(join(folder, 'left-over.csv'), 'half a file');
    createImportService({ importDebtors: store.importDebtors, folder, onWriteLock: () => {}, onImported: async () => {} });
    expect(existsSync(folder)).toBe(false);
  });

  it('imports an uploaded file, holding the app back while it writes, and tells who imported what', async () => {
    const { service, store, locks, imported } = setUp();
    const { importId } = service.begin('debtors.csv', Buffer.byteLength(CSV), ADA);
    service.chunk(importId, 0, base64(CSV));
    expect(service.start(importId)).toMatchObject({ state: 'running', progress: null });
    await service.idle();
    expect(service.status(importId)).toMatchObject({ state: 'finished', outcome: { status: 'imported', inserted: 1 } });
    expect(locks).toEqual([true, false]);
    expect(imported).toEqual(['Ada Admin: debtors.csv 1 new']);
    expect((await store.debtors.search('Dee Debtor', 0, 5)).total).toBe(1);
  });

  it('keeps only the name of a file given with a path', () => {
    const { service } = setUp();
    expect(service.begin('C:\\Users\\ada\\Desktop\\debtors.csv', 1, ADA).fileName).toBe('debtors.csv');
  });

  it('drops an upload nobody has fed for a minute, so a reloaded window can import again', () => {
    const { service, folder, advance } = setUp();
    const first = service.begin('first.csv', 100, ADA);
    advance(ABANDONED_UPLOAD_MS - 1);
    expect(() => service.begin('second.csv', 100, ADA)).toThrow(UserError);
    advance(1);
    const second = service.begin('second.csv', 100, ADA);
    expect(service.status(second.importId)).toMatchObject({ state: 'uploading', fileName: 'second.csv' });
    expect(() => service.status(first.importId)).toThrow('That import is over');
    expect(readdirSync(folder)).toEqual([`${second.importId}.csv`]);
  });

  it('does not call a file abandoned while its chunks keep coming', () => {
    const { service, advance } = setUp();
    const { importId } = service.begin('slow.csv', 100, ADA);
    for (let index = 0; index < 3; index += 1) {
      advance(ABANDONED_UPLOAD_MS - 1);
      service.chunk(importId, index, base64('a'));
    }
    expect(() => service.begin('second.csv', 100, ADA)).toThrow('the import of slow.csv is still under way');
  });

  it('uses its own size limit when given one', () => {
    const { service } = setUp({ maxBytes: 1024 * 1024 });
    expect(() => service.begin('two.csv', 2 * 1024 * 1024, ADA)).toThrow('two.csv is 2.0 MB: the app imports files of up to 1.0 MB.');
    expect(service.begin('one.csv', 1024 * 1024, ADA).state).toBe('uploading');
  });

  it('deletes the upload when it closes', () => {
    const { service, folder } = setUp();
    service.begin('debtors.csv', 100, ADA);
    expect(readdirSync(folder)).toHaveLength(1);
    service.close();
    expect(readdirSync(folder)).toEqual([]);
  });
});
