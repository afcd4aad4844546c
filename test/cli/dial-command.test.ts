import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { createFakeSoftphone, type FakeSoftphone } from '../support/fake-softphone.ts';
import { openReceiver, type LoopbackReceiver } from '../main/dial/loopback-receiver.ts';
import { collectIo } from './text-collector.ts';
import { barePrefixWarning as warningText } from '../../src/shared/bare-prefix.ts';

/** What `softphone dial` prints on stderr for a bare prefix. */
const barePrefixWarning = (scheme: string, handler: string | null) => `softphone: warning: ${warningText(scheme, handler)}\n`;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
async function receiver(address = '127.0.0.1'): Promise<LoopbackReceiver> {
  const r = await openReceiver(address);
  cleanups.push(() => r.close());
  return r;
}
async function fakeSoftphone(schemes?: string[]): Promise<FakeSoftphone> {
  const phone = await createFakeSoftphone(schemes ? { schemes } : {});
  cleanups.push(() => phone.cleanup());
  return phone;
}

async function dial(args: string[], env?: NodeJS.ProcessEnv) {
  const io = collectIo();
  const code = await runCli(['dial', ...args], io, env ? { env, platform: 'linux' } : {});
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

describe('softphone dial: UDP', () => {
  it('sends the dial string and says what it sent', async () => {
    const dialer = await receiver();

    const run = await dial(['--note2', `UDP:/127.0.0.1:${dialer.port}:452`, '--number', '555-123-7777']);

    expect(run).toEqual({ code: 0, stdout: `sent "452,5551237777" to 127.0.0.1:${dialer.port} (udp4)\n`, stderr: '' });
    expect((await dialer.next()).bytes).toEqual(Buffer.from('452,5551237777'));
  });

  it('adds the authcode from --client and --debtor', async () => {
    const dialer = await receiver();

    const run = await dial(['--note2', `UDP:/127.0.0.1:${dialer.port}:109#authcode`, '--number', '716-698-3877', '--client', '24', '--debtor', '4585']);

    expect(run.code).toBe(0);
    expect((await dialer.next()).bytes).toEqual(Buffer.from('109,7166983877,002400004585'));
  });

  it('accepts the other spelling, UDP/:host:port;extension, and IPv6', async () => {
    const dialer = await receiver('::1');

    const run = await dial(['--note2', `UDP/:[::1]:${dialer.port};452`, '--number', '5551237777']);

    expect(run).toEqual({ code: 0, stdout: `sent "452,5551237777" to [::1]:${dialer.port} (udp6)\n`, stderr: '' });
    expect((await dialer.next()).bytes).toEqual(Buffer.from('452,5551237777'));
  });

  it('exits 1 with the reason when the host name does not exist', async () => {
    const run = await dial(['--note2', 'UDP:/nosuch.invalid:1544:452', '--number', '555-123-7777']);

    expect(run).toEqual({ code: 1, stdout: '', stderr: 'softphone: Host name "nosuch.invalid" was not found (ENOTFOUND).\n' });
  });

  it('exits 1 saying nothing is listening when the port refuses the datagram', async () => {
    const closed = await openReceiver('127.0.0.1');
    await closed.close();

    const run = await dial(['--note2', `UDP:/127.0.0.1:${closed.port}:452`, '--number', '555-123-7777']);

    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `softphone: Nothing is listening at 127.0.0.1:${closed.port}: that computer refused the dial string (ECONNREFUSED). Is the dialer running, on that port?\n`,
    });
  });
});

