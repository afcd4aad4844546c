/**
 * Playwright fixtures for the browser harness. `launchHarness` opens a harness (a fresh user-data
 * folder and SQLite file unless dbDir is given) and, on a fresh folder, goes through the first-run
 * setup screen as a user would: the administrator ADMIN is created, the sample data loaded, and ADMIN
 * left signed in. Its clock is a weekday afternoon (test/support/floor-afternoon.ts) unless `now` is given. When the test ends it closes every harness it opened, removes every folder it
 * created, and fails the test if the page threw an uncaught error.
 */
import { rm } from 'node:fs/promises';
import { test as base } from '@playwright/test';
import { createUserDataDir, launchHarness, type Harness, type HarnessOptions } from './launch-harness.ts';
import { setUpFirstAdmin } from '../support/session-ui.ts';
import { startUdpListener, type UdpListener } from '../support/udp-listener.ts';
import { floorAfternoonClock } from '../../test/support/floor-afternoon.ts';

export { expect } from '@playwright/test';
export type { Harness, HarnessOptions };

export type LaunchOptions = HarnessOptions & {
  /**
   * Create ADMIN on the setup screen, with the sample data, and stay signed in as them. Default: true
   * for a fresh user-data folder, false when dbDir reuses one (a restart shows the sign-in screen).
   */
  readonly setUp?: boolean;
};

type Fixtures = {
  launchHarness: (options?: LaunchOptions) => Promise<Harness>;
  /** A fresh harness, opened for the test, with ADMIN signed in and the sample data loaded. */
  harness: Harness;
  /** A UDP dialer stand-in on 127.0.0.1 and a free port. */
  listener: UdpListener;
};

export const test = base.extend<Fixtures>({
  launchHarness: async ({ browser }, use) => {
    const opened: Harness[] = [];
    const createdDirs: string[] = [];
    await use(async ({ setUp, ...options } = {}) => {
      const dbDir = options.dbDir ?? (await createUserDataDir());
      if (options.dbDir === undefined) createdDirs.push(dbDir);
      // The badges (local time, calling window) render from the clock: a spec sees the same rows at any hour.
      const harness = await launchHarness(browser, { now: floorAfternoonClock(), ...options, dbDir });
      opened.push(harness);
      if (setUp ?? options.dbDir === undefined) await setUpFirstAdmin(harness.page);
      return harness;
    });
    for (const harness of opened) await harness.close();
    await Promise.all(createdDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    // A renderer that threw may still have shown the expected text: such a test must not pass.
    const pageErrors = opened.flatMap((harness) => harness.pageErrors.map((error) => error.message));
    if (pageErrors.length > 0) throw new Error(`Uncaught errors in the app's page:\n${pageErrors.join('\n')}`);
  },
  harness: async ({ launchHarness: launch }, use) => {
    await use(await launch());
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  listener: async ({}, use) => {
    const listener = await startUdpListener();
    await use(listener);
    await listener.close();
  },
});
