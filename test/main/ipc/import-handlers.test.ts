import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../src/main/app-services.ts';
import { IMPORT_ADMIN_ONLY } from '../../../src/main/auth/permissions.ts';
import { importFolder } from '../../../src/main/import/import-upload.ts';
import { registerIpcHandlers, trustedPage, type IpcEventLike } from '../../../src/main/ipc/register-handlers.ts';
import type { ImportStatus, IpcChannel, IpcReply } from '../../../src/shared/ipc-contract.ts';
import { TEST_COST } from '../auth/auth-setup.ts';
import { HEADER, manyRows, snapshot } from '../import/import-fixtures.ts';

const APP_PAGE = 'file:///opt/softphone/out/renderer/index.html';
const fromApp: IpcEventLike = { senderFrame: { url: APP_PAGE } };
const ADMIN_PASSWORD = 'admin password 1';
const OPERATOR_PASSWORD = 'operator password 1';

type Listener = (event: IpcEventLike, payload: unknown) => Promise<unknown>;

let dir: string;
let services: AppServices;
let handlers: Map<string, Listener>;

function invoke<C extends IpcChannel>(channel: C, payload: unknown): Promise<IpcReply<C>> {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(fromApp, payload) as Promise<IpcReply<C>>;
}

async function value<C extends IpcChannel>(channel: C, payload: unknown) {
  const reply = await invoke(channel, payload);
  if (!reply.ok) throw new Error(`${channel} refused: ${reply.error}`);
  return reply.value;
}

async function refusal(channel: IpcChannel, payload: unknown): Promise<string> {
  const reply = await invoke(channel, payload);
  if (reply.ok) throw new Error(`${channel} was not refused: ${JSON.stringify(reply.value)}`);
  return reply.error;
}

/** What the renderer does: begin, then the file's bytes in base64 chunks of `chunkBytes`. */
async function upload(fileName: string, text: string, chunkBytes = 64): Promise<string> {
  const bytes = Buffer.from(text, 'utf8');
  const { importId } = await value('import:begin', { fileName, size: bytes.length });
  for (let index = 0; index * chunkBytes < bytes.length; index += 1) {
    const data = bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes).toString('base64');
    await value('import:chunk', { importId, index, data });
  }
  return importId;
}

/** Starts the uploaded import and returns its status once it has finished. */
async function runToEnd(importId: string): Promise<ImportStatus> {
  await value('import:start', { importId });
  await services.imports.idle();
  return value('import:status', { importId });
}

async function operatorId(code: string): Promise<number> {
  const found = (await services.store.operators.list()).find((o) => o.code === code);
  if (!found) throw new Error(`no operator ${code}`);
  return found.id;
}

const uploadsLeft = (): string[] => (existsSync(importFolder(dir)) ? readdirSync(importFolder(dir)) : []);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-import-ipc-'));
  services = await createAppServices({
    userDataDir: dir,
    openExternal: async () => {},
    schemeHandler: async () => null,
    hashCost: TEST_COST,
  });
  handlers = new Map();
  registerIpcHandlers({ handle: (channel, fn) => void handlers.set(channel, fn) }, services, trustedPage(APP_PAGE));
  await value('auth:setup', { code: 'ADA', name: 'Ada Admin', password: ADMIN_PASSWORD, passwordAgain: ADMIN_PASSWORD, loadSampleData: true });
  await value('operator:set-password', { operatorId: (await operatorId('BEN')), password: OPERATOR_PASSWORD, passwordAgain: OPERATOR_PASSWORD });
});

