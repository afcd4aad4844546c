import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrityInBackground } from '../../../src/main/store/integrity-in-background.ts';
import { checkAndRepair } from '../../../src/main/store/integrity.ts';
import { editLeafBytes, pragmaText } from './corrupt-file.ts';
import { openIn, tempDir } from './temp-store.ts';

// temp-store's clock says 2025-03-04T10:20:30.456Z.
const STAMP = '2025-03-04T10-20-30Z';

/** A closed, seeded softphone.db (no -wal left) in a fresh folder. */
function seededFile(): { dir: string; path: string } {
  const dir = tempDir();
  const { store } = openIn(dir);
  store.close();
  return { dir, path: join(dir, 'softphone.db') };
}

/** One entry of the debtor-name index no longer matches its row: "Morgan Ellis" reads "Morgan Ellix" there. */
function damageNameIndex(path: string): void {
  editLeafBytes(path, 'debtors_by_name', 'Morgan Ellis', 'Morgan Ellix');
}

/** Blake Brooks's row takes Avery Anderson's file number: the table breaks its own UNIQUE rule. */
function duplicateFileNumber(path: string): void {
  editLeafBytes(path, 'debtors', '100237Blake', '100200Blake');
}

describe('the integrity check', () => {
  it('finds a damaged index that quick_check lets through', () => {
    const { path } = seededFile();
    damageNameIndex(path);
    expect(pragmaText(path, 'quick_check')).toEqual(['ok']);
    expect(pragmaText(path, 'integrity_check')).toEqual(['row 1 missing from index debtors_by_name']);
  });

  it('rebuilds the indexes when only they are damaged, says so, and keeps the data', async () => {
    const { dir, path } = seededFile();
    damageNameIndex(path);
    const notices: string[] = [];

    const outcome = await checkIntegrityInBackground(path, (notice) => notices.push(notice)).done;

    expect(outcome).toEqual({ status: 'indexes-rebuilt', indexes: ['debtors_by_name'] });
    expect(notices).toEqual([
      `The database ${path} had damaged indexes (debtors_by_name), so the indexes were rebuilt. ` +
        'It passed its integrity check again and no data was lost.',
    ]);
    expect(pragmaText(path, 'integrity_check')).toEqual(['ok']);
    const { store, notices: atStart } = openIn(dir);
    expect(atStart).toEqual([]);
    expect(store.debtors.search('Morgan', 0, 10).rows.map((row) => row.name)).toEqual(['Morgan Ellis']);
    expect(store.debtors.search('', 0, 100).total).toBe(42);
  });

  it('says nothing about a healthy database', async () => {
    const { path } = seededFile();
    const notices: string[] = [];
    expect(await checkIntegrityInBackground(path, (notice) => notices.push(notice)).done).toEqual({ status: 'ok' });
    expect(notices).toEqual([]);
  });

  it('a table that breaks its UNIQUE rule cannot be repaired: the user is told, and the next start moves it aside', async () => {
    const { dir, path } = seededFile();
    duplicateFileNumber(path);
    expect(pragmaText(path, 'quick_check')).toEqual(['ok']);
    const notices: string[] = [];

    const outcome = await checkIntegrityInBackground(path, (notice) => notices.push(notice)).done;

    const problem = 'its indexes cannot be rebuilt: UNIQUE constraint failed: debtors.file_number';
    expect(outcome).toEqual({ status: 'damaged', problem });
    expect(notices).toEqual([
      `The database ${path} failed its integrity check (${problem}) and cannot be repaired in place. Quit Softphone ` +
        `Launcher and start it again: it will move the file aside to ${path}.corrupt-<date and time> (nothing is deleted) ` +
        'and start a new database.',
    ]);

    const { store, notices: atNextStart } = openIn(dir);
    const moved = join(dir, `softphone.db.corrupt-${STAMP}`);
    expect(atNextStart).toEqual([
      `The database ${path} could not be read (the last integrity check found it damaged: ${problem}), so it was moved ` +
        `to ${moved} and a new database was started.`,
    ]);
    expect(readFileSync(`${moved}-damaged`, 'utf8')).toBe(`${problem}\n`);
    expect(existsSync(`${path}-damaged`)).toBe(false);
    expect(store.debtors.search('', 0, 100).total).toBe(42);
    expect(readdirSync(dir).filter((name) => name.startsWith('softphone.db.corrupt-')).sort()).toEqual([
      `softphone.db.corrupt-${STAMP}`,
      `softphone.db.corrupt-${STAMP}-damaged`,
    ]);
  });

  it('moves aside nothing and marks nothing when the check cannot run', () => {
    const { path } = seededFile();
    expect(checkAndRepair(join(path, 'missing', 'softphone.db'))).toEqual({ status: 'not-checked', reason: 'unable to open database file' });
    expect(existsSync(`${path}-damaged`)).toBe(false);
  });
});
