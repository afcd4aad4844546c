/**
 * Opens the browser harness by hand: the real renderer in a headed Chromium window, backed by the real
 * services, until the window is closed. Needs a display (a desktop session, or `xvfb-run`).
 *
 *   node e2e/harness/start.ts [--db-dir <folder>] [--link <uri>]
 *
 * --link hands a link to the app as the OS would (openLinkAsOs) once the window is open: sign in to see its card.
 *
 * Without --db-dir the data lives in a temporary folder that is removed afterwards. Dials go to the
 * real network (loopback only makes sense) and sip: links to this desktop's registered softphone.
 */
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildForHarness } from './build.ts';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium.ts';
import { createUserDataDir, launchHarness } from './launch-harness.ts';
import { HARNESS_INDEX_URL } from './renderer-route.ts';

const { values } = parseArgs({ options: { 'db-dir': { type: 'string' }, link: { type: 'string' } } });

if (!process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
  console.error('The harness opens a Chromium window and needs a display: run it in a desktop session or under `xvfb-run -a`.');
  process.exit(1);
}

process.env['PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD'] = '1';
await buildForHarness({ withElectron: false });

const keepData = values['db-dir'] !== undefined;
const dbDir = values['db-dir'] ?? (await createUserDataDir());
const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS, headless: false });
const harness = await launchHarness(browser, { dbDir });

console.log(`Softphone Launcher harness: ${HARNESS_INDEX_URL} in Chromium, data in ${dbDir}.`);
console.log('Close the window (or press Ctrl+C) to stop.');
if (values.link !== undefined) await harness.openLinkAsOs(values.link);

await new Promise<void>((resolve) => {
  harness.page.once('close', () => resolve());
  browser.once('disconnected', () => resolve());
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

await harness.close().catch(() => undefined);
await browser.close().catch(() => undefined);
if (!keepData) await rm(dbDir, { recursive: true, force: true });
console.log('Harness closed.');
