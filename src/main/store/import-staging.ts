import type { DatabaseSync } from 'node:sqlite';
import type { ImportedCallData, ImportedDebtor } from './import-repo.ts';
import { readInt, readText, readTextOrNull, type Row } from './row-values.ts';

/**
 * Where the read phase keeps the rows that passed its checks until the write phase: a TEMP table of
 * the import's connection (a temporary file, not the database), so memory stays flat whatever the
 * size of the file. Writing it takes no lock on the database.
 */
export type ImportStaging = {
  add(debtor: ImportedDebtor): void;
  readonly count: number;
  /** The staged rows in the order they were added, `size` at a time. */
  slices(size: number): Iterable<ImportedDebtor[]>;
  /** Ends the staging transaction; the rows stay readable until the connection closes. */
  seal(): void;
};

function stagedDebtor(row: Row): ImportedDebtor {
  const phones = JSON.parse(readText(row, 'phones')) as [string, string, string][];
  return {
    fileNumber: readText(row, 'file_number'),
    clientNumber: readText(row, 'client_number'),
    clientName: readText(row, 'client_name'),
    debtorName: readText(row, 'debtor_name'),
    phones: phones.map(([label, number, digits]) => ({ label, number, digits })),
    ...callData(readTextOrNull(row, 'call_data')),
  };
}

function callData(json: string | null): { call?: ImportedCallData } {
  return json === null ? {} : { call: JSON.parse(json) as ImportedCallData };
}

export function createImportStaging(db: DatabaseSync): ImportStaging {
  db.exec(`DROP TABLE IF EXISTS temp.import_staging;
    CREATE TEMP TABLE import_staging (
      id INTEGER PRIMARY KEY, file_number TEXT NOT NULL, client_number TEXT NOT NULL,
      client_name TEXT NOT NULL, debtor_name TEXT NOT NULL, phones TEXT NOT NULL, call_data TEXT
    )`);
  // One transaction for all the staging writes: a commit per row would cost a sync per row.
  db.exec('BEGIN');
  const insert = db.prepare(
    'INSERT INTO temp.import_staging (file_number, client_number, client_name, debtor_name, phones, call_data) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const slice = db.prepare('SELECT * FROM temp.import_staging WHERE id > ? ORDER BY id LIMIT ?');
  let count = 0;
  return {
    add(debtor) {
      const phones = JSON.stringify(debtor.phones.map((p) => [p.label, p.number, p.digits]));
      const call = debtor.call === undefined ? null : JSON.stringify(debtor.call);
      insert.run(debtor.fileNumber, debtor.clientNumber, debtor.clientName, debtor.debtorName, phones, call);
      count += 1;
    },
    get count() {
      return count;
    },
    *slices(size) {
      let after = 0;
      for (;;) {
        const rows = slice.all(after, size);
        const last = rows.at(-1);
        if (last === undefined) return;
        after = readInt(last, 'id');
        yield rows.map(stagedDebtor);
      }
    },
    seal() {
      if (db.isTransaction) db.exec('COMMIT');
    },
  };
}
