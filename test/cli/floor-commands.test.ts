import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/cli/cli-context.ts';
import { runCli } from '../../src/cli/run.ts';
import { createTestDatabase, testRoleName, withUrl } from '../support/postgres-database.ts';
import { openPg } from '../main/store/postgres/pg-test-store.ts';
import { csvFile, HEADER } from '../main/import/import-fixtures.ts';
import { freshStore, tempDir } from '../main/store/temp-store.ts';
import { collectIo } from './text-collector.ts';
import { PG_LATEST_VERSION } from '../../src/main/store/postgres/pg-migration-steps.ts';

async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = collectIo();
  const code = await runCli(args, io, defaultContext({ env, onStopRequest: () => () => {} }));
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

const DIAL = {
  at: '2025-03-04T10:20:30.456Z', operatorId: null, operatorName: 'Cara Authcode', number: '716-698-3877',
  method: 'udp' as const, target: '127.0.0.1:1544', payload: '109,7166983877,002400004585', result: 'sent' as const, reason: null,
};

describe('softphone floor init', () => {
  it('sets up the schema and the desk role, prints what it did and how desks connect', async () => {
    const url = await createTestDatabase();
    const role = testRoleName();
    const result = await run(['floor', 'init', '--db', url, '--desk-role', role], { SOFTPHONE_DESK_PASSWORD: 'pw from env' });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Brought the schema of postgres://.* from version 0 to ${PG_LATEST_VERSION}: `));
    expect(lines[1]).toBe(`Created the desk role ${role}.`);
    expect(lines[3]).toBe(`Desks connect with: SOFTPHONE_DATABASE_URL=postgres://${role}:PASSWORD@${new URL(url).host}${new URL(url).pathname}`);
    const desk = await openPg(withUrl(url, { user: role, password: 'pw from env' }));
    expect(await desk.operators.list()).toEqual([]);
  });

  it('says what is missing', async () => {
    expect(await run(['floor', 'init'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--db postgres://OWNER:PASSWORD@HOST/DATABASE is required') });
    expect(await run(['floor', 'drop', '--db', 'postgres://x/y'])).toMatchObject({ code: 2, stderr: expect.stringContaining('the only floor command is "init"') });
  });
});

describe('softphone import --db postgres://…', () => {
  it('imports into the floor database with the same report as into a folder', async () => {
    const url = await createTestDatabase();
    const file = csvFile(tempDir(), [HEADER, '1,9,Acme Collections,Anna Smithers,212-555-0101,,', 'x,9,,Bad,212-555-0102,,'].join('\n'));
    const result = await run(['import', file, '--db', url]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Imported .* into postgres:\/\/postgres@.* in \d+\.\d s: 2 rows, 1 new debtor, 0 updated, 1 not imported\.\n/);
    expect(result.stdout).toContain('  line 3: file_number: "x" must be 1 to 20 digits');
    const store = await openPg(url);
    expect((await store.debtors.search('anna', 0, 5)).rows.map((r) => r.fileNumber)).toEqual(['1']);
  });

  it('exits 1 when no row of the file could be imported, as into a folder', async () => {
    const url = await createTestDatabase();
    const file = csvFile(tempDir(), [HEADER, 'x,9,Acme,Bad,212-555-0102,,'].join('\n'));
    const result = await run(['import', file, '--db', url]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  line 2: file_number: "x" must be 1 to 20 digits');
    expect(result.stderr.endsWith(`softphone: no row of ${file} could be imported: every row has a problem, listed above.\n`)).toBe(true);
  });

  it('says why when the server cannot be reached', async () => {
    const result = await run(['import', '/tmp/x.csv', '--db', 'postgres://desk:pw@127.0.0.1:1/softphone']);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('The database server at 127.0.0.1:1 cannot be reached (ECONNREFUSED)') });
  });
});

describe('softphone log', () => {
  it('exports the floor dial log as CSV and JSON, since a date', async () => {
    const url = await createTestDatabase();
    const store = await openPg(url);
    await store.dialLog.append({ ...DIAL, key: 'a', at: '2025-03-01T08:00:00.000Z', fileNumber: '4585' } as typeof DIAL & { key: string });
    await store.dialLog.append({ ...DIAL, key: 'b', number: '555-123-7777', result: 'failed', reason: 'No route, "to" host' });
    const csv = await run(['log', '--db', url, '--since', '2025-03-01']);
    expect(csv.stdout).toBe(
      'when,operator,file_number,number,method,result,reason\r\n' +
        '2025-03-01T08:00:00.000Z,Cara Authcode,4585,716-698-3877,udp,sent,\r\n' +
        '2025-03-04T10:20:30.456Z,Cara Authcode,,555-123-7777,udp,failed,"No route, ""to"" host"\r\n',
    );
    expect(csv.stderr).toMatch(/^softphone: 2 dials from postgres:\/\//);
    const json = await run(['log', '--db', url, '--since', '2025-03-02T00:00:00Z', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual([
      { at: DIAL.at, operator: 'Cara Authcode', fileNumber: '', number: '555-123-7777', method: 'udp', result: 'failed', reason: 'No route, "to" host' },
    ]);
  });

  it("exports a desk's own dial log from its folder", async () => {
    const store = freshStore();
    await store.dialLog.append({ ...DIAL, key: 'desk-dial-1' });
    const folder = store.location.replace(/\/softphone\.db$/, '');
    const result = await run(['log', '--db', folder, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { at: DIAL.at, operator: 'Cara Authcode', fileNumber: '', number: '716-698-3877', method: 'udp', result: 'sent', reason: '' },
    ]);
  });

  it('refuses a date it cannot read and a format it does not write', async () => {
    expect(await run(['log', '--db', '/tmp', '--since', 'yesterday'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--since yesterday: give a date as 2025-03-04') });
    expect(await run(['log', '--db', '/tmp', '--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format xml: use csv or json') });
  });
});
