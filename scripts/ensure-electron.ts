/**
 * Runs before `npm start`, `npm run dev` and the Electron end-to-end project: electron-vite needs
 * node_modules/electron/path.txt and the binary it names, which Electron's package writes only once its
 * binary is fetched. When they are missing this runs the electron package's own installer; when that
 * cannot fetch, it ends with one paragraph that says what failed and what to do, instead of
 * electron-vite's "Error: Electron uninstall".
 *
 *   node scripts/ensure-electron.ts
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findElectronBinary, HOW_TO_GET_ONE } from '../e2e/support/electron-binary.ts';

export type EnsureOutcome = { readonly ok: true; readonly path: string; readonly fetched: boolean } | { readonly ok: false; readonly message: string };

export type Installer = (packageDir: string, env: NodeJS.ProcessEnv) => Promise<{ readonly code: number | null; readonly output: string }>;

export async function ensureElectron(root: string, env: NodeJS.ProcessEnv, install: Installer = runInstaller): Promise<EnsureOutcome> {
  const before = findElectronBinary(root, env);
  if (before.found) return { ok: true, path: before.path, fetched: false };
  // The installer writes into node_modules/electron/dist: it cannot fill a folder named by the override.
  if (env['ELECTRON_OVERRIDE_DIST_PATH']) return { ok: false, message: cannotStartParagraph(before.reason, null) };
  const installed = await install(resolve(root, 'node_modules/electron'), env);
  const after = findElectronBinary(root, env);
  if (installed.code === 0 && after.found) return { ok: true, path: after.path, fetched: true };
  return { ok: false, message: cannotStartParagraph(before.reason, installerFailure(installed)) };
}

/** The one paragraph a user reads when there is no Electron binary and none could be fetched. */
export function cannotStartParagraph(missing: string, installerSaid: string | null): string {
  const fetched =
    installerSaid === null
      ? 'ELECTRON_OVERRIDE_DIST_PATH is set, so nothing was fetched.'
      : `The electron package's installer (node_modules/electron/install.js) could not fetch it: ${installerSaid}.`;
  return [
    `Softphone Launcher cannot start: ${withoutAdvice(missing)}.`,
    fetched,
    'Where the Electron downloads are reachable, run the command again; through a mirror, set ELECTRON_MIRROR to its',
    'address (for example ELECTRON_MIRROR=https://mirror.example.com/electron/ npm start); with an Electron 45 you',
    'already have, set ELECTRON_OVERRIDE_DIST_PATH to the folder that holds its executable.',
    'Without Electron, `npm run harness` opens the real UI (renderer, preload and services) in Chromium.',
  ].join(' ');
}

/** findElectronBinary's reason ends in advice for the test suite; the paragraph gives its own. */
function withoutAdvice(reason: string): string {
  return reason.replace(`: ${HOW_TO_GET_ONE}`, '').replace(/^Electron binary not found/, 'the Electron binary is not installed');
}

/** The installer prints a stack trace; its first line says what went wrong. */
function installerFailure(result: { readonly code: number | null; readonly output: string }): string {
  const line = result.output.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('at '));
  const said = line ?? `it exited with ${result.code ?? 'a signal'} and printed nothing`;
  return said.replace(/\.$/, '');
}

const runInstaller: Installer = (packageDir, env) =>
  new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], { cwd: packageDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, output }));
  });

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, '..');
  if (!findElectronBinary(root).found) process.stderr.write('The Electron binary is missing: fetching it with the electron package\'s installer…\n');
  const outcome = await ensureElectron(root, process.env);
  if (!outcome.ok) {
    process.stderr.write(`\n${outcome.message}\n\n`);
    process.exit(1);
  }
  if (outcome.fetched) process.stderr.write(`Electron is installed: ${outcome.path}\n`);
}
