import { existsSync } from 'node:fs';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { configureConnection, openConnection } from './connection.ts';
import { LATEST_VERSION, userVersion } from './migrations.ts';
import { readInt, readText, readTextOrNull, type Row } from './row-values.ts';
import { dropSearchTriggers, updateSearchIndexes, type IndexWork, type Trigger } from './import-search-index.ts';
import { errorText, UserError } from '../errors.ts';

/*
 * The write side of a debtor import. It runs on a connection of its own (see openImportConnection),
 * so its one long transaction never holds the app's connection: the app keeps reading while an
 * import runs, and a cancel is a plain ROLLBACK that cannot take anyone else's writes with it.
 */

export type ImportedPhone = { readonly label: string; readonly number: string; readonly digits: string };

/**
 * What a row says for the call guard. An address part is present only when the file has its column (a blank
 * cell clears it). Marks are only ever added: an import never lifts a do-not-call request.
 */
export type ImportedCallData = {
  readonly timezone?: string | null;
  readonly state?: string | null;
  readonly zip?: string | null;
  readonly doNotCall: boolean;
  /** Digits of the row's phones marked in their dnc_<label> column. */
  readonly doNotCallDigits: readonly string[];
};

/** One debtor as the file has it. An empty clientName keeps the stored client's name. */
export type ImportedDebtor = {
  readonly fileNumber: string;
  readonly clientNumber: string;
  readonly clientName: string;
  readonly debtorName: string;
  readonly phones: readonly ImportedPhone[];
  /** Absent when the file has none of the call guard's columns. */
  readonly call?: ImportedCallData;
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
type StoredPhone = { id: number; label: string; number: string; digits: string; markAt: string | null; markBy: string | null };

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
  return {
    id: readInt(row, 'id'), label: readText(row, 'label'), number: readText(row, 'number'), digits: readText(row, 'digits'),
    markAt: readTextOrNull(row, 'do_not_call_at'), markBy: readTextOrNull(row, 'do_not_call_by'),
  };
}

function prepareStatements(db: DatabaseSync) {
  const sql = (text: string): StatementSync => db.prepare(text);
  return {
    insertClient: sql('INSERT INTO clients (number, name) VALUES (?, ?)'),
    renameClient: sql('UPDATE clients SET name = ? WHERE id = ?'),
    findDebtor: sql('SELECT id, client_id, name FROM debtors WHERE file_number = ?'),
    insertDebtor: sql('INSERT INTO debtors (client_id, file_number, name) VALUES (?, ?, ?)'),
    updateDebtor: sql('UPDATE debtors SET client_id = ?, name = ? WHERE id = ?'),
    phonesOf: sql('SELECT id, label, number, digits, do_not_call_at, do_not_call_by FROM phones WHERE debtor_id = ? ORDER BY id'),
    deletePhones: sql('DELETE FROM phones WHERE debtor_id = ?'),
    insertPhone: sql('INSERT INTO phones (debtor_id, label, number, digits, do_not_call_at, do_not_call_by) VALUES (?, ?, ?, ?, ?, ?)'),
    // An address part the file has no column for keeps its stored value (the flag says whether to set it).
    setAddress: sql(`UPDATE debtors SET timezone = CASE WHEN ? THEN ? ELSE timezone END, state = CASE WHEN ? THEN ? ELSE state END,
      zip = CASE WHEN ? THEN ? ELSE zip END WHERE id = ?`),
    markDebtor: sql(`UPDATE debtors SET do_not_call_at = ?, do_not_call_by = 'import' WHERE id = ? AND do_not_call_at IS NULL`),
    markPhone: sql(`UPDATE phones SET do_not_call_at = ?, do_not_call_by = 'import' WHERE debtor_id = ? AND digits = ? AND do_not_call_at IS NULL`),
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
  // The marks an import sets carry the time of the import.
  const markedAt = new Date().toISOString();
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

  /** `kept`: the marks of the phones replaced, by digits: a do-not-call request outlives a new phone list. */
  const insertPhones = (debtorId: number, phones: readonly ImportedPhone[], kept: ReadonlyMap<string, StoredPhone> = new Map()): void => {
    for (const phone of phones) {
      const old = kept.get(phone.digits);
      const row = statements.insertPhone.run(debtorId, phone.label, phone.number, phone.digits, old?.markAt ?? null, old?.markBy ?? null);
      work.phoneIds.push(toId(row.lastInsertRowid));
    }
  };

  const writeCallData = (debtorId: number, call: ImportedDebtor['call']): void => {
    if (call === undefined) return;
    const has = (part: 'timezone' | 'state' | 'zip'): number => (part in call ? 1 : 0);
    statements.setAddress.run(has('timezone'), call.timezone ?? null, has('state'), call.state ?? null, has('zip'), call.zip ?? null, debtorId);
    if (call.doNotCall) statements.markDebtor.run(markedAt, debtorId);
    for (const digits of call.doNotCallDigits) statements.markPhone.run(markedAt, debtorId, digits);
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
    insertPhones(id, debtor.phones, new Map(stored.filter((p) => p.markAt !== null).map((p) => [p.digits, p])));
  };

  return {
    write(debtor) {
      if (written.has(debtor.fileNumber)) throw new UserError(`File number ${debtor.fileNumber} was already written by this import.`);
      written.add(debtor.fileNumber);
      const client = clientId(debtor.clientNumber, debtor.clientName);
      const existing = statements.findDebtor.get(debtor.fileNumber);
      if (existing !== undefined) {
        update(existing, debtor, client);
        writeCallData(readInt(existing, 'id'), debtor.call);
        return 'updated';
      }
      const id = toId(statements.insertDebtor.run(client, debtor.fileNumber, debtor.debtorName).lastInsertRowid);
      work.debtorIds.push(id);
      insertPhones(id, debtor.phones);
      writeCallData(id, debtor.call);
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
