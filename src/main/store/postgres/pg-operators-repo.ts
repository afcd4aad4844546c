import type { OperatorAccount, OperatorDetail, OperatorRole } from '../../../shared/ipc-contract.ts';
import type { OperatorCredentials, OperatorInput, OperatorsRepo } from '../contract.ts';
import { readInt, readText, readTextOrNull, type Row } from '../row-values.ts';
import { StoreError } from '../store-error.ts';
import { all, nameOrder, one, pgCode, readBool, UNIQUE_VIOLATION, type Db } from './pg-db.ts';

const COLUMNS = 'id, code, name, use_softphone, note2';
const ACCOUNT_COLUMNS = `${COLUMNS}, role, active, password_hash IS NOT NULL AS has_password`;
const ROLES: readonly OperatorRole[] = ['admin', 'operator'];
const BY_NAME = `ORDER BY ${nameOrder('name')}, id`;
/** Codes compare ignoring (ASCII) case, as the unique index operators_code does. */
const SAME_CODE = 'lower(code COLLATE "C") = lower($1 COLLATE "C")';

function toOperator(row: Row): OperatorDetail {
  return {
    id: readInt(row, 'id'),
    code: readText(row, 'code'),
    name: readText(row, 'name'),
    useSoftphone: readBool(row, 'use_softphone'),
    note2: readText(row, 'note2'),
  };
}

function readRole(row: Row): OperatorRole {
  const value = readText(row, 'role');
  const role = ROLES.find((r) => r === value);
  if (role === undefined) throw new StoreError(`The operators table holds an unknown role "${value}".`);
  return role;
}

function toAccount(row: Row): OperatorAccount {
  return { ...toOperator(row), role: readRole(row), active: readBool(row, 'active'), hasPassword: readBool(row, 'has_password') };
}

function toCredentials(row: Row): OperatorCredentials {
  return {
    id: readInt(row, 'id'),
    code: readText(row, 'code'),
    name: readText(row, 'name'),
    hash: readTextOrNull(row, 'password_hash'),
    active: readBool(row, 'active'),
    role: readRole(row),
  };
}

/** Code and name are trimmed and required; Note 2 is kept as typed (the dial logic trims it). */
function cleanInput(input: OperatorInput): OperatorInput {
  const code = input.code.trim();
  const name = input.name.trim();
  if (code === '') throw new StoreError('Enter an operator code.');
  if (name === '') throw new StoreError(`Enter a name for operator ${code}.`);
  return { code, name, useSoftphone: input.useSoftphone, note2: input.note2 };
}

export function createPgOperatorsRepo(db: Db, now: () => Date): OperatorsRepo {
  const get = async (id: number): Promise<OperatorDetail | null> => {
    const row = await one(db, `SELECT ${COLUMNS} FROM operators WHERE id = $1`, [id]);
    return row === undefined ? null : toOperator(row);
  };
  const mustGet = async (id: number): Promise<OperatorDetail> => {
    const operator = await get(id);
    if (operator === null) throw new StoreError(`There is no operator with id ${id}.`);
    return operator;
  };
  const takenMessage = async (code: string, exceptId: number | null): Promise<string | null> => {
    const row = await one(db, `SELECT code, name FROM operators WHERE ${SAME_CODE} AND id IS DISTINCT FROM $2`, [code, exceptId]);
    return row === undefined
      ? null
      : `The operator code "${code}" is already used by ${readText(row, 'name')} (${readText(row, 'code')}). Choose another code.`;
  };
  const refuseTakenCode = async (code: string, exceptId: number | null): Promise<void> => {
    const message = await takenMessage(code, exceptId);
    if (message !== null) throw new StoreError(message);
  };
  /** Another desk may take the code between the check and the write: the unique index then says so. */
  const writing = async <T>(code: string, exceptId: number | null, write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (error) {
      if (pgCode(error) !== UNIQUE_VIOLATION) throw error;
      throw new StoreError((await takenMessage(code, exceptId)) ?? `The operator code "${code}" is already used. Choose another code.`);
    }
  };
  const account = async (id: number): Promise<OperatorAccount | null> => {
    const row = await one(db, `SELECT ${ACCOUNT_COLUMNS} FROM operators WHERE id = $1`, [id]);
    return row === undefined ? null : toAccount(row);
  };
  /** Sets one column; `column` is one of the setters' own constants, never input. */
  const setColumn = async (id: number, column: 'password_hash' | 'role' | 'active', value: string | boolean | null): Promise<OperatorAccount> => {
    const row = await one(db, `UPDATE operators SET ${column} = $1, updated_at = $2 WHERE id = $3 RETURNING ${ACCOUNT_COLUMNS}`, [
      value, now().toISOString(), id,
    ]);
    if (row === undefined) throw new StoreError(`There is no operator with id ${id}.`);
    return toAccount(row);
  };

  return {
    list: async () => (await all(db, `SELECT ${COLUMNS} FROM operators ${BY_NAME}`)).map(toOperator),
    get,
    async create(input) {
      const clean = cleanInput(input);
      await refuseTakenCode(clean.code, null);
      const at = now().toISOString();
      const row = await writing(clean.code, null, () =>
        one(db, `INSERT INTO operators (code, name, use_softphone, note2, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING ${COLUMNS}`, [
          clean.code, clean.name, clean.useSoftphone, clean.note2, at,
        ]),
      );
      return toOperator(row ?? {});
    },
    async update(id, input) {
      await mustGet(id);
      const clean = cleanInput(input);
      await refuseTakenCode(clean.code, id);
      const row = await writing(clean.code, id, () =>
        one(db, `UPDATE operators SET code = $1, name = $2, use_softphone = $3, note2 = $4, updated_at = $5 WHERE id = $6 RETURNING ${COLUMNS}`, [
          clean.code, clean.name, clean.useSoftphone, clean.note2, now().toISOString(), id,
        ]),
      );
      if (row === undefined) throw new StoreError(`There is no operator with id ${id}.`);
      return toOperator(row);
    },
    account,
    accounts: async () => (await all(db, `SELECT ${ACCOUNT_COLUMNS} FROM operators ${BY_NAME}`)).map(toAccount),
    async credentials(code) {
      const row = await one(db, `SELECT id, code, name, password_hash, active, role FROM operators WHERE ${SAME_CODE}`, [code.trim()]);
      return row === undefined ? null : toCredentials(row);
    },
    setPassword: (id, hash) => setColumn(id, 'password_hash', hash),
    setRole: (id, role) => setColumn(id, 'role', role),
    setActive: (id, active) => setColumn(id, 'active', active),
    async countActiveAdmins() {
      const row = await one(db, `SELECT count(*)::int AS admins FROM operators WHERE role = 'admin' AND active AND password_hash IS NOT NULL`);
      return readInt(row ?? {}, 'admins');
    },
  };
}
