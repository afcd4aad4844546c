/**
 * The packaged app: electron-builder.yml read the way electron-builder reads it (js-yaml), checked for
 * what the app needs inside the ASAR and what the OS needs to hand it links.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, matchesGlob, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_HANDLER_SCHEMES } from '../../src/shared/handler-schemes.ts';
import { LAUNCHER_SCHEME } from '../../src/shared/launcher-link.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

type BuilderConfig = {
  files: string[];
  asar: boolean;
  protocols: { name: string; schemes: string[] }[];
  linux: { icon: string; mimeTypes: string[] };
  win: { icon: string };
  mac: { icon: string };
};
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

/** What `files` puts in the ASAR: a path matches an include pattern and no `!` pattern. */
function packaged(path: string): boolean {
  const includes = config.files.filter((p) => !p.startsWith('!'));
  const excludes = config.files.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return includes.some((p) => matchesGlob(path, p)) && !excludes.some((p) => matchesGlob(path, p));
}

/** Every `assets/…` file the main process names, relative to the project (as the ASAR's root). */
function assetsNamedByMain(): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) for (const match of readFileSync(path, 'utf8').matchAll(/assets\/[\w.-]+/g)) found.add(match[0]);
    }
  };
  walk(join(ROOT, 'src/main'));
  return [...found];
}

describe('electron-builder.yml', () => {
  it('packages the built app into an ASAR, without source maps', () => {
    expect(config.asar).toBe(true);
    expect(packaged('out/main/index.js')).toBe(true);
    expect(packaged('out/preload/index.cjs')).toBe(true);
    expect(packaged('out/renderer/index.html')).toBe(true);
    expect(packaged('out/main/index.js.map')).toBe(false);
  });

  it('packages every asset the main process loads (window and tray icon), and each exists', () => {
    const assets = assetsNamedByMain();
    expect(assets).toContain('assets/icon.png');
    for (const asset of assets) {
      expect(packaged(asset), asset).toBe(true);
      expect(existsSync(join(ROOT, asset)), asset).toBe(true);
    }
    // index.ts finds the icon from out/main/index.js as ../../assets/icon.png: the same place inside the ASAR.
    expect(relative(ROOT, resolve(ROOT, 'out/main', '../../assets/icon.png'))).toBe('assets/icon.png');
  });

  it('gives each platform an icon that exists', () => {
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) expect(existsSync(join(ROOT, icon)), icon).toBe(true);
  });

  it("declares the app's own scheme and the optional tel:/callto:/sip:, with a Linux MimeType for each", () => {
    const schemes = config.protocols.flatMap((p) => p.schemes);
    expect(schemes).toEqual([LAUNCHER_SCHEME, ...OPTIONAL_HANDLER_SCHEMES]);
    expect(config.linux.mimeTypes).toEqual(schemes.map((s) => `x-scheme-handler/${s}`));
  });
});
