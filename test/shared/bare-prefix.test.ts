import { describe, expect, it } from 'vitest';
import { barePrefixScheme, barePrefixWarning, handlerLabel } from '../../src/shared/bare-prefix.ts';
import { DEFAULT_ALLOWED_SCHEMES } from '../../src/shared/schemes.ts';

describe('barePrefixScheme', () => {
  it.each([
    ['sip:', 'sip'],
    [' TEL: ', 'tel'],
    ['callto:', 'callto'],
    ['sips:', 'sips'],
  ])('%s is a bare prefix', (note2, scheme) => {
    expect(barePrefixScheme(note2, DEFAULT_ALLOWED_SCHEMES)).toBe(scheme);
  });

  it.each(['sip:{number}@pbx.example.com', 'UDP:/127.0.0.1:1544:452', '', 'file:', 'zoiper:'])('%s is not', (note2) => {
    expect(barePrefixScheme(note2, [...DEFAULT_ALLOWED_SCHEMES, 'zoiper'])).toBeNull();
  });
});

describe('barePrefixWarning', () => {
  it('names the program and suggests a SIP address at the PBX', () => {
    expect(barePrefixWarning('tel', 'linphone.desktop')).toBe(
      'A bare "tel:" prefix gives linphone only the number, and not every softphone dials that: Linphone places no call and ' +
        "looks the debtor's number up in public DNS (ENUM); baresip adds its own domain. Use sip:{number}@your-pbx with your " +
        "phone system's host name, for example sip:{number}@pbx.example.com.",
    );
    expect(barePrefixWarning('sip', null)).toContain('gives the softphone only the number');
  });

  it('handlerLabel drops .desktop and keeps other names', () => {
    expect(handlerLabel('baresip.desktop')).toBe('baresip');
    expect(handlerLabel('Linphone')).toBe('Linphone');
  });
});
