import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_SCHEMES } from '../../../src/shared/schemes.ts';
import { openIn, tempDir, freshStore } from './temp-store.ts';

describe('allowed schemes setting', () => {
  it('is the default list until one is stored', () => {
    expect(freshStore().settings.allowedSchemes()).toEqual(['sip', 'sips', 'tel', 'callto']);
    expect(freshStore().settings.allowedSchemes()).toEqual([...DEFAULT_ALLOWED_SCHEMES]);
  });

  it('stores a list, lower-cased, without colons or repeats, and keeps it across restarts', () => {
    const dir = tempDir();
    const first = openIn(dir).store;
    first.settings.setAllowedSchemes(['sip', 'TEL:', ' zoiper ', 'sip']);
    expect(first.settings.allowedSchemes()).toEqual(['sip', 'tel', 'zoiper']);
    first.close();
    expect(openIn(dir).store.settings.allowedSchemes()).toEqual(['sip', 'tel', 'zoiper']);
  });

  it('can be emptied, which allows no scheme at all', () => {
    const store = freshStore();
    store.settings.setAllowedSchemes([]);
    expect(store.settings.allowedSchemes()).toEqual([]);
  });

  it('refuses a scheme that can never be allowed, and keeps the previous list', () => {
    const store = freshStore();
    store.settings.setAllowedSchemes(['sip']);
    expect(() => store.settings.setAllowedSchemes(['tel', 'https'])).toThrow(
      'The "https:" scheme opens files, web pages, scripts or network connections and can never be used for dialing.',
    );
    expect(() => store.settings.setAllowedSchemes(['9x'])).toThrow('"9x" is not a scheme name');
    expect(store.settings.allowedSchemes()).toEqual(['sip']);
  });
});
