import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_PAGE_URL, appFileFor, contentTypeOf, fileUnder } from '../../../src/main/window/app-page.ts';
import { trustedPage } from '../../../src/main/ipc/register-handlers.ts';

const root = mkdtempSync(join(tmpdir(), 'softphone-renderer-'));
const renderer = join(root, 'renderer');
mkdirSync(join(renderer, 'assets'), { recursive: true });
writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'secret.txt'), 'not for the page');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('app:// serves only files under the renderer folder', () => {
  it.each([
    ['app://softphone/index.html', 'index.html'],
    ['app://softphone/', 'index.html'],
    ['app://softphone/assets/index-abc.js?v=1#top', 'assets/index-abc.js'],
    ['app://softphone/assets/My%20Font.woff2', 'assets/My Font.woff2'],
  ])('%s is %s', (url, file) => {
    expect(appFileFor(url, renderer)).toBe(join(renderer, file));
  });

  it.each([
    'app://softphone/assets/..%2f..%2fsecret.txt',
    'app://softphone/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://softphone/..%5csecret.txt',
    'app://softphone/index.html%00.png',
    'app://softphone/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://softphone/index.html',
    'not a url',
  ])('%s is refused', (url) => {
    expect(appFileFor(url, renderer)).toBeNull();
  });

  // The URL parser already folds plain and %2e dot segments: what is left stays in the folder.
  it.each([
    ['app://softphone/../secret.txt', 'secret.txt'],
    ['app://softphone/%2e%2e/%2E%2E/secret.txt', 'secret.txt'],
    ['app://softphone/assets/..', 'index.html'],
    ['app://softphone//etc/passwd', 'etc/passwd'],
  ])('%s stays in the folder: %s', (url, file) => {
    expect(appFileFor(url, renderer)).toBe(join(renderer, file));
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '..', '/..%2Fsecret.txt'])(
    'refuses the raw path %s, which would leave the folder',
    (pathname) => {
      expect(fileUnder(renderer, pathname)).toBeNull();
    },
  );

  it('sends scripts as JavaScript, so the page can load them as modules', () => {
    expect(contentTypeOf('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/r/assets/blob.bin')).toBe('application/octet-stream');
  });

  it('trusts IPC from the app page and nothing else', () => {
    const trusted = trustedPage(APP_PAGE_URL);
    expect(trusted('app://softphone/index.html')).toBe(true);
    expect(trusted('app://softphone/index.html#/operators')).toBe(true);
    expect(trusted('app://softphone/other.html')).toBe(false);
    expect(trusted('app://evil/index.html')).toBe(false);
    expect(trusted('file:///index.html')).toBe(false);
  });
});