describe('softphone dial --dry-run', () => {
  it.each([
    ['UDP:/192.168.2.122:1544:452', '555-123-7777', [], 'target: UDP → 192.168.2.122:1544, extension 452\npayload: 452,5551237777\n'],
    [
      'UDP:/192.168.2.122:1544:452#authcode', '5551237777', ['--client', '1234', '--debtor', '12345678'],
      'target: UDP → 192.168.2.122:1544, extension 452, with authcode\npayload: 452,5551237777,123412345678\n',
    ],
    [
      'UDP:/192.168.2.122:1544:109#authcode', '716-698-3877', ['--client', '24', '--debtor', '4585'],
      'target: UDP → 192.168.2.122:1544, extension 109, with authcode\npayload: 109,7166983877,002400004585\n',
    ],
    [
      'UDP:/192.168.2.122:1544:109#authcode', '716-698-3877', [],
      'target: UDP → 192.168.2.122:1544, extension 109, with authcode\npayload: 109,7166983877\n' +
        'authcode: left out: #authcode needs both --client and --debtor\n',
    ],
    ['sip:{number}@pbx.example.com', '+1 716 698 3877', [], 'target: Softphone: sip:{number}@pbx.example.com\nuri: sip:+17166983877@pbx.example.com\n'],
  ])('%s, %s %j prints the target and the exact payload', async (note2, number, extra, report) => {
    const run = await dial(['--note2', note2, '--number', number, ...extra, '--dry-run']);

    expect(run).toEqual({ code: 0, stdout: `${report}dry run: nothing was sent\n`, stderr: '' });
  });

  it('sends nothing', async () => {
    const dialer = await receiver();
    const note2 = `UDP:/127.0.0.1:${dialer.port}:452`;

    await dial(['--note2', note2, '--number', '111-111-1111', '--dry-run']);
    await dial(['--note2', note2, '--number', '222-222-2222']);

    // The first datagram to arrive is the real dial's: the dry run put nothing on the wire.
    expect((await dialer.next()).bytes.toString('latin1')).toBe('452,2222222222');
  });
});

describe('softphone dial: links through the real xdg-open', () => {
  it('opens sip:7166983877 with the registered softphone', async () => {
    const phone = await fakeSoftphone();

    const run = await dial(['--note2', 'sip:', '--number', '716-698-3877'], phone.env);

    expect(run).toEqual({ code: 0, stdout: 'handed sip:7166983877 to fake-softphone\n', stderr: barePrefixWarning('sip', 'fake-softphone') });
    expect(await phone.recorded()).toEqual(['sip:7166983877']);
  });

  it('warns of a bare prefix, naming the registered program, and still dials (a dry run too)', async () => {
    const phone = await fakeSoftphone();

    const run = await dial(['--note2', 'sip:', '--number', '716-698-3877', '--dry-run'], phone.env);

    expect(run).toEqual({
      code: 0,
      stdout: 'target: Softphone: sip:\nuri: sip:7166983877\ndry run: nothing was sent\n',
      stderr:
        'softphone: warning: A bare "sip:" prefix gives fake-softphone only the number, and not every softphone dials that: ' +
        "Linphone places no call and looks the debtor's number up in public DNS (ENUM); baresip adds its own domain. " +
        "Use sip:{number}@your-pbx with your phone system's host name, for example sip:{number}@pbx.example.com.\n",
    });
    const template = await dial(['--note2', 'sip:{number}@pbx.example.com', '--number', '716-698-3877', '--dry-run'], phone.env);
    expect(template.stderr).toBe('');
  });

  it('exits 1 naming the missing handler when nothing handles sip:', async () => {
    const phone = await fakeSoftphone(['tel']);

    const run = await dial(['--note2', 'sip:', '--number', '716-698-3877'], phone.env);

    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `${barePrefixWarning('sip', null)}softphone: No program on this computer handles "sip:" links. Install a softphone or register one for sip:.\n`,
    });
    expect(await phone.recorded()).toEqual([]);
  });

  it('opens a vendor scheme only when --schemes allows it', async () => {
    const phone = await fakeSoftphone(['x-vendor']);

    const refused = await dial(['--note2', 'x-vendor:', '--number', '716-698-3877'], phone.env);
    const allowed = await dial(['--note2', 'x-vendor:', '--number', '716-698-3877', '--schemes', 'sip,x-vendor'], phone.env);

    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'softphone: Note 2: The "x-vendor:" protocol is not on the allowed list (sip:, sips:, tel:, callto:). An administrator can add it.\n',
    );
    expect(allowed).toEqual({ code: 0, stdout: 'handed x-vendor:7166983877 to fake-softphone\n', stderr: '' });
    expect(await phone.recorded()).toEqual(['x-vendor:7166983877']);
  });
});

