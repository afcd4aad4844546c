import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronSkipReason, findElectronBinary, HOW_TO_GET_ONE } from '../../e2e/support/electron-binary.ts';

// A fake project root: node_modules/electron laid out as the electron package leaves it.
let root: string;
const electronDir = () => join(root, 'node_modules/electron');

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'electron-binary-'));
  await mkdir(electronDir(), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('finds the executable path.txt names under dist/', async () => {
    await writeFile(join(electronDir(), 'path.txt'), 'electron');
    await mkdir(join(electronDir(), 'dist'));
    await writeFile(join(electronDir(), 'dist/electron'), '');
    expect(findElectronBinary(root, {})).toEqual({ found: true, path: join(electronDir(), 'dist/electron') });
  });

  it('says which file is missing when path.txt names one that is not there', async () => {
    await writeFile(join(electronDir(), 'path.txt'), 'electron');
    expect(findElectronBinary(root, {})).toEqual({
      found: false,
      reason:
        `Electron binary not found (node_modules/electron/dist/electron missing): ${HOW_TO_GET_ONE}`,
    });
  });

  it('advises a command that exists: the script npm start runs, which runs the electron package\'s installer', () => {
    const script = /`node (scripts\/[^`]+)`/.exec(HOW_TO_GET_ONE)?.[1];
    expect(script).toBe('scripts/ensure-electron.ts');
    expect(existsSync(join(process.cwd(), script ?? ''))).toBe(true);
    expect(HOW_TO_GET_ONE).not.toContain('npx');
    expect(HOW_TO_GET_ONE).toContain('ELECTRON_MIRROR');
  });

  it('says path.txt is missing when the install never ran', () => {
    const result = findElectronBinary(root, {});
    expect(result.found).toBe(false);
    expect(!result.found && result.reason).toMatch(/^Electron binary not found \(node_modules\/electron\/path\.txt and dist\/ missing\)/);
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH when set', async () => {
    const dist = join(root, 'my-electron');
    await mkdir(dist);
    await writeFile(join(dist, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({ found: true, path: join(dist, 'electron') });
  });

  it('names the override path when nothing is there', () => {
    const result = findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'nowhere') });
    expect(!result.found && result.reason).toContain(`at ${join(root, 'nowhere/electron')} (from ELECTRON_OVERRIDE_DIST_PATH)`);
  });
});

describe('electronSkipReason', () => {
  it('asks for a display when the binary exists but DISPLAY is not set', async () => {
    await writeFile(join(electronDir(), 'path.txt'), 'electron');
    await mkdir(join(electronDir(), 'dist'));
    await writeFile(join(electronDir(), 'dist/electron'), '');
    expect(electronSkipReason(root, {})).toBe('Electron needs a display: run the end-to-end tests under `xvfb-run -a`.');
    expect(electronSkipReason(root, { DISPLAY: ':99' })).toBeNull();
  });
});
