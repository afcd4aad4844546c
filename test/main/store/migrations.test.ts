import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, userVersion } from '../../../src/main/store/migrations.ts';
import { UserError } from '../../../src/main/errors.ts';
import { openIn, tempDir } from './temp-store.ts';

function versionOf(dir: string): number {
  const db = new DatabaseSync(join(dir, 'softphone.db'));
  try {
    return userVersion(db);
  } finally {
    db.close();
  }
}

/** A database as version 1 of the app left it, with one client, debtor, phone and operator. */
function createVersion1Database(dir: string): void {
  const db = new DatabaseSync(join(dir, 'softphone.db'));
  migrate(db, 1);
  db.exec(`
    INSERT INTO operators (code, name, use_softphone, note2, created_at, updated_at)
      VALUES ('OLD', 'Olga Older', 1, 'UDP:/127.0.0.1:1544:77', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');
    INSERT INTO clients (number, name) VALUES ('42', 'Legacy Client');
    INSERT INTO debtors (client_id, file_number, name) VALUES (1, '9001', 'Vera Legacy');
    INSERT INTO phones (debtor_id, label, number, digits) VALUES (1, 'Work', '(416) 555-0142', '4165550142');
    INSERT INTO settings (key, value) VALUES ('allowedSchemes', '["sip","tel"]');
  `);
  db.close();
}

describe('migrations', () => {
  it('gives a new database the latest user_version', () => {
    const dir = tempDir();
    openIn(dir).store.close();
    expect(LATEST_VERSION).toBe(9);
    expect(versionOf(dir)).toBe(LATEST_VERSION);
  });

  it('reopens an up-to-date database without changing it or seeding it twice', async () => {
    const dir = tempDir();
    const first = openIn(dir);
    await first.store.operators.create({ code: 'EVE', name: 'Eve Extra', useSoftphone: false, note2: '' });
    await first.store.close();

    const second = openIn(dir);
    expect(second.notices).toEqual([]);
    expect(versionOf(dir)).toBe(LATEST_VERSION);
    expect((await second.store.operators.list()).map((o) => o.code)).toEqual(['ANNA', 'BEN', 'CARA', 'DAN', 'EVE']);
    expect((await second.store.debtors.search('', 0, 1)).total).toBe(42);
  });

  it('upgrades a version-1 database, keeping its rows and making them searchable', async () => {
    const dir = tempDir();
    createVersion1Database(dir);
    expect(versionOf(dir)).toBe(1);

    const { store, notices } = openIn(dir);
    expect(notices).toEqual([]);
    expect(versionOf(dir)).toBe(LATEST_VERSION);
    // Not a new database: the sample data is not added to someone's real data.
    expect(await store.operators.list()).toEqual([
      { id: 1, code: 'OLD', name: 'Olga Older', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:77' },
    ]);
    const vera = {
      id: 1, fileNumber: '9001', name: 'Vera Legacy', clientNumber: '42', clientName: 'Legacy Client',
      phones: [{ id: 1, label: 'Work', number: '(416) 555-0142' }],
    };
    // The new search indexes were filled from the rows version 1 already held.
    expect(await store.debtors.search('legac', 0, 10)).toEqual({ rows: [vera], total: 1 });
    expect(await store.debtors.search('5550142', 0, 10)).toEqual({ rows: [vera], total: 1 });
    expect(await store.settings.allowedSchemes()).toEqual(['sip', 'tel']);
  });

  it('refuses a database written by a newer version and leaves it alone', () => {
    const dir = tempDir();
    const db = new DatabaseSync(join(dir, 'softphone.db'));
    db.exec(`PRAGMA user_version = ${LATEST_VERSION + 1}`);
    db.close();

    expect(() => openIn(dir)).toThrow(UserError);
    expect(() => openIn(dir)).toThrow(
      `The database was written by a newer version of Softphone Launcher (schema version ${LATEST_VERSION + 1}; ` +
        `this version knows up to ${LATEST_VERSION}). Update the app to open it.`,
    );
    expect(versionOf(dir)).toBe(LATEST_VERSION + 1);
  });

  it('rolls a failing step back, leaving the previous version and its data', () => {
    const dir = tempDir();
    const db = new DatabaseSync(join(dir, 'softphone.db'));
    migrate(db, 1);
    // A table the search-index step wants to create already exists, so that step fails half-way.
    db.exec('CREATE TABLE phone_digit_grams (x)');
    expect(() => migrate(db)).toThrow(
      'Upgrading the database to version 2 (full-text search indexes for debtor names and phone digits) failed: ' +
        'table phone_digit_grams already exists',
    );
    expect(userVersion(db)).toBe(1);
    const leftovers = db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'debtor_name_%'").all();
    expect(leftovers).toEqual([]);
    db.close();
  });
});
