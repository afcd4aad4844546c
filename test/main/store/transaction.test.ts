import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../../src/main/store/transaction.ts';

function database(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec('CREATE TABLE t (x TEXT NOT NULL)');
  return db;
}

const rows = (db: DatabaseSync): unknown[] => db.prepare('SELECT x FROM t ORDER BY rowid').all().map((r) => r.x);

describe('inTransaction', () => {
  it('stores everything, or nothing when the work throws', () => {
    const db = database();
    inTransaction(db, () => db.exec("INSERT INTO t VALUES ('a')"));
    expect(() =>
      inTransaction(db, () => {
        db.exec("INSERT INTO t VALUES ('b')");
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(rows(db)).toEqual(['a']);
    expect(db.isTransaction).toBe(false);
  });

  it('joins an outer transaction: the outer failure undoes the inner work too', () => {
    const db = database();
    expect(() =>
      inTransaction(db, () => {
        inTransaction(db, () => db.exec("INSERT INTO t VALUES ('inner')"));
        throw new Error('outer failed');
      }),
    ).toThrow('outer failed');
    expect(rows(db)).toEqual([]);
  });

  it('undoes only the inner work when the outer one catches its failure', () => {
    const db = database();
    inTransaction(db, () => {
      db.exec("INSERT INTO t VALUES ('outer')");
      try {
        inTransaction(db, () => {
          db.exec("INSERT INTO t VALUES ('inner')");
          throw new Error('inner failed');
        });
      } catch {
        // The caller decided to go on without the inner part.
      }
    });
    expect(rows(db)).toEqual(['outer']);
    expect(db.isTransaction).toBe(false);
  });
});
