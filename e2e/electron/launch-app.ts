/**
 * Launches the built app (out/main/index.js) with a real Electron binary, on its own user-data folder
 * (SOFTPHONE_USER_DATA_DIR), and closes it and removes the folder when the test ends. On a fresh
 * folder it goes through the first-run setup screen as the browser harness does (ADMIN, sample data).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { MAIN_BUNDLE, ROOT } from '../harness/build.ts';
import { findElectronBinary } from '../support/electron-binary.ts';
import { setUpFirstAdmin } from '../support/session-ui.ts';

export { electronSkipReason } from '../support/electron-binary.ts';
import { startUdpListener, type UdpListener } from '../support/udp-listener.ts';

export { expect } from '@playwright/test';

export type LaunchOptions = {
  /** Reuse the user-data folder of an earlier launch: a restart. */
  readonly userDataDir?: string;
  /** Extra environment, e.g. a fake softphone's HOME for shell.openExternal and xdg-mime. */
  readonly env?: NodeJS.ProcessEnv;
  /** Create ADMIN on the setup screen (sample data loaded). Default: true for a fresh folder, false on a restart. */
  readonly setUp?: boolean;
  /** More command-line arguments after the app's script, e.g. a link as the OS passes it. */
  readonly args?: readonly string[];
};

export type LaunchedApp = { readonly app: ElectronApplication; readonly page: Page; readonly userDataDir: string; close(): Promise<void> };

type Fixtures = {
  launchApp: (options?: LaunchOptions) => Promise<LaunchedApp>;
  listener: UdpListener;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  launchApp: async ({}, use) => {
    const launched: LaunchedApp[] = [];
    const createdDirs: string[] = [];
    await use(async (options = {}) => {
      const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'softphone-electron-')));
      if (options.userDataDir === undefined) createdDirs.push(userDataDir);
      const app = await launch(userDataDir, options.env ?? {}, options.args ?? []);
      launched.push(app);
      if (options.setUp ?? options.userDataDir === undefined) await setUpFirstAdmin(app.page);
      return app;
    });
    for (const app of launched) await app.close();
    await Promise.all(createdDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  listener: async ({}, use) => {
    const listener = await startUdpListener();
    await use(listener);
    await listener.close();
  },
});

async function launch(userDataDir: string, extraEnv: NodeJS.ProcessEnv, extraArgs: readonly string[]): Promise<LaunchedApp> {
  const binary = findElectronBinary(ROOT);
  if (!binary.found) throw new Error(binary.reason);
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, SOFTPHONE_USER_DATA_DIR: userDataDir };
  // The app's window needs the real display even when extraEnv brings a fake one for xdg-open.
  if (process.env['DISPLAY']) env['DISPLAY'] = process.env['DISPLAY'];
  delete env['ELECTRON_RUN_AS_NODE'];
  // Chromium's sandbox cannot start as root (CI containers); the app's own renderer sandbox setting is unchanged.
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({ executablePath: binary.path, args: [...sandboxArgs, MAIN_BUNDLE, ...extraArgs], env: env as Record<string, string>, cwd: ROOT });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  let closed = false;
  return {
    app,
    page,
    userDataDir,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
    },
  };
}
