/**
 * Playwright fixtures for the browser harness. `launchHarness` opens a harness (a fresh user-data
 * folder and SQLite file unless dbDir is given); when the test ends it closes every harness it opened,
 * removes every folder it created, and fails the test if the page threw an uncaught error.
 */
import { rm } from 'node:fs/promises';
import { test as base } from '@playwright/test';
import { createUserDataDir, launchHarness, type Harness, type HarnessOptions } from './launch-harness.ts';
import { startUdpListener, type UdpListener } from '../support/udp-listener.ts';

export { expect } from '@playwright/test';
export type { Harness, HarnessOptions };

type Fixtures = {
  launchHarness: (options?: HarnessOptions) => Promise<Harness>;
  /** A fresh harness, opened for the test. */
  harness: Harness;
  /** A UDP dialer stand-in on 127.0.0.1 and a free port. */
  listener: UdpListener;
};

export const test = base.extend<Fixtures>({
  launchHarness: async ({ browser }, use) => {
    const opened: Harness[] = [];
    const createdDirs: string[] = [];
    await use(async (options = {}) => {
      const dbDir = options.dbDir ?? (await createUserDataDir());
      if (options.dbDir === undefined) createdDirs.push(dbDir);
      const harness = await launchHarness(browser, { ...options, dbDir });
      opened.push(harness);
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
