/**
 * Main answers only the app's own page: the real sender check, seen through the harness transport
 * (which passes the calling frame's URL as Electron passes event.senderFrame.url).
 */
import { test, expect } from '../harness/fixtures.ts';
import type { AppPageGlobals } from '../support/page-globals.ts';

const FOREIGN_SENDER_ERROR = 'Refused: this request did not come from the Softphone Launcher window.';

test('a page from another origin gets the API object but every call is refused', async ({ harness: { page, context } }) => {
  await context.route('https://elsewhere.test/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title>' }),
  );
  await page.goto('https://elsewhere.test/index.html');

  const answer = await page.evaluate(() => (globalThis as unknown as AppPageGlobals).softphone.dialNumber('716-698-3877').then(() => 'answered', (error: Error) => error.message));
  expect(answer).toBe(FOREIGN_SENDER_ERROR);
});

test('a malformed request from the app\'s page is refused with the reason', async ({ harness: { page } }) => {
  const answer = await page.evaluate(() =>
    (globalThis as unknown as AppPageGlobals).softphone.searchDebtors('x', -1, 10).then(() => 'answered', (error: Error) => error.message),
  );
  expect(answer).toMatch(/^Refused: the request for debtors:search is malformed\./);
  expect(answer).toContain('offset');
});
