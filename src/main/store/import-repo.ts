import { existsSync } from 'node:fs';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { configureConnection, openConnection } from './connection.ts';
import { LATEST_VERSION, userVersion } from './migrations.ts';
import { readInt, readText, type Row } from './row-values.ts';
import { dropSearchTriggers, updateSearchIndexes, type IndexWork, type Trigger } from './import-search-index.ts';
import { errorText, UserError } from '../errors.ts';

/*
 * The write side of a debtor import. It runs on a connection of its own (see openImportConnection),
 * so its one long transaction never holds the app's connection: the app keeps reading while an
 * import runs, and a cancel is a plain ROLLBACK that cannot take anyone else's writes with it.
 */

export type ImportedPhone = { readonly label: string; readonly number: string; readonly digits: string };

/** One debtor as the file has it. An empty clientName keeps the stored client's name. */
export type ImportedDebtor = {
  readonly fileNumber: string;
  readonly clientNumber: string;
  readonly clientName: string;
  readonly debtorName: string;
  readonly phones: readonly ImportedPhone[];
};

/**
 * A connection for one import: the same settings as the app's (WAL, foreign keys), and a busy
 * timeout so a moment's write by the app delays the import instead of failing it. The database
 * must exist and be migrated: the app or the CLI opens it with openStore first.
 */
