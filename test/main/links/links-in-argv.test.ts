import { describe, expect, it } from 'vitest';
import { linksInArgv } from '../../../src/main/links/links-in-argv.ts';

describe('linksInArgv', () => {
  it('finds the link among the executable, Chromium switches and paths', () => {
    const argv = [
      '/opt/Softphone Launcher/softphone-launcher',
      '--no-sandbox',
      '--allow-file-access-from-files',
      'C:\\Program Files\\Softphone Launcher\\app.asar',
      'softphone-launcher://dial?number=716-698-3877&client=24&debtor=4585',
    ];
    expect(linksInArgv(argv)).toEqual(['softphone-launcher://dial?number=716-698-3877&client=24&debtor=4585']);
  });

  it('takes tel:, callto: and sip: links, in any case, and nothing else', () => {
    expect(linksInArgv(['TEL:+17166983877', 'callto:7166983877', 'sip:7166983877@pbx', 'https://example.com', '--inspect=tel:1', 'out/main/index.js'])).toEqual([
      'TEL:+17166983877',
      'callto:7166983877',
      'sip:7166983877@pbx',
    ]);
  });
});
