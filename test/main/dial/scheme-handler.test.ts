import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linuxSchemeHandler } from '../../../src/main/dial/scheme-handler.ts';
import { FAKE_SOFTPHONE_DESKTOP } from '../../support/fake-softphone.ts';
import { fakeSoftphonesPerTest } from '../../support/fake-softphones-per-test.ts';

const fakeSoftphone = fakeSoftphonesPerTest();

describe('linuxSchemeHandler (real xdg-mime)', () => {
  it('names the .desktop file registered for sip:', async () => {
    const phone = await fakeSoftphone();
    expect(await linuxSchemeHandler('sip', phone.env)).toBe('fake-softphone.desktop');
  });

  it('reads the scheme case-insensitively', async () => {
    const phone = await fakeSoftphone();
    expect(await linuxSchemeHandler('SIP', phone.env)).toBe('fake-softphone.desktop');
  });

  it('is null for a scheme nothing is registered for', async () => {
    const phone = await fakeSoftphone(['sip']);
    expect(await linuxSchemeHandler('tel', phone.env)).toBeNull();
  });

  it('is null, without asking xdg-mime, for text that is not a scheme name', async () => {
    const phone = await fakeSoftphone();
    // Were this passed on, the MIME type would be "x-scheme-handler/sip x"; it never gets that far.
    expect(await linuxSchemeHandler('sip x', phone.env)).toBeNull();
    expect(await linuxSchemeHandler('', phone.env)).toBeNull();
  });

  it('is null when the registered softphone was uninstalled, so xdg-open never hands the link to another program', async () => {
    const phone = await fakeSoftphone();
    await rm(join(phone.env['XDG_DATA_HOME'] ?? '', 'applications', FAKE_SOFTPHONE_DESKTOP));
    expect(await linuxSchemeHandler('sip', phone.env)).toBeNull();
  });

  it('is null, not a crash, when xdg-mime is not installed', async () => {
    const phone = await fakeSoftphone();
    expect(await linuxSchemeHandler('sip', { ...phone.env, PATH: '/nonexistent-softphone-test-dir' })).toBeNull();
  });
});
