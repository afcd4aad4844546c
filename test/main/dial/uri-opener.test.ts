import { describe, expect, it } from 'vitest';
import { createPlatformOpener } from '../../../src/main/dial/platform-opener.ts';
import { linuxSchemeHandler } from '../../../src/main/dial/scheme-handler.ts';
import { createUriOpener, type UriOpener } from '../../../src/main/dial/uri-opener.ts';
import { DEFAULT_ALLOWED_SCHEMES } from '../../../src/shared/schemes.ts';
import type { FakeSoftphone } from '../../support/fake-softphone.ts';
import { fakeSoftphonesPerTest } from '../../support/fake-softphones-per-test.ts';

const fakeSoftphone = fakeSoftphonesPerTest();

/** The opener as the CLI builds it on Linux: real xdg-mime, real xdg-open, in the fake phone's HOME. */
function realOpener(phone: FakeSoftphone): UriOpener {
  return createUriOpener({
    openExternal: createPlatformOpener({ env: phone.env, platform: 'linux' }),
    schemeHandler: (scheme) => linuxSchemeHandler(scheme, phone.env),
  });
}

describe('createUriOpener through the real xdg-open', () => {
  it('hands sip:7166983877 to the registered softphone, exactly', async () => {
    const phone = await fakeSoftphone();

    const result = await realOpener(phone)('sip:7166983877', DEFAULT_ALLOWED_SCHEMES);

    expect(result).toEqual({ ok: true, detail: 'handed sip:7166983877 to fake-softphone' });
    expect(await phone.recorded()).toEqual(['sip:7166983877']);
  });

  it('passes a template URI with ; & = ? through unchanged: no shell reads it', async () => {
    const phone = await fakeSoftphone();
    const uri = 'sip:7166983877@pbx.example.com;transport=tcp?subject=a&b=$(id)';

    const result = await realOpener(phone)(uri, DEFAULT_ALLOWED_SCHEMES);

    expect(result).toEqual({ ok: true, detail: `handed ${uri} to fake-softphone` });
    expect(await phone.recorded()).toEqual([uri]);
  });

  it('reports NO_HANDLER, and opens nothing, when no program is registered for the scheme', async () => {
    const phone = await fakeSoftphone(['tel']);

    const result = await realOpener(phone)('sip:7166983877', DEFAULT_ALLOWED_SCHEMES);

    expect(result).toEqual({
      ok: false,
      reason: 'No program on this computer handles "sip:" links. Install a softphone or register one for sip:.',
      code: 'NO_HANDLER',
    });
    expect(await phone.recorded()).toEqual([]);
  });
});

describe('createUriOpener: the allow-list is checked again at send time', () => {
  // Records what would have been opened: these URIs must never reach the OS.
  function recordingOpener(): { open: UriOpener; opened: string[]; asked: string[] } {
    const opened: string[] = [];
    const asked: string[] = [];
    const open = createUriOpener({
      openExternal: async (uri) => {
        opened.push(uri);
      },
      schemeHandler: async (scheme) => {
        asked.push(scheme);
        return 'anything.desktop';
      },
    });
    return { open, opened, asked };
  }

  it('refuses a scheme that is not on the allowed list, naming it', async () => {
    const { open, opened, asked } = recordingOpener();

    const result = await open('x-vendor:7166983877', ['sip', 'tel']);

    expect(result).toEqual({
      ok: false,
      reason: '"x-vendor:" links are not on the allowed list (sip:, tel:); nothing was opened.',
      code: 'SCHEME_NOT_ALLOWED',
    });
    expect(opened).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('refuses file: even when a caller put it on the list', async () => {
    const { open, opened } = recordingOpener();

    const result = await open('file:///etc/passwd', ['sip', 'file']);

    expect(result).toEqual({
      ok: false,
      reason: '"file:" links open files, web pages or scripts and are never opened for dialing.',
      code: 'SCHEME_NOT_ALLOWED',
    });
    expect(opened).toEqual([]);
  });

  it('refuses an OS command-handler scheme (ms-msdt:) even when a stored allow-list holds it, opening nothing', async () => {
    const { open, opened } = recordingOpener();

    const result = await open('ms-msdt:/id PCWDiagnostic /skip force', ['sip', 'ms-msdt']);

    expect(result).toEqual({
      ok: false,
      reason:
        "The \"ms-msdt:\" scheme hands the link's text to a program of the operating system that acts on it (a known way to run commands on this computer); it is never opened for dialing.",
      code: 'SCHEME_NOT_ALLOWED',
    });
    expect(opened).toEqual([]);
  });

  it('refuses text without a scheme', async () => {
    const { open, opened } = recordingOpener();

    expect(await open('7166983877', DEFAULT_ALLOWED_SCHEMES)).toEqual({
      ok: false,
      reason: 'This link has no scheme such as "sip:"; nothing was opened.',
      code: 'SCHEME_NOT_ALLOWED',
    });
    expect(opened).toEqual([]);
  });

  it('accepts an allowed scheme written in capitals and asks for its handler in lower case', async () => {
    const { open, opened, asked } = recordingOpener();

    expect(await open('SIP:7166983877', DEFAULT_ALLOWED_SCHEMES)).toEqual({ ok: true, detail: 'handed SIP:7166983877 to anything' });
    expect(asked).toEqual(['sip']);
    expect(opened).toEqual(['SIP:7166983877']);
  });
});

describe('createUriOpener: failures become reasons', () => {
  it('reports an openExternal that rejects', async () => {
    const open = createUriOpener({
      openExternal: () => Promise.reject(new Error('xdg-open could not open sip:7166983877: the program that handles it failed (exit code 4).')),
      schemeHandler: async () => 'linphone.desktop',
    });

    expect(await open('sip:7166983877', DEFAULT_ALLOWED_SCHEMES)).toEqual({
      ok: false,
      reason: 'Opening sip:7166983877 failed: xdg-open could not open sip:7166983877: the program that handles it failed (exit code 4).',
      code: 'OPEN_FAILED',
    });
  });

  it('reports a handler check that throws', async () => {
    const open = createUriOpener({
      openExternal: async () => {},
      schemeHandler: () => Promise.reject(new Error('registry unreadable')),
    });

    expect(await open('tel:7166983877', DEFAULT_ALLOWED_SCHEMES)).toEqual({
      ok: false,
      reason: 'Could not find out which program handles "tel:" links: registry unreadable.',
      code: 'HANDLER_CHECK_FAILED',
    });
  });
});
