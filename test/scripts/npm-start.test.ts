/**
 * `npm start` as a new user runs it where no Electron binary can be fetched: the real npm, the real
 * scripts/ensure-electron.ts and the electron package's real installer, aimed at a closed port.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../e2e/support/electron-binary.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const hasBinary = findElectronBinary(ROOT).found;

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'npm-start-'));
});
afterEach(() => rm(scratch, { recursive: true, force: true }));

type Finished = { readonly code: number | null; readonly output: string };

function npmStart(env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The download cache is a fresh folder so a cached zip cannot stand in for the fetch; port 9 refuses at once. */
const unreachable = () => ({ ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: scratch, ELECTRON_OVERRIDE_DIST_PATH: '' });

describe('npm start without an Electron binary', () => {
  it.skipIf(hasBinary)('tries the installer, then stops with one paragraph that says what to do', { timeout: 60_000 }, async () => {
    const { code, output } = await npmStart(unreachable());
    expect(code).not.toBe(0);
    expect(output).toContain('Softphone Launcher cannot start: the Electron binary is not installed (node_modules/electron/path.txt and dist/ missing).');
    expect(output).toMatch(/The electron package's installer \(node_modules\/electron\/install\.js\) could not fetch it: \S/);
    expect(output).toContain('set ELECTRON_MIRROR');
    expect(output).toContain('set ELECTRON_OVERRIDE_DIST_PATH');
    expect(output).toContain('`npm run harness` opens the real UI');
    expect(output).not.toContain('Electron uninstall');
    // It stops before building: nothing of electron-vite runs.
    expect(output).not.toMatch(/building|transforming/);
  });

  it('names an ELECTRON_OVERRIDE_DIST_PATH that holds no executable', { timeout: 60_000 }, async () => {
    const empty = join(scratch, 'no-electron-here');
    const { code, output } = await npmStart({ ...unreachable(), ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(code).not.toBe(0);
    expect(output).toContain(`Softphone Launcher cannot start: the Electron binary is not installed at ${join(empty, 'electron')} (from ELECTRON_OVERRIDE_DIST_PATH).`);
    expect(output).toContain('ELECTRON_OVERRIDE_DIST_PATH is set, so nothing was fetched.');
    expect(output).toContain('`npm run harness`');
    expect(output).not.toContain('Electron uninstall');
  });
});