export function openImportConnection(dbPath: string): DatabaseSync {
  if (!existsSync(dbPath)) throw new UserError(`There is no database at ${dbPath}.`);
  const db = openConnection(dbPath);
  try {
    configureConnection(db);
    const version = userVersion(db);
    if (version !== LATEST_VERSION) {
      throw new UserError(
        `The database ${dbPath} has schema version ${version}, and this import writes version ${LATEST_VERSION}: ` +
          'open it with the app (or `softphone import`) first, which brings it up to date.',
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw error instanceof UserError ? error : new UserError(`The database ${dbPath} cannot be read: ${errorText(error)}`);
  }
}

/** Every client number in the database: a row naming one of these may leave client_name blank. */
export function storedClientNumbers(db: DatabaseSync): Set<string> {
  return new Set(db.prepare('SELECT number FROM clients').all().map((row) => readText(row, 'number')));
}

export type ImportWriter = {
  /** Upserts the client, then inserts the debtor or updates the one with that file number. */
  write(debtor: ImportedDebtor): 'inserted' | 'updated';
  /** Brings the search indexes up to date with everything written and puts the triggers back. */
  index(): void;
  commit(): void;
  /** Undoes everything since beginImport, triggers and indexes included. Safe to call twice. */
  rollback(): void;
};

type StoredClient = { id: number; name: string };
type StoredPhone = { id: number; label: string; number: string; digits: string };

function toId(value: number | bigint): number {
  return Number(value);
}

function samePhones(stored: readonly StoredPhone[], wanted: readonly ImportedPhone[]): boolean {
  return (
    stored.length === wanted.length &&
    stored.every((phone, i) => phone.label === wanted[i]?.label && phone.number === wanted[i]?.number)
  );
}

function toPhone(row: Row): StoredPhone {
  return { id: readInt(row, 'id'), label: readText(row, 'label'), number: readText(row, 'number'), digits: readText(row, 'digits') };
}

function prepareStatements(db: DatabaseSync) {
  const sql = (text: string): StatementSync => db.prepare(text);
  return {
    insertClient: sql('INSERT INTO clients (number, name) VALUES (?, ?)'),
    renameClient: sql('UPDATE clients SET name = ? WHERE id = ?'),
    findDebtor: sql('SELECT id, client_id, name FROM debtors WHERE file_number = ?'),
    insertDebtor: sql('INSERT INTO debtors (client_id, file_number, name) VALUES (?, ?, ?)'),
    updateDebtor: sql('UPDATE debtors SET client_id = ?, name = ? WHERE id = ?'),
    phonesOf: sql('SELECT id, label, number, digits FROM phones WHERE debtor_id = ? ORDER BY id'),
    deletePhones: sql('DELETE FROM phones WHERE debtor_id = ?'),
    insertPhone: sql('INSERT INTO phones (debtor_id, label, number, digits) VALUES (?, ?, ?, ?)'),
  };
}

/**
 * Opens the import's transaction (BEGIN IMMEDIATE: it waits for, then excludes, other writers) and
 * returns the writer. Re-importing a file number updates that debtor: name and client as in the
 * file, and its phones replaced by the file's unless they are already the same (then their ids,
 * which the app may be showing, stay as they are).
 */
export function beginImport(db: DatabaseSync): ImportWriter {
  db.exec('BEGIN IMMEDIATE');
  try {
    return createWriter(db, dropSearchTriggers(db));
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function createWriter(db: DatabaseSync, triggers: readonly Trigger[]): ImportWriter {
  const statements = prepareStatements(db);
  const clients = new Map<string, StoredClient>(
    db.prepare('SELECT id, number, name FROM clients').all()
      .map((row) => [readText(row, 'number'), { id: readInt(row, 'id'), name: readText(row, 'name') }]),
  );
  const work: IndexWork = { oldNames: [], oldDigits: [], debtorIds: [], phoneIds: [] };
  // A debtor written twice would have index entries removed before they were ever added.
  const written = new Set<string>();

  const clientId = (number: string, name: string): number => {
    const stored = clients.get(number);
    if (stored === undefined) {
      if (name === '') throw new UserError(`Client ${number} is not in the database and the file gives no name for it.`);
      const id = toId(statements.insertClient.run(number, name).lastInsertRowid);
      clients.set(number, { id, name });
      return id;
    }
    if (name !== '' && name !== stored.name) {
      statements.renameClient.run(name, stored.id);
      stored.name = name;
    }
    return stored.id;
  };

  const insertPhones = (debtorId: number, phones: readonly ImportedPhone[]): void => {
    for (const phone of phones) {
      work.phoneIds.push(toId(statements.insertPhone.run(debtorId, phone.label, phone.number, phone.digits).lastInsertRowid));
    }
  };

  const update = (existing: Row, debtor: ImportedDebtor, client: number): void => {
    const id = readInt(existing, 'id');
    const oldName = readText(existing, 'name');
    if (oldName !== debtor.debtorName || readInt(existing, 'client_id') !== client) {
      statements.updateDebtor.run(client, debtor.debtorName, id);
    }
    if (oldName !== debtor.debtorName) {
      work.oldNames.push([id, oldName]);
      work.debtorIds.push(id);
    }
    const stored = statements.phonesOf.all(id).map(toPhone);
    if (samePhones(stored, debtor.phones)) return;
    for (const phone of stored) work.oldDigits.push([phone.id, phone.digits]);
    statements.deletePhones.run(id);
    insertPhones(id, debtor.phones);
  };

  return {
    write(debtor) {
      if (written.has(debtor.fileNumber)) throw new UserError(`File number ${debtor.fileNumber} was already written by this import.`);
      written.add(debtor.fileNumber);
      const client = clientId(debtor.clientNumber, debtor.clientName);
      const existing = statements.findDebtor.get(debtor.fileNumber);
      if (existing !== undefined) {
        update(existing, debtor, client);
        return 'updated';
      }
      const id = toId(statements.insertDebtor.run(client, debtor.fileNumber, debtor.debtorName).lastInsertRowid);
      work.debtorIds.push(id);
      insertPhones(id, debtor.phones);
      return 'inserted';
    },
    index() {
      updateSearchIndexes(db, work);
      for (const trigger of triggers) db.exec(trigger.sql);
    },
    commit() {
      db.exec('COMMIT');
    },
    rollback() {
      if (db.isTransaction) db.exec('ROLLBACK');
    },
  };
}
