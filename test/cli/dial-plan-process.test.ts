import { afterEach, describe, expect, it } from 'vitest';
import { openReceiver } from '../main/dial/loopback-receiver.ts';
import { runSoftphone } from './softphone-process.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const PLAN = ['--outside-line', '9', '--home-country', '1', '--intl-prefix', '011'];
const PLAN_LINE = 'dial plan: outside line 9, home country +1, international access code 011\n';

async function dryRun(note2: string, number: string, extra: string[] = []) {
  return runSoftphone(['dial', '--note2', note2, '--number', number, ...extra, '--dry-run']);
}

describe('softphone dial with a dial plan, as a real process', () => {
  it('a domestic number goes out as outside line + national number', async () => {
    const run = await dryRun('UDP:/192.168.2.122:1544:452', '716-698-3877', PLAN);

    expect(run).toEqual({
      code: 0,
      signal: null,
      stdout: `target: UDP → 192.168.2.122:1544, extension 452\npayload: 452,97166983877\n${PLAN_LINE}dry run: nothing was sent\n`,
      stderr: '',
    });
  });

  it('a foreign number goes out as outside line + access code + country code + number', async () => {
    const run = await dryRun('UDP:/192.168.2.122:1544:452', '+44 20 7946 0018', PLAN);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('payload: 452,9011442079460018\n');
  });

  it('a tel: link carries E.164 without the outside line', async () => {
    const run = await dryRun('tel:', '716-698-3877', PLAN);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`target: Softphone: tel:\nuri: tel:+17166983877\n${PLAN_LINE}dry run: nothing was sent\n`);
  });

  it('sip: follows the dialer form, or E.164 with --uri-e164', async () => {
    expect((await dryRun('sip:', '716-698-3877', PLAN)).stdout).toContain('uri: sip:97166983877\n');
    expect((await dryRun('sip:', '716-698-3877', [...PLAN, '--uri-e164'])).stdout).toContain('uri: sip:+17166983877\n');
  });

  it('without a plan the specification examples are unchanged byte for byte', async () => {
    const runs = await Promise.all([
      dryRun('UDP:/192.168.2.122:1544:452', '555-123-7777'),
      dryRun('UDP:/192.168.2.122:1544:452#authcode', '5551237777', ['--client', '1234', '--debtor', '12345678']),
      dryRun('UDP:/192.168.2.122:1544:109#authcode', '716-698-3877', ['--client', '24', '--debtor', '4585']),
      dryRun('sip:', '716-698-3877'),
    ]);

    expect(runs.map((r) => r.stdout.split('\n')[1])).toEqual([
      'payload: 452,5551237777',
      'payload: 452,5551237777,123412345678',
      'payload: 109,7166983877,002400004585',
      'uri: sip:7166983877',
    ]);
    expect(runs.every((r) => r.code === 0 && !r.stdout.includes('dial plan'))).toBe(true);
  });

  it('a bad plan setting is a usage error naming the flag, and nothing is sent', async () => {
    const run = await runSoftphone(['dial', '--note2', 'UDP:/127.0.0.1:1544:452', '--number', '716-698-3877', '--outside-line', '9a']);
    const home = await runSoftphone(['dial', '--note2', 'sip:', '--number', '716-698-3877', '--home-country', 'ZZ']);

    expect(run).toEqual({ code: 2, signal: null, stdout: '', stderr: 'softphone: --outside-line: Outside-line prefix "9a" must be 1 to 4 digits.\n' });
    expect(home.code).toBe(2);
    expect(home.stderr).toBe('softphone: --home-country: Home country: "ZZ" is not a country libphonenumber knows; give its calling code (1, 44 …) or two letters (US, GB …).\n');
  });

  it('sends one real datagram with the plan applied to a loopback dialer', async () => {
    const dialer = await openReceiver('127.0.0.1');
    cleanups.push(() => dialer.close());

    const run = await runSoftphone(['dial', '--note2', `UDP:/127.0.0.1:${dialer.port}:109#authcode`, '--number', '716-698-3877', '--client', '24', '--debtor', '4585', ...PLAN]);

    expect(run).toEqual({ code: 0, signal: null, stdout: `sent "109,97166983877,002400004585" to 127.0.0.1:${dialer.port} (udp4)\n`, stderr: '' });
    expect((await dialer.next()).bytes).toEqual(Buffer.from('109,97166983877,002400004585'));
  });
});
