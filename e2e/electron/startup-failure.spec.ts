/**
 * A start-up failure in the real Electron app: one dialog (Electron's dialog.showErrorBox, a GTK
 * window on Linux) naming the problem and the path, then the app quits and lets go of its
 * single-instance lock. The dialog is found by the app's process id and dismissed with xdotool, as a
 * user would press Enter. Skipped, with the reason, where no Electron binary (or no display) exists.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAIN_BUNDLE, ROOT } from '../harness/build.ts';
import { findElectronBinary } from '../support/electron-binary.ts';
import { setupHeading } from '../support/session-ui.ts';
import { electronSkipReason, expect, test } from './launch-app.ts';

const skipReason = electronSkipReason(ROOT);
test.skip(skipReason !== null, skipReason ?? '');

function startApp(userDataDir: string): { app: ChildProcess; stderr: () => string } {
  const binary = findElectronBinary(ROOT);
  if (!binary.found) throw new Error(binary.reason);
  const env: NodeJS.ProcessEnv = { ...process.env, SOFTPHONE_USER_DATA_DIR: userDataDir };
  delete env['ELECTRON_RUN_AS_NODE'];
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = spawn(binary.path, [...sandboxArgs, MAIN_BUNDLE], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  app.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { app, stderr: () => stderr };
}

test('softphone.db as a folder: one dialog naming it, then the app quits and frees its lock', async ({ launchApp }) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'softphone-electron-'));
  try {
    const dbPath = join(userDataDir, 'softphone.db');
    mkdirSync(dbPath);
    const { app, stderr } = startApp(userDataDir);
    const exited = once(app, 'exit');

    // The same title and text go to stderr as into the dialog.
    await expect.poll(stderr, { timeout: 20_000 }).toContain(
      `softphone: Softphone Launcher cannot start: ${dbPath} is a folder, not a database file.`,
    );
    const dialog = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--pid', String(app.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')[0];
    expect(dialog).toMatch(/^\d+$/);
    execFileSync('xdotool', ['windowfocus', '--sync', dialog ?? '', 'key', 'Return']);
    await exited;

    // The lock is free: the next start on the repaired folder is a normal first run.
    rmSync(dbPath, { recursive: true });
    const next = await launchApp({ userDataDir, setUp: false });
    await expect(setupHeading(next.page)).toBeVisible();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
