import { createSocket, type Socket } from 'node:dgram';
import { access, constants, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeSoftphone } from '../support/fake-softphone.ts';
import { runSoftphone, startSoftphone, type SoftphoneProcess } from './softphone-process.ts';

const running: SoftphoneProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  // A listener left behind by a failed assertion: end it (only processes this file started).
  for (const p of running.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill();
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

function start(args: string[], env?: NodeJS.ProcessEnv): SoftphoneProcess {
  const p = startSoftphone(args, env);
  running.push(p);
  return p;
}

async function listeningPort(p: SoftphoneProcess): Promise<number> {
  const match = await p.stderr.waitFor(/^listening on 127\.0\.0\.1:(\d+)\n/m);
  return Number(match[1]);
}

describe('bin/softphone.js as a real process', () => {
  it('is executable and starts with a node shebang', async () => {
    const bin = fileURLToPath(new URL('../../bin/softphone.js', import.meta.url));
    await expect(access(bin, constants.X_OK)).resolves.toBeUndefined();
    expect((await readFile(bin, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('--help prints the examples', async () => {
    const run = await runSoftphone(['--help']);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('-> 452,5551237777\n');
    expect(run.stdout).toContain('-> 109,7166983877,002400004585\n');
    expect(run.stdout).toContain('-> sip:7166983877\n');
  });

  it('dial in one process reaches listen --count 1 --json in another', async () => {
    const listener = start(['listen', '--port', '0', '--count', '1', '--json']);
    const port = await listeningPort(listener);

    const dial = await runSoftphone(['dial', '--note2', `UDP:/127.0.0.1:${port}:109#authcode`, '--number', '716-698-3877', '--client', '24', '--debtor', '4585']);
    const heard = await listener.finished;

    expect(dial).toEqual({ code: 0, signal: null, stdout: `sent "109,7166983877,002400004585" to 127.0.0.1:${port} (udp4)\n`, stderr: '' });
    expect(heard.code).toBe(0);
    expect(heard.stderr).toBe(`listening on 127.0.0.1:${port}\n`);
    const record = JSON.parse(heard.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({
      address: '127.0.0.1',
      payload: '109,7166983877,002400004585',
      bytes: 27,
      extension: '109',
      number: '7166983877',
      authcode: '002400004585',
      wellFormed: true,
      problem: null,
    });
    expect(heard.stdout.split('\n')).toHaveLength(2);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('listen closes and exits 0 on %s', async (signal) => {
    const listener = start(['listen', '--port', '0']);
    await listeningPort(listener);

    listener.child.kill(signal);

    const done = await listener.finished;
    expect(done).toMatchObject({ code: 0, signal: null, stdout: '' });
  });

  it('listen exits 1 naming the problem when the port is taken', async () => {
    const taken: Socket = createSocket('udp4');
    await new Promise<void>((resolve) => taken.bind(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => taken.close(() => resolve())));
    const port = taken.address().port;

    const run = await runSoftphone(['listen', '--port', String(port)]);

    expect(run).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: `softphone: Cannot listen on 127.0.0.1:${port}: the port is already in use by another program (EADDRINUSE).\n`,
    });
  });

  it('--dry-run prints the target and payload and sends nothing', async () => {
    const run = await runSoftphone(['dial', '--note2', 'UDP:/192.168.2.122:1544:452', '--number', '555-123-7777', '--dry-run']);

    expect(run).toEqual({
      code: 0,
      signal: null,
      stdout: 'target: UDP → 192.168.2.122:1544, extension 452\npayload: 452,5551237777\ndry run: nothing was sent\n',
      stderr: '',
    });
  });

  it.each([
    [['--note2', 'UDP:/192.168.2.122:70000:452', '--number', '555-123-7777'], 'softphone: Note 2: Port "70000" must be a number from 1 to 65535.'],
    [['--note2', 'UDP:/192.168.2.122:1544', '--number', '555-123-7777'], "softphone: Note 2: The operator's extension is missing"],
    [['--note2', 'file:///etc/passwd', '--number', '555-123-7777'], 'softphone: Note 2: The "file:" protocol opens files, web pages or scripts'],
    [['--note2', 'UDP:/192.168.2.122:1544:452', '--number', '555*123'], 'softphone: Number: "555*123" is not a dialable number: "*" is not part of a phone number.'],
    [['--note2', 'UDP:/192.168.2.122:1544:452#authcode', '--number', '555-123-7777', '--client', 'ACME', '--debtor', '1'], 'softphone: Client number "ACME" must be 1 to 20 digits.'],
  ])('dial %j exits 2 with the problem on stderr', async (args, message) => {
    const run = await runSoftphone(['dial', ...args]);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
  });

  it('an unknown command exits 2 with the usage', async () => {
    const run = await runSoftphone(['redial']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('softphone: unknown command "redial".\n\nUsage:\n');
  });

  it('dial sip: opens the link with the softphone registered through the real xdg-open', async () => {
    const phone = await createFakeSoftphone();
    cleanups.push(() => phone.cleanup());

    const run = await runSoftphone(['dial', '--note2', 'sip:', '--number', '716-698-3877'], phone.env);

    expect(run).toMatchObject({ code: 0, signal: null, stdout: 'handed sip:7166983877 to fake-softphone\n' });
    expect(run.stderr).toMatch(/^softphone: warning: A bare "sip:" prefix gives fake-softphone only the number/);
    expect(await phone.recorded()).toEqual(['sip:7166983877']);
  });
});