describe('softphone dial: bad input exits 2 and sends nothing', () => {
  it.each([
    [
      'a port out of range',
      ['--note2', 'UDP:/127.0.0.1:70000:452', '--number', '555-123-7777'],
      'softphone: Note 2: Port "70000" must be a number from 1 to 65535. Example: UDP:/192.168.2.122:1544:452\n',
    ],
    [
      'a missing extension',
      ['--note2', 'UDP:/127.0.0.1:1544:', '--number', '555-123-7777'],
      "softphone: Note 2: The operator's extension is missing after the port. Example: UDP:/192.168.2.122:1544:452\n",
    ],
    [
      'a file: Note 2',
      ['--note2', 'file:///etc/passwd', '--number', '555-123-7777'],
      'softphone: Note 2: The "file:" protocol opens files, web pages or scripts and can never be used for dialing. Use sip:, tel: or a UDP command.\n',
    ],
    [
      'a number that is not dialable',
      ['--note2', 'UDP:/127.0.0.1:1544:452', '--number', '12'],
      'softphone: Number: "12" is not a dialable number: it has 2 digits (3 to 20 needed).\n',
    ],
    [
      'a placeholder word where the number goes',
      ['--note2', 'UDP:/127.0.0.1:1544:452', '--number', 'unknown'],
      'softphone: Number: "unknown" is not a phone number.\n',
    ],
    [
      'letters before 3 digits',
      ['--note2', 'UDP:/127.0.0.1:1544:452', '--number', 'call 555-1234'],
      'softphone: Number: "call 555-1234" is not a phone number: letters stand for keypad digits only after at least 3 digits, as in 1-800-FLOWERS.\n',
    ],
    [
      'a client number with letters',
      ['--note2', 'UDP:/127.0.0.1:1544:452#authcode', '--number', '555-123-7777', '--client', '24a', '--debtor', '4585'],
      'softphone: Client number "24a" must be 1 to 20 digits.\n',
    ],
    [
      'a debtor number with letters',
      ['--note2', 'UDP:/127.0.0.1:1544:452#authcode', '--number', '555-123-7777', '--client', '24', '--debtor', 'x'],
      'softphone: Debtor file number "x" must be 1 to 20 digits.\n',
    ],
    [
      'file in --schemes',
      ['--note2', 'sip:', '--number', '555-123-7777', '--schemes', 'sip,file'],
      'softphone: --schemes: The "file:" scheme opens files, web pages, scripts or network connections and can never be used for dialing.\n' +
        'Run "softphone dial --help" for the options.\n',
    ],
    [
      'a missing --note2',
      ['--number', '555-123-7777'],
      "softphone: --note2 is required: the operator's Note 2, for example UDP:/192.168.2.122:1544:452 or sip:\n" +
        'Run "softphone dial --help" for the options.\n',
    ],
    [
      'a missing --number',
      ['--note2', 'sip:'],
      'softphone: --number or --link is required: the phone number to dial, for example 716-698-3877\nRun "softphone dial --help" for the options.\n',
    ],
    [
      'an unknown option',
      ['--note2', 'sip:', '--number', '555', '--loud'],
      'softphone: Unknown option \'--loud\'.\nRun "softphone dial --help" for the options.\n',
    ],
    [
      'a stray argument',
      ['--note2', 'sip:', '--number', '555', 'now'],
      'softphone: Unexpected argument \'now\'. This command does not take positional arguments.\nRun "softphone dial --help" for the options.\n',
    ],
  ])('%s', async (_case, args, stderr) => {
    const dialer = await receiver();
    const run = await dial(args.map((a) => a.replace('127.0.0.1:1544', `127.0.0.1:${dialer.port}`)));

    expect(run).toEqual({ code: 2, stdout: '', stderr: stderr.replace('127.0.0.1:1544', `127.0.0.1:${dialer.port}`) });
    // A real dial afterwards is the first thing that arrives: the refused one sent nothing.
    await dial(['--note2', `UDP:/127.0.0.1:${dialer.port}:9`, '--number', '555']);
    expect((await dialer.next()).bytes.toString('latin1')).toBe('9,555');
  });
});

