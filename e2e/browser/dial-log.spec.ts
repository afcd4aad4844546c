/**
 * The dial log: operators see their own dials, administrators choose whose; it is virtualized, so 100,000
 * dials show as quickly as ten and only the rows in view are in the page.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Page } from '@playwright/test';
import { test, expect } from '../harness/fixtures.ts';
import { ADMIN, DEBTORS, dialDebtorPhone, dialLogRows, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { setPasswordFor, signInAs } from '../support/session-ui.ts';

const whose = (page: Page) => page.getByLabel('Show dials of');
const dialCount = (page: Page) => page.locator('.dial-log-screen .toolbar p.muted[aria-live]');

test('operators see only their own dials; an administrator chooses Everyone, Mine or one operator', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await setPasswordFor(page, OPERATORS.ben);
  await setPasswordFor(page, OPERATORS.cara);

  await signInAs(page, OPERATORS.ben);
  await dialDebtorPhone(page, DEBTORS.pat);
  expect((await listener.next()).text).toBe('452,5551237777');
  await signInAs(page, OPERATORS.cara);
  await dialDebtorPhone(page, DEBTORS.morgan);
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');

  let rows = await dialLogRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Cara Authcode');
  await expect(page.getByText('Your dials')).toBeVisible();
  await expect(whose(page)).toHaveCount(0);

  await signInAs(page, ADMIN);
  rows = await dialLogRows(page);
  await expect(whose(page)).toHaveValue('everyone');
  await expect(rows).toHaveCount(2);
  await expect(dialCount(page)).toHaveText('2 dials');
  await whose(page).selectOption({ label: 'Ben UDP (BEN)' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Ben UDP');
  await expect(rows.first()).toContainText('452,5551237777');
  await whose(page).selectOption('mine');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveText('No dials yet.');
  await expect(dialCount(page)).toHaveText('0 dials');
});

test('100,000 dials: the count is exact, only the rows in view are in the page, and the oldest is a scroll away', async ({ harness }) => {
  const { page, dbDir } = harness;
  const db = new DatabaseSync(join(dbDir, 'softphone.db'));
  db.exec('BEGIN');
  const insert = db.prepare(
    `INSERT INTO dial_log (key, at, operator_id, operator_name, number, method, target, payload, result, reason)
     VALUES (?, ?, NULL, 'Bulk Loader', ?, 'udp', '127.0.0.1:1544', ?, 'sent', NULL)`,
  );
  for (let i = 0; i < 100_000; i += 1) {
    const number = `555${String(i).padStart(7, '0')}`;
    insert.run(`bulk-${i}`, new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(), number, `452,${number}`);
  }
  db.exec('COMMIT');
  db.close();

  const rows = await dialLogRows(page);
  await expect(dialCount(page)).toHaveText('100,000 dials');
  await expect(rows.first()).toContainText('5550099999');
  expect(await rows.count()).toBeLessThan(80);

  await page.locator('.dial-log-screen .table-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(rows.filter({ hasText: '452,5550000000' })).toHaveCount(1);
  expect(await rows.count()).toBeLessThan(80);
});

test('a dial stored while the log is open appears on top at once, without reloading the log', async ({ harness, listener }) => {
  const { page, services } = harness;
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  const rows = await dialLogRows(page);
  await expect(dialCount(page)).toHaveText('0 dials');

  // A dial that does not start from this screen (as a link or the hotkey will): straight through main's dial service.
  const cara = (await services.store.operators.list()).find((operator) => operator.code === OPERATORS.cara.code);
  if (cara === undefined) throw new Error('CARA is missing from the sample data');
  await services.dialService.dialNumber(cara.id, '716-698-3877');
  expect((await listener.next()).text).toBe('109,7166983877');

  await expect(dialCount(page)).toHaveText('1 dial');
  await expect(rows.first()).toContainText('Cara Authcode');
  await expect(rows.first()).toContainText('109,7166983877');
});

test('Redial from the log calls the debtor again with the authcode; the log names the debtor', async ({ launchHarness, listener }) => {
  // The desk's clock, moved past the duplicate window so the second call is a call, not a repeated click.
  let now = Date.UTC(2026, 11, 2, 15, 0, 0);
  const { page } = await launchHarness({ now: () => new Date(now) });
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await setPasswordFor(page, OPERATORS.cara);
  await signInAs(page, OPERATORS.cara);
  await dialDebtorPhone(page, DEBTORS.morgan);
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');

  const rows = await dialLogRows(page);
  const morgan = `${DEBTORS.morgan.search} (file 4585)`;
  await expect(rows.first().locator('td').nth(2)).toHaveText(morgan);
  now += 60_000;
  await rows.first().getByRole('button', { name: 'Redial 716-698-3877' }).click();

  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
  // The call card asks for the outcome on the debtor screen, naming the debtor.
  await expect(page.getByRole('region', { name: 'Call card' })).toContainText(DEBTORS.morgan.search);
  const again = await dialLogRows(page);
  await expect(dialCount(page)).toHaveText('2 dials');
  await expect(again.first().locator('td').nth(2)).toHaveText(morgan);
  await expect(again.nth(1).locator('td').nth(2)).toHaveText(morgan);
});
