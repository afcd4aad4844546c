import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/cli/cli-context.ts';
import { runCli } from '../../src/cli/run.ts';
import type { Store } from '../../src/main/store/contract.ts';
import { openIn, tempDir } from '../main/store/temp-store.ts';
import { openPg } from '../main/store/postgres/pg-test-store.ts';
import { createTestDatabase } from '../support/postgres-database.ts';
import { collectIo } from './text-collector.ts';

/*
 * `softphone check` answers "why was this call blocked?" from the database a desk or the floor uses, with the
 * checks main makes at a click. Morgan Ellis (file 4585, 716-698-3877) lives at ZIP 14202, New York: Eastern time.
 */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = collectIo();
  const code = await runCli(args, io, defaultContext({ env: {}, onStopRequest: () => () => {} }));
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

async function callsToMorgan(store: Store, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await store.dialLog.append({
      key: `earlier-${i}`, at: `2025-03-0${1 + (i % 3)}T1${i}:00:00.000Z`, operatorId: null, operatorName: 'Another desk', fileNumber: '4585',
      number: '716-698-3877', method: 'udp', target: '10.0.0.9:1544', payload: '452,7166983877', result: 'sent', reason: null,
    });
  }
}

async function deskWithCalls(count: number): Promise<string> {
  const dir = tempDir();
  const { store } = openIn(dir, { seed: true });
  await callsToMorgan(store, count);
  await store.close();
  return dir;
}

describe('softphone check', () => {
  it("names every reason a call is blocked, the debtor's local time and the calls counted", async () => {
    const dir = await deskWithCalls(7);
    const result = await run(['check', '--db', dir, '--debtor', '4585', '--at', '2025-03-05T02:30:00Z']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('Morgan Ellis (file 4585, client 24), checked at 2025-03-05T02:30:00.000Z');
    expect(lines[2]).toBe('Home 716-698-3877: BLOCK: a click sends nothing');
    expect(result.stdout).toContain('blocks: 7 calls since Mar 1 (limit 7 in 7 days); the next call counts from Mar 8');
    expect(result.stdout).toContain('21:30 in New York (Eastern Time, ZIP 14202) is outside 08:00–21:00');
    expect(result.stdout).toContain('local time: 21:30 on Mar 4 in New York');
    expect(result.stdout).toContain('calls counted: 7 of 7 in the last 7 days');
  });

  it('says ALLOW inside the hours with calls to spare, and prints JSON with --json', async () => {
    const dir = await deskWithCalls(2);
    const result = await run(['check', '--db', dir, '--debtor', '4585', '--phone', '(716) 698-3877', '--at', '2025-03-04T15:00:00Z', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { debtor: unknown; phones: { verdict: string; reasons: unknown[]; attemptsUsed: number; localTimes: { clock: string; open: boolean }[] }[] };
    expect(report.debtor).toEqual({ fileNumber: '4585', name: 'Morgan Ellis', clientNumber: '24' });
    expect(report.phones).toHaveLength(1);
    expect(report.phones[0]).toMatchObject({ verdict: 'allow', reasons: [], attemptsUsed: 2 });
    expect(report.phones[0]?.localTimes[0]).toMatchObject({ clock: '10:00', open: true });
  });

  it('refuses an unknown debtor, a phone that is not theirs, a bad time and a missing database with exit 2', async () => {
    const dir = await deskWithCalls(0);
    expect(await run(['check', '--db', dir, '--debtor', '99999999'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--debtor 99999999: there is no debtor with that file number') });
    expect(await run(['check', '--db', dir, '--debtor', '4585', '--phone', '555-000-0000'])).toMatchObject({ code: 2, stderr: expect.stringContaining('debtor file 4585 has no such phone') });
    expect(await run(['check', '--db', dir, '--debtor', '4585', '--at', 'tomorrow'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--at tomorrow') });
    expect(await run(['check', '--db', tempDir(), '--debtor', '4585'])).toMatchObject({ code: 2, stderr: expect.stringContaining('there is no softphone.db') });
    expect(await run(['check', '--debtor', '4585'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--db is required') });
  });

  it('reads a floor database through its postgres:// URL the same way', async () => {
    const url = await createTestDatabase();
    const store = await openPg(url);
    await store.loadSampleData();
    await callsToMorgan(store, 7);
    await store.close();
    const result = await run(['check', '--db', url, '--debtor', '4585', '--at', '2025-03-04T15:00:00Z']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Home 716-698-3877: BLOCK: a click sends nothing');
    expect(result.stdout).toContain('7 calls since Mar 1 (limit 7 in 7 days)');
  });
});