describe('softphone dial --link', () => {
  it("sends the spec's authcode example from a softphone-launcher: link", async () => {
    const dialer = await receiver();
    const link = 'softphone-launcher://dial?number=716-698-3877&client=24&debtor=4585';

    const run = await dial(['--link', link, '--note2', `UDP:/127.0.0.1:${dialer.port}:109#authcode`]);

    expect(run).toEqual({ code: 0, stdout: `sent "109,7166983877,002400004585" to 127.0.0.1:${dialer.port} (udp4)\n`, stderr: '' });
    expect((await dialer.next()).bytes).toEqual(Buffer.from('109,7166983877,002400004585'));
  });

  it('opens sip:+17166983877 for tel:+1-716-698-3877 with the registered softphone', async () => {
    const phone = await fakeSoftphone();

    const run = await dial(['--link', 'tel:+1-716-698-3877', '--note2', 'sip:'], phone.env);

    expect(run).toEqual({ code: 0, stdout: 'handed sip:+17166983877 to fake-softphone\n', stderr: barePrefixWarning('sip', 'fake-softphone') });
    expect(await phone.recorded()).toEqual(['sip:+17166983877']);
  });

  it.each([
    ['tel:+1-716-698-3877', 'sip:{number}@pbx.example.com', 'link: tel: number +1-716-698-3877\ntarget: Softphone: sip:{number}@pbx.example.com\nuri: sip:+17166983877@pbx.example.com\n'],
    [
      'softphone-launcher://dial?number=716-698-3877&client=24&debtor=4585&name=Morgan%20Ellis',
      'UDP:/127.0.0.1:1544:109#authcode',
      'link: softphone-launcher: number 716-698-3877, client 24, debtor 4585, name Morgan Ellis\n' +
        'target: UDP → 127.0.0.1:1544, extension 109, with authcode\npayload: 109,7166983877,002400004585\n',
    ],
    ['callto:7166983877', 'UDP:/127.0.0.1:1544:109#authcode', 'link: callto: number 7166983877\ntarget: UDP → 127.0.0.1:1544, extension 109, with authcode\npayload: 109,7166983877\nauthcode: left out: #authcode needs both --client and --debtor\n'],
  ])('--dry-run %s with %s shows what the link asks for and what would go out', async (link, note2, report) => {
    const run = await dial(['--link', link, '--note2', note2, '--dry-run']);

    expect(run).toEqual({ code: 0, stdout: `${report}dry run: nothing was sent\n`, stderr: '' });
  });

  it.each([
    ['softphone-launcher://dial?number=unknown', 'softphone: --link refused: "unknown" is not a phone number.\n'],
    ['softphone-launcher://dial?number=7166983877&client=2x&debtor=1', 'softphone: --link refused: Client number "2x" must be 1 to 20 digits.\n'],
    [
      'softphone-launcher://dial?number=7166983877&go=1',
      'softphone: --link refused: The link has a parameter the app does not know, "go": it takes number, client, debtor, name.\n',
    ],
  ])('refuses %s with the reason (exit 2, nothing sent)', async (link, message) => {
    const run = await dial(['--link', link, '--note2', 'sip:', '--dry-run']);

    expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}Run "softphone dial --help" for the options.\n` });
  });

  it('will not take --number as well as --link', async () => {
    const run = await dial(['--link', 'tel:7166983877', '--number', '5551237777', '--note2', 'sip:']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('softphone: --link carries the number, client and debtor: leave out --number\n');
  });
});
