import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlatformOpener, openerCommand, openWithPlatform } from '../../../src/main/dial/platform-opener.ts';
import { createFakeSoftphone, type FakeSoftphone, type FakeSoftphoneOptions } from '../../support/fake-softphone.ts';

const run = promisify(execFile);

const phones: FakeSoftphone[] = [];
async function fakeSoftphone(options: FakeSoftphoneOptions = {}): Promise<FakeSoftphone> {
  const phone = await createFakeSoftphone(options);
  phones.push(phone);
  return phone;
}
afterEach(async () => {
  await Promise.all(phones.splice(0).map((p) => p.cleanup()));
});

describe('openerCommand: one program and an argument list per OS', () => {
  const uri = 'sip:7166983877@pbx.example.com;transport=tcp?a=1&b=%PATH%';

  it('Linux: xdg-open with the URI as its only argument', () => {
    expect(openerCommand('linux', uri)).toEqual({ file: 'xdg-open', args: [uri], windowsVerbatimArguments: false });
  });

  it('macOS: open with the URI as its only argument', () => {
    expect(openerCommand('darwin', uri)).toEqual({ file: 'open', args: [uri], windowsVerbatimArguments: false });
  });

  it('Windows: cmd /c start "" with every cmd.exe metacharacter of the URI ^-escaped', () => {
    expect(openerCommand('win32', uri)).toEqual({
      file: 'cmd.exe',
      args: ['/d', '/s', '/c', '"start "" sip:7166983877@pbx.example.com^;transport^=tcp^?a^=1^&b^=^%PATH^%"'],
      windowsVerbatimArguments: true,
    });
  });
});

describe('createPlatformOpener on Linux (real xdg-open)', () => {
  it('resolves once xdg-open has handed the URI to the registered program', async () => {
    const phone = await fakeSoftphone();

    await openWithPlatform('sip:7166983877', phone.env, 'linux');

    expect(await phone.recorded()).toEqual(['sip:7166983877']);
  });

  it('rejects with the reason when the registered program fails', async () => {
    const phone = await fakeSoftphone();
    // A second handler, for tel:, that exits 1 the way a crashing softphone would.
    await writeFile(
      join(phone.env.XDG_DATA_HOME ?? '', 'applications', 'broken-softphone.desktop'),
      '[Desktop Entry]\nType=Application\nName=Broken\nExec=false %u\nMimeType=x-scheme-handler/tel;\n',
    );
    await run('xdg-mime', ['default', 'broken-softphone.desktop', 'x-scheme-handler/tel'], { env: phone.env });

    await expect(openWithPlatform('tel:7166983877', phone.env, 'linux')).rejects.toThrow(
      'xdg-open could not open tel:7166983877: the program that handles it failed (exit code 4).',
    );
  });

  it('rejects with a clear message when xdg-open is not installed', async () => {
    const phone = await fakeSoftphone();
    const env = { ...phone.env, PATH: '/nonexistent-softphone-test-dir' };

    await expect(openWithPlatform('sip:7166983877', env, 'linux')).rejects.toThrow(
      'xdg-open was not found on this computer, so sip:7166983877 could not be opened. Install xdg-utils.',
    );
  });

  it('counts a softphone that stays open as opened, instead of waiting for it to quit', async () => {
    const phone = await fakeSoftphone({ keepRunning: true });
    const open = createPlatformOpener({ env: phone.env, platform: 'linux', detachAfterMs: 100 });

    await expect(open('sip:7166983877')).resolves.toBeUndefined();

    // The handler is still running; wait for it to have written what it got.
    await vi.waitFor(async () => expect(await phone.recorded()).toEqual(['sip:7166983877']), { timeout: 10_000 });
  });
});
