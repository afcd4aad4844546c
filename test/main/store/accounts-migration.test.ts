import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, userVersion } from '../../../src/main/store/migrations.ts';
import { openIn, tempDir } from './temp-store.ts';

/** The version the sign-in step (version 3) upgrades from. */
const BEFORE_ACCOUNTS = 2;
const ACCOUNTS_VERSION = 3;

/** A database as the app left it before sign-in existed: operators, a debtor, dial log rows, settings. */
function createVersion2Database(dir: string): void {
  const db = new DatabaseSync(join(dir, 'softphone.db'));
  migrate(db, BEFORE_ACCOUNTS);
  db.exec(`
    INSERT INTO operators (code, name, use_softphone, note2, active, created_at, updated_at) VALUES
      ('OLD', 'Olga Older', 1, 'UDP:/127.0.0.1:1544:77', 1, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),
      ('GONE', 'Gus Gone', 0, '', 0, '2024-01-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z');
    INSERT INTO clients (number, name) VALUES ('42', 'Legacy Client');
    INSERT INTO debtors (client_id, file_number, name) VALUES (1, '9001', 'Vera Legacy');
    INSERT INTO phones (debtor_id, label, number, digits) VALUES (1, 'Work', '(416) 555-0142', '4165550142');
    INSERT INTO dial_log (at, operator_id, operator_name, number, method, target, payload, result, reason)
      VALUES ('2024-03-01T09:00:00.000Z', 1, 'Olga Older', '(416) 555-0142', 'udp', '127.0.0.1:1544', '77,4165550142', 'sent', NULL);
    INSERT INTO settings (key, value) VALUES ('allowedSchemes', '["sip","tel"]');
  `);
  db.close();
}

describe('migration to operator accounts', () => {
  it('is version 3', () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(ACCOUNTS_VERSION);
    const db = new DatabaseSync(':memory:');
    migrate(db, ACCOUNTS_VERSION);
    expect(userVersion(db)).toBe(ACCOUNTS_VERSION);
    const columns = db.prepare("SELECT name FROM pragma_table_info('operators')").all().map((r) => r.name);
    expect(columns).toEqual(expect.arrayContaining(['role', 'password_hash', 'active']));
    db.close();
  });

  it('keeps every row of a version-2 database; its operators become operators without a password', async () => {
    const dir = tempDir();
    createVersion2Database(dir);

    const { store, notices } = openIn(dir);

    expect(notices).toEqual([]);
    expect(await store.operators.accounts()).toEqual([
      { id: 2, code: 'GONE', name: 'Gus Gone', useSoftphone: false, note2: '', role: 'operator', active: false, hasPassword: false },
      {
        id: 1, code: 'OLD', name: 'Olga Older', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:77',
        role: 'operator', active: true, hasPassword: false,
      },
    ]);
    expect(await store.operators.countActiveAdmins()).toBe(0);
    expect((await store.debtors.search('vera', 0, 10)).total).toBe(1);
    expect(await store.dialLog.list(10)).toEqual([
      {
        id: 1, at: '2024-03-01T09:00:00.000Z', operatorName: 'Olga Older', number: '(416) 555-0142', method: 'udp',
        target: '127.0.0.1:1544', payload: '77,4165550142', result: 'sent', reason: null,
        key: 'logged-before-keys-1', outcome: null, note: null, outcomeAt: null, consent: false, fileNumber: null, debtorName: null, clientNumber: null, clientName: null, testOf: null,
      },
    ]);
    expect(await store.settings.allowedSchemes()).toEqual(['sip', 'tel']);
    expect(await store.audit.list(10)).toEqual([]);
    // Not a new database: the upgrade adds no sample data.
    expect((await store.debtors.search('', 0, 10)).total).toBe(1);
  });

  it('refuses a role other than admin or operator', () => {
    const db = new DatabaseSync(':memory:');
    migrate(db, ACCOUNTS_VERSION);
    const insert = (role: string) =>
      db.prepare("INSERT INTO operators (code, name, role, created_at, updated_at) VALUES (?, 'X', ?, '', '')").run(role, role);
    insert('admin');
    expect(() => insert('root')).toThrow('CHECK constraint failed');
    db.close();
  });
});
