import type { DatabaseSync } from 'node:sqlite';
import type { OperatorDetail } from '../../shared/ipc-contract.ts';
import { readInt, readText, readTextOrNull, type Row } from './row-values.ts';
import type { OperatorAccount, OperatorCredentials, OperatorInput, OperatorRole } from './contract.ts';
import type { SyncOperatorsRepo } from './sync-repos.ts';
import { createStatementCache } from './statement-cache.ts';
import { UserError } from '../errors.ts';

const COLUMNS = 'id, code, name, use_softphone, note2';
const ACCOUNT_COLUMNS = `${COLUMNS}, role, active, password_hash IS NOT NULL AS has_password`;
const ROLES: readonly OperatorRole[] = ['admin', 'operator'];

function toOperator(row: Row): OperatorDetail {
  return {
    id: readInt(row, 'id'),
    code: readText(row, 'code'),
    name: readText(row, 'name'),
    useSoftphone: readInt(row, 'use_softphone') === 1,
    note2: readText(row, 'note2'),
  };
}

function readRole(row: Row): OperatorRole {
  const value = readText(row, 'role');
  const role = ROLES.find((r) => r === value);
  if (role === undefined) throw new UserError(`The operators table holds an unknown role "${value}".`);
  return role;
}

function toAccount(row: Row): OperatorAccount {
  return {
    ...toOperator(row),
    role: readRole(row),
    active: readInt(row, 'active') === 1,
    hasPassword: readInt(row, 'has_password') === 1,
  };
}

function toCredentials(row: Row): OperatorCredentials {
  return {
    id: readInt(row, 'id'),
    code: readText(row, 'code'),
    name: readText(row, 'name'),
    hash: readTextOrNull(row, 'password_hash'),
    active: readInt(row, 'active') === 1,
    role: readRole(row),
  };
}

/** Code and name are trimmed and required; Note 2 is kept as typed (the dial logic trims it). */
function cleanInput(input: OperatorInput): OperatorInput {
  const code = input.code.trim();
  const name = input.name.trim();
  if (code === '') throw new UserError('Enter an operator code.');
  if (name === '') throw new UserError(`Enter a name for operator ${code}.`);
  return { code, name, useSoftphone: input.useSoftphone, note2: input.note2 };
}

export function createOperatorsRepo(db: DatabaseSync, now: () => Date): SyncOperatorsRepo {
  const prepared = createStatementCache(db);
  const get = (id: number): OperatorDetail | null => {
    const row = prepared(`SELECT ${COLUMNS} FROM operators WHERE id = ?`).get(id);
    return row === undefined ? null : toOperator(row);
  };

  /** Codes are unique ignoring case (the column is COLLATE NOCASE), so "anna" clashes with "ANNA". */
  const refuseTakenCode = (code: string, exceptId: number | null): void => {
    const row = db.prepare('SELECT code, name FROM operators WHERE code = ? AND id IS NOT ?').get(code, exceptId);
    if (row === undefined) return;
    throw new UserError(
      `The operator code "${code}" is already used by ${readText(row, 'name')} (${readText(row, 'code')}). Choose another code.`,
    );
  };

  const mustGet = (id: number): OperatorDetail => {
    const operator = get(id);
    if (operator === null) throw new UserError(`There is no operator with id ${id}.`);
    return operator;
  };

  const account = (id: number): OperatorAccount | null => {
    const row = db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM operators WHERE id = ?`).get(id);
    return row === undefined ? null : toAccount(row);
  };

  /** Sets one column; `column` is one of the setters' own constants, never input. */
  const setColumn = (id: number, column: 'password_hash' | 'role' | 'active', value: string | number | null): OperatorAccount => {
    mustGet(id);
    db.prepare(`UPDATE operators SET ${column} = ?, updated_at = ? WHERE id = ?`).run(value, now().toISOString(), id);
    const updated = account(id);
    if (updated === null) throw new UserError(`There is no operator with id ${id}.`);
    return updated;
  };

  return {
    list() {
      return db.prepare(`SELECT ${COLUMNS} FROM operators ORDER BY name COLLATE NOCASE, id`).all().map(toOperator);
    },
    get,
    create(input) {
      const clean = cleanInput(input);
      refuseTakenCode(clean.code, null);
      const at = now().toISOString();
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO operators (code, name, use_softphone, note2, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(clean.code, clean.name, clean.useSoftphone ? 1 : 0, clean.note2, at, at);
      return mustGet(Number(lastInsertRowid));
    },
    update(id, input) {
      mustGet(id);
      const clean = cleanInput(input);
      refuseTakenCode(clean.code, id);
      db.prepare(
        'UPDATE operators SET code = ?, name = ?, use_softphone = ?, note2 = ?, updated_at = ? WHERE id = ?',
      ).run(clean.code, clean.name, clean.useSoftphone ? 1 : 0, clean.note2, now().toISOString(), id);
      return mustGet(id);
    },
    account,
    accounts() {
      return db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM operators ORDER BY name COLLATE NOCASE, id`).all().map(toAccount);
    },
    credentials(code) {
      const row = db
        .prepare('SELECT id, code, name, password_hash, active, role FROM operators WHERE code = ?')
        .get(code.trim());
      return row === undefined ? null : toCredentials(row);
    },
    setPassword: (id, hash) => setColumn(id, 'password_hash', hash),
    setRole: (id, role) => setColumn(id, 'role', role),
    setActive: (id, active) => setColumn(id, 'active', active ? 1 : 0),
    countActiveAdmins() {
      const row = db
        .prepare(
          `SELECT count(*) AS admins FROM operators
           WHERE role = 'admin' AND active = 1 AND password_hash IS NOT NULL`,
        )
        .get();
      return readInt(row ?? {}, 'admins');
    },
  };
}
