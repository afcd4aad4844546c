import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, userVersion } from '../../../src/main/store/migrations.ts';
import { openIn, tempDir } from './temp-store.ts';

// temp-store's clock says 2025-03-04T10:20:30.456Z.
const STAMP = '2025-03-04T10-20-30Z';
const GARBAGE = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 31 + 7) % 256));

function checkFreshDatabase(dir: string): void {
  const db = new DatabaseSync(join(dir, 'softphone.db'));
  expect(userVersion(db)).toBe(LATEST_VERSION);
  db.close();
}

describe('openStore', () => {
  it('creates softphone.db in the folder, in WAL mode with foreign keys on', async () => {
    const dir = join(tempDir(), 'not', 'yet', 'there');
    const { store, notices } = openIn(dir);
    expect(store.location).toBe(join(dir, 'softphone.db'));
    expect(notices).toEqual([]);
    expect(existsSync(store.location)).toBe(true);
    await store.close();
    const db = new DatabaseSync(store.location);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
  });

  it('treats an empty file as a new database', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'softphone.db'), '');
    const { store, notices } = openIn(dir);
    expect(notices).toEqual([]);
    expect(await store.operators.list()).toHaveLength(4);
  });

  it('moves a file that is not a database aside, intact, and starts a new one', async () => {
    const dir = tempDir();
    const path = join(dir, 'softphone.db');
    writeFileSync(path, GARBAGE);
    writeFileSync(`${path}-wal`, 'old wal');
    writeFileSync(`${path}-shm`, 'old shm');

    const { store, notices } = openIn(dir);

    const moved = join(dir, `softphone.db.corrupt-${STAMP}`);
    expect(notices).toEqual([
      `The database ${path} could not be read (it is not a SQLite database file), so it was moved to ${moved} ` +
        'and a new database was started.',
    ]);
    expect(readFileSync(moved).equals(GARBAGE)).toBe(true);
    expect(readFileSync(`${moved}-wal`, 'utf8')).toBe('old wal');
    expect(readFileSync(`${moved}-shm`, 'utf8')).toBe('old shm');
    expect((await store.operators.list()).map((o) => o.code)).toEqual(['ANNA', 'BEN', 'CARA', 'DAN']);
    expect((await store.debtors.search('6983877', 0, 10)).total).toBe(1);
    await store.close();
    checkFreshDatabase(dir);
  });

  it('moves aside a file with a SQLite header but no database behind it', async () => {
    const dir = tempDir();
    const path = join(dir, 'softphone.db');
    const fake = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), GARBAGE]);
    writeFileSync(path, fake);

    const { store, notices } = openIn(dir);

    const moved = join(dir, `softphone.db.corrupt-${STAMP}`);
    expect(notices).toEqual([
      `The database ${path} could not be read (file is not a database), so it was moved to ${moved} ` +
        'and a new database was started.',
    ]);
    expect(readFileSync(moved).equals(fake)).toBe(true);
    expect(await store.operators.list()).toHaveLength(4);
  });

  it('keeps changes still in the -wal file after a crash', async () => {
    const source = tempDir();
    const live = openIn(source).store;
    live.operators.create({ code: 'EVE', name: 'Eve Evans', useSoftphone: false, note2: '' });
    // Copy the files while the connection is open, as a crash would leave them: the change is only in -wal.
    const crashed = tempDir();
    for (const suffix of ['', '-wal', '-shm']) {
      writeFileSync(join(crashed, `softphone.db${suffix}`), readFileSync(join(source, `softphone.db${suffix}`)));
    }

    const { store, notices } = openIn(crashed);

    expect(notices).toEqual([]);
    expect((await store.operators.list()).map((o) => o.code)).toContain('EVE');
  });

  it('never overwrites an earlier moved-aside file', () => {
    const dir = tempDir();
    const path = join(dir, 'softphone.db');
    writeFileSync(path, GARBAGE);
    openIn(dir).store.close();
    writeFileSync(path, 'second garbage, written at the same clock second');
    const { notices } = openIn(dir);

    expect(notices[0]).toContain(`moved to ${join(dir, `softphone.db.corrupt-${STAMP}-2`)} `);
    expect(readFileSync(join(dir, `softphone.db.corrupt-${STAMP}`)).equals(GARBAGE)).toBe(true);
    expect(readFileSync(join(dir, `softphone.db.corrupt-${STAMP}-2`), 'utf8')).toBe(
      'second garbage, written at the same clock second',
    );
  });

  it('moves aside a SQLite file whose pages are damaged', async () => {
    const dir = tempDir();
    const path = join(dir, 'softphone.db');
    const db = new DatabaseSync(path);
    db.exec('PRAGMA page_size = 4096; CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x)');
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
    db.exec('BEGIN');
    for (let i = 0; i < 2000; i += 1) insert.run(`row ${i} ${'x'.repeat(50)}`);
    db.exec('COMMIT');
    db.close();
    const bytes = readFileSync(path);
    GARBAGE.copy(bytes, 4096 * 3, 0, 4096 * 2); // pages 4 and 5 of the table / index b-trees
    writeFileSync(path, bytes);

    const { store, notices } = openIn(dir);

    const moved = join(dir, `softphone.db.corrupt-${STAMP}`);
    expect(notices).toEqual([
      `The database ${path} could not be read (its integrity check found damaged pages), so it was moved to ${moved} ` +
        'and a new database was started.',
    ]);
    expect(readFileSync(moved).equals(bytes)).toBe(true);
    expect(await store.operators.list()).toHaveLength(4);
    expect(readdirSync(dir).sort()).toEqual(
      ['softphone.db', `softphone.db.corrupt-${STAMP}`, 'softphone.db-shm', 'softphone.db-wal'].sort(),
    );
  });
});
