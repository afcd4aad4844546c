/**
 * The work list: preview dialing through a search result, one debtor at a time. Every call is a key
 * press; `N` moves on; the position is kept in the user-data folder, so a restart resumes it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../harness/fixtures.ts';
import { OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { setPasswordFor, signIn, signInAs } from '../support/session-ui.ts';

const workList = (page: Page) => page.getByRole('region', { name: 'Work list' });
const search = (page: Page) => page.getByLabel('Search debtors');

test('a work list walks the result with Enter and N, and resumes where it stopped after a restart', async ({ launchHarness, listener }) => {
  const before = await launchHarness();
  let page = before.page;
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await setPasswordFor(page, OPERATORS.ben);
  await signInAs(page, OPERATORS.ben);

  await search(page).fill('smith');
  await expect(page.getByText('2 debtors', { exact: true })).toBeVisible();
  // After the list (its one Tab stop), the work list's button.
  await search(page).press('Tab');
  await page.keyboard.press('Tab');
  await expect(workList(page).getByRole('button', { name: 'Start work list' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(workList(page)).toContainText('Work list · debtor 1 of 2 in the search “smith”');
  await expect(workList(page)).toContainText('Derek Smith · File 101347');
  const derekHome = workList(page).getByRole('button', { name: 'Dial 919-555-0193 (Home)' });
  await expect(derekHome).toBeFocused();
  await listener.expectNone(300);
  await page.keyboard.press('Enter');
  expect((await listener.next()).text).toBe('452,9195550193');
  await expect(page.getByRole('region', { name: 'Call card' })).toContainText('Derek Smith');
  await page.keyboard.press('3');
  await expect(page.getByRole('region', { name: 'Call card' })).toContainText('Saved');

  await page.keyboard.press('n');
  await expect(workList(page)).toContainText('debtor 2 of 2');
  await expect(workList(page)).toContainText('Elena Smithson');
  await expect(workList(page).getByRole('button', { name: 'Dial 212.555.0196 (Home)' })).toBeFocused();
  await listener.expectNone(300);
  await before.close();

  const after = await launchHarness({ dbDir: before.dbDir });
  page = after.page;
  await signIn(page, OPERATORS.ben);
  await expect(workList(page)).toContainText('Work list · debtor 2 of 2 in the search “smith”');
  await expect(workList(page)).toContainText('Elena Smithson');
  await workList(page).getByRole('button', { name: 'Dial 212.555.0196 (Home)' }).focus();
  await page.keyboard.press('Enter');
  expect((await listener.next()).text).toBe('452,2125550196');

  await page.keyboard.press('n');
  await expect(workList(page)).toContainText('Work list · done: all 2 debtors in the search “smith” had their turn');
  await workList(page).getByRole('button', { name: 'Stop work list' }).click();
  await expect(workList(page).getByRole('button', { name: 'Start work list' })).toBeVisible();
  await listener.expectNone(300);
});
