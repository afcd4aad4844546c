import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkListFile, WORK_LIST_FILE } from '../../../src/main/work-list/work-list-file.ts';
import { createWorkListService, NO_WORK_LIST } from '../../../src/main/work-list/work-list-service.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { freshStore, tempDir } from '../store/temp-store.ts';

const CARA = 3;
const BEN = 2;

function service(store: Store, folder: string, notices: string[] = []) {
  return createWorkListService({
    file: openWorkListFile(folder, (notice) => notices.push(notice)),
    search: (query, offset, limit) => store.debtors.search(query, offset, limit),
  });
}

describe('the work list', () => {
  it('walks a search result one debtor at a time and says when it is done', async () => {
    const store = freshStore();
    const lists = service(store, tempDir());
    const all = await store.debtors.search('ellis', 0, 50);
    expect(all.total).toBeGreaterThan(0);

    const first = await lists.start(CARA, 'ellis');
    expect(first).toEqual({ query: 'ellis', index: 0, total: all.total, debtor: all.rows[0] });
    const second = await lists.moveTo(CARA, 1);
    expect(second.debtor).toEqual(all.total > 1 ? all.rows[1] : null);
    const done = await lists.moveTo(CARA, all.total + 5);
    expect(done).toEqual({ query: 'ellis', index: all.total, total: all.total, debtor: null });
  });

  it('resumes where each operator stopped after a restart, and forgets a stopped list', async () => {
    const store = freshStore();
    const folder = tempDir();
    const before = service(store, folder);
    await before.start(CARA, '');
    await before.moveTo(CARA, 7);
    await before.start(BEN, 'morgan');

    const after = service(store, folder);
    const everyone = await store.debtors.search('', 7, 1);
    expect(await after.current(CARA)).toMatchObject({ query: '', index: 7, debtor: everyone.rows[0] });
    expect(await after.current(BEN)).toMatchObject({ query: 'morgan', index: 0 });
    expect(JSON.parse(readFileSync(join(folder, WORK_LIST_FILE), 'utf8'))).toEqual({
      version: 1,
      lists: { [CARA]: { query: '', index: 7 }, [BEN]: { query: 'morgan', index: 0 } },
    });

    await after.stop(CARA);
    expect(await service(store, folder).current(CARA)).toBeNull();
    await expect(after.moveTo(CARA, 1)).rejects.toThrow(NO_WORK_LIST);
    expect(await after.current(BEN)).toMatchObject({ query: 'morgan' });
  });

  it('moves an unreadable positions file aside, says so, and starts afresh', async () => {
    const store = freshStore();
    const folder = tempDir();
    writeFileSync(join(folder, WORK_LIST_FILE), '{"version":1,"lists":{"3":{"query":"x","index":-1}}}');
    const notices: string[] = [];
    const lists = service(store, folder, notices);

    expect(await lists.current(CARA)).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^The work-list positions in .*work-list\.json could not be read \(it is not a list of work-list positions\); they were moved to .*work-list\.json\.unreadable-\d+ and every work list starts again\.$/);
    expect(readdirSync(folder).filter((name) => name.startsWith(`${WORK_LIST_FILE}.unreadable-`))).toHaveLength(1);
    expect((await lists.start(CARA, '')).index).toBe(0);
  });

  it('keeps a position inside a result that has shrunk since it was saved', async () => {
    const store = freshStore();
    const folder = tempDir();
    writeFileSync(join(folder, WORK_LIST_FILE), JSON.stringify({ version: 1, lists: { [CARA]: { query: 'morgan ellis', index: 40 } } }));
    const view = await service(store, folder).current(CARA);
    const total = (await store.debtors.search('morgan ellis', 0, 1)).total;
    expect(view).toEqual({ query: 'morgan ellis', index: total, total, debtor: null });
  });
});