afterEach(async () => {
  await services.imports.idle();
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

const SMALL_CSV = [
  HEADER,
  '90000001,77,Acme Collections,"Quartz, Zephyrine",(212) 555-0101,,212-555-0102',
  '4585,24,,Morgan Ellis-Reyes,716-698-3877,716-555-0199,',
  'not-a-number,77,Acme Collections,Nobody,212-555-0103,,',
  '90000002,77,Acme Collections,Sam Stone,,,',
  '',
].join('\r\n');

describe('importing a CSV through IPC', () => {
  it('takes the file in chunks, imports it, and reports new, updated and invalid rows by line', async () => {
    const importId = await upload('debtors.csv', SMALL_CSV);
    expect(await value('import:status', { importId })).toEqual({
      importId, fileName: 'debtors.csv', size: Buffer.byteLength(SMALL_CSV), state: 'uploading', receivedBytes: Buffer.byteLength(SMALL_CSV),
    });

    const status = await runToEnd(importId);

    expect(status).toMatchObject({ state: 'finished', fileName: 'debtors.csv' });
    if (status.state !== 'finished') throw new Error('not finished');
    expect(status.outcome).toMatchObject({ status: 'imported', inserted: 1, updated: 1, total: 4 });
    if (status.outcome.status !== 'imported') throw new Error('not imported');
    expect(status.outcome.invalid.map((row) => row.line)).toEqual([4, 5]);
    expect(status.outcome.invalid[0]?.reason).toContain('file_number: "not-a-number" must be 1 to 20 digits');
    expect(status.outcome.invalid[1]?.reason).toContain('no phone');
  });

  it('makes the new data searchable, records the import in the audit trail, and deletes the uploaded file', async () => {
    await runToEnd(await upload('debtors.csv', SMALL_CSV));

    const quartz = await value('debtors:search', { query: 'Zephyrine', offset: 0, limit: 10 });
    expect(quartz.rows.map((r) => [r.fileNumber, r.name, r.phones.map((p) => `${p.label} ${p.number}`)])).toEqual([
      ['90000001', 'Quartz, Zephyrine', ['Home (212) 555-0101', 'Mobile 212-555-0102']],
    ]);
    const morgan = await value('debtors:search', { query: '4585', offset: 0, limit: 10 });
    expect(morgan.rows.map((r) => r.name)).toEqual(['Morgan Ellis-Reyes']);
    const [audit] = await value('audit:list', { operatorId: null, limit: 1 });
    expect(audit).toMatchObject({
      actorName: 'Ada Admin', operatorId: null, field: 'import', oldValue: null,
      newValue: 'debtors.csv: 4 rows, 1 new debtor, 1 updated, 2 not imported',
    });
    expect(uploadsLeft()).toEqual([]);
  });

  it('updates instead of duplicating when the same file is imported again', async () => {
    await runToEnd(await upload('debtors.csv', SMALL_CSV));
    const again = await runToEnd(await upload('debtors.csv', SMALL_CSV));
    expect(again).toMatchObject({ state: 'finished', outcome: { status: 'imported', inserted: 0, updated: 2 } });
    expect((await value('debtors:search', { query: 'Zephyrine', offset: 0, limit: 10 })).total).toBe(1);
  });

  it("reports a file it refuses as a whole with the core's reason", async () => {
    const status = await runToEnd(await upload('names.csv', 'name,phone\nAda,555-0100\n'));
    expect(status).toMatchObject({ state: 'finished', outcome: { status: 'refused' } });
    if (status.state !== 'finished' || status.outcome.status !== 'refused') throw new Error('not refused');
    expect(status.outcome.reason).toMatch(/^The file is missing the columns file_number, client_number, client_name, debtor_name\./);
  });
});

describe('who may import', () => {
  it('refuses every import channel to an operator, with the same sentence', async () => {
    const importId = await upload('debtors.csv', SMALL_CSV);
    await value('auth:sign-out', undefined);
    await value('auth:sign-in', { code: 'BEN', password: OPERATOR_PASSWORD });
    expect(IMPORT_ADMIN_ONLY).toBe('Only an administrator can import debtors.');
    expect(await refusal('import:begin', { fileName: 'debtors.csv', size: 10 })).toBe(IMPORT_ADMIN_ONLY);
    for (const channel of ['import:start', 'import:status', 'import:cancel'] as const) {
      expect(await refusal(channel, { importId }), channel).toBe(IMPORT_ADMIN_ONLY);
    }
    expect(await refusal('import:chunk', { importId, index: 0, data: 'YQ==' })).toBe(IMPORT_ADMIN_ONLY);
    expect((await value('debtors:search', { query: 'Zephyrine', offset: 0, limit: 10 })).total).toBe(0);
  });

  it('asks someone signed out to sign in first', async () => {
    await value('auth:sign-out', undefined);
    expect(await refusal('import:begin', { fileName: 'debtors.csv', size: 10 })).toBe('Sign in first.');
  });
});

describe('cancelling an import', () => {
  it('stops an upload: no more chunks are taken, nothing is imported and the file is deleted', async () => {
    const before = snapshot(services.store.location);
    const importId = await upload('debtors.csv', SMALL_CSV.slice(0, 100));
    expect(uploadsLeft()).toHaveLength(1);
    expect(await value('import:cancel', { importId })).toMatchObject({ state: 'finished', outcome: { status: 'cancelled', rowsRead: 0 } });
    expect(await refusal('import:chunk', { importId, index: 2, data: 'YQ==' })).toBe('debtors.csv has already been sent in full.');
    expect(uploadsLeft()).toEqual([]);
    expect(snapshot(services.store.location)).toEqual(before);
  });

  it('stops a running import and leaves the database exactly as it was', async () => {
    const before = snapshot(services.store.location);
    const importId = await upload('big.csv', manyRows(20_000, 50_000_000), 256 * 1024);
    await value('import:start', { importId });
    expect(await value('import:cancel', { importId })).toMatchObject({ state: 'running' });
    await services.imports.idle();
    expect(await value('import:status', { importId })).toMatchObject({ state: 'finished', outcome: { status: 'cancelled' } });
    expect(snapshot(services.store.location)).toEqual(before);
    expect(uploadsLeft()).toEqual([]);
  });
});

describe('what the import channels refuse', () => {
  it('runs one import at a time', async () => {
    await upload('first.csv', SMALL_CSV);
    expect(await refusal('import:begin', { fileName: 'second.csv', size: 10 })).toBe(
      'second.csv was not imported: the import of first.csv is still under way. Wait for it to finish, or cancel it.',
    );
  });

  it('refuses a file over 200 MB before any of it is sent', async () => {
    expect(await refusal('import:begin', { fileName: 'huge.csv', size: 300 * 1024 * 1024 })).toBe(
      'huge.csv is 300.0 MB: the app imports files of up to 200.0 MB. Split the file, or import it with the command `softphone import FILE --db PATH`.',
    );
  });

  it('refuses to start before every byte has arrived', async () => {
    const { importId } = await value('import:begin', { fileName: 'debtors.csv', size: 10 });
    await value('import:chunk', { importId, index: 0, data: Buffer.from('abcd').toString('base64') });
    expect(await refusal('import:start', { importId })).toBe('Only 4 bytes of the 10 bytes of debtors.csv arrived: the import cannot start.');
  });

  it('refuses chunks out of order, more bytes than announced, and data that is not base64', async () => {
    const { importId } = await value('import:begin', { fileName: 'debtors.csv', size: 3 });
    expect(await refusal('import:chunk', { importId, index: 1, data: 'YQ==' })).toBe('Part 2 of debtors.csv arrived out of order: part 1 was expected.');
    expect(await refusal('import:chunk', { importId, index: 0, data: 'YWJjZA==' })).toBe(
      'debtors.csv was announced as 3 bytes, but more than that arrived. Choose the file again.',
    );
    expect(await refusal('import:chunk', { importId, index: 0, data: 'not base64!' })).toMatch(/^Refused: the request for import:chunk is malformed\./);
  });

  it('refuses an import id it does not know', async () => {
    expect(await refusal('import:status', { importId: '6f1c1f4e-2c5b-4f0e-9a51-1f0b0a4d2c11' })).toBe(
      'That import is over: another one has begun since. Choose the file again to import it.',
    );
  });
});
