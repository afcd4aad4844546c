/**
 * A collector's shift without the mouse: sign in, `/`, type, Down, arrows, Enter, and the datagram is
 * on the wire. Mouse presses are counted in the page: the keyboard part of each test must make none.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../harness/fixtures.ts';
import { DEBTORS, lastDial, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { setPasswordFor, signOut, expectSignedInAs, signInHeading } from '../support/session-ui.ts';

/** From now on, every mouse or pointer press in the page is counted. */
async function countMousePresses(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const g = globalThis as unknown as MouseCounter;
    g.mousePresses = 0;
    for (const type of ['mousedown', 'pointerdown', 'auxclick', 'contextmenu']) {
      g.addEventListener(type, () => void (g.mousePresses += 1), { capture: true });
    }
  });
  return () => page.evaluate(() => (globalThis as unknown as MouseCounter).mousePresses);
}

type MouseCounter = {
  mousePresses: number;
  addEventListener(type: string, listener: () => void, options: { capture: boolean }): void;
};

const grid = (page: Page) => page.getByRole('grid', { name: 'Debtor list' });
const search = (page: Page) => page.getByLabel('Search debtors');

/** Ben dials the listener; he signs in with the keyboard alone; from then on mouse presses are counted. */
async function benSignsInByKeyboard(page: Page, port: number): Promise<() => Promise<number>> {
  await setNote2(page, OPERATORS.ben, udpNote2(port, '452'));
  await setPasswordFor(page, OPERATORS.ben);
  await signOut(page);
  const mousePresses = await countMousePresses(page);
  // The sign-in screen puts the caret in Operator ID.
  await page.keyboard.type(OPERATORS.ben.code);
  await page.keyboard.press('Tab');
  await page.keyboard.type(OPERATORS.ben.password);
  await page.keyboard.press('Enter');
  await expectSignedInAs(page, OPERATORS.ben);
  await expect(search(page)).toBeFocused();
  return mousePresses;
}

test('keyboard only: sign in, /, type, Down, arrows to a phone, Enter sends the datagram', async ({ harness: { page }, listener }) => {
  const mousePresses = await benSignsInByKeyboard(page, listener.port);

  // Away from the search box (Shift+Tab into the header), `/` brings the caret back.
  await page.keyboard.press('Shift+Tab');
  await expect(search(page)).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type(DEBTORS.morgan.search);
  await expect(grid(page).getByRole('row')).toHaveCount(1);

  await page.keyboard.press('ArrowDown');
  const phone = page.getByRole('button', { name: DEBTORS.morgan.phone });
  await expect(phone).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(grid(page).getByRole('gridcell').filter({ hasText: 'Morgan Ellis' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(phone).toBeFocused();
  await page.keyboard.press('Enter');

  expect((await listener.next()).text).toBe('452,7166983877');
  await expect(lastDial(page)).toContainText(`Sent "452,7166983877" to 127.0.0.1:${listener.port}.`);
  await expect(lastDial(page)).toContainText('Morgan Ellis');
  // Focus stays on the phone after the dial: the next key works on it.
  await expect(phone).toBeFocused();

  // Ctrl+F from the list goes back to the search box with its text selected, ready to be replaced.
  await page.keyboard.press('Control+f');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type(DEBTORS.pat.search);
  await expect(grid(page).getByRole('row')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: DEBTORS.pat.phone })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await listener.next()).text).toBe('452,5551237777');

  expect(await mousePresses()).toBe(0);
});

test('the debtor list is one Tab stop; arrows walk all 42 sample debtors and focus follows into view', async ({ harness: { page } }) => {
  await search(page).focus();
  await expect(page.getByText('42 debtors', { exact: true })).toBeVisible();
  const mousePresses = await countMousePresses(page);

  await page.keyboard.press('Tab');
  await expect(grid(page).locator(':focus')).toHaveCount(1);
  await expect(grid(page).locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  // One more Tab leaves the list, whatever number of phones it holds.
  await expect(grid(page).locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(grid(page).locator(':focus')).toHaveCount(1);

  await page.keyboard.press('Control+End');
  const lastRow = grid(page).locator('[aria-rowindex="42"]');
  await expect(lastRow.locator(':focus')).toHaveCount(1);
  await expect(lastRow).toBeInViewport();
  await page.keyboard.press('Control+Home');
  await expect(grid(page).locator('[aria-rowindex="1"] :focus')).toHaveCount(1);
  await page.keyboard.press('PageDown');
  await expect(grid(page).locator('[aria-rowindex="11"] :focus')).toHaveCount(1);
  expect(await mousePresses()).toBe(0);
});

test('at night, with badges that make rows taller than the list expects, Ctrl+End still shows the last debtor', async ({ launchHarness }) => {
  // 03:00 in New York: every US debtor's badge reads "closed (opens in …)", and rows grow when it wraps.
  const { page } = await launchHarness({ now: () => new Date('2026-12-03T10:30:00.000Z') });
  await search(page).focus();
  await expect(page.getByText('42 debtors', { exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(grid(page).locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Control+End');
  const lastRow = grid(page).locator('[aria-rowindex="42"]');
  await expect(lastRow.locator(':focus')).toHaveCount(1);
  await expect(lastRow).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Control+Home');
  await expect(grid(page).locator('[aria-rowindex="1"]')).toBeInViewport({ ratio: 1 });
});

test('? shows every shortcut; Esc closes the list and focus returns', async ({ harness: { page } }) => {
  await search(page).focus();
  await page.keyboard.press('Tab');
  const focusedCell = grid(page).locator(':focus');
  await expect(focusedCell).toHaveCount(1);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const text of ['Ctrl+F', 'Search debtors (from any screen)', 'Dial the phone in focus', 'Previous / next debtor']) {
    await expect(help).toContainText(text);
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(grid(page).locator(':focus')).toHaveCount(1);
  // In a text field `?` is typed, not a shortcut.
  await search(page).focus();
  await page.keyboard.type('?');
  await expect(search(page)).toHaveValue('?');
  await expect(help).toBeHidden();
});

test('the search box is focused after every sign-in, not only the first', async ({ harness: { page } }) => {
  await signOut(page);
  await expect(signInHeading(page)).toBeVisible();
  await page.getByLabel('Operator ID').fill('ADA');
  await page.getByLabel('Password', { exact: true }).fill('e2e-ada-passphrase');
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await expect(search(page)).toBeFocused();
});

test('keyboard only: Enter dials, an outcome key records the call, N moves to the next debtor, Enter dials again', async ({ harness: { page }, listener }) => {
  const mousePresses = await benSignsInByKeyboard(page, listener.port);
  // "smith" finds Derek Smith and Elena Smithson, in that order.
  await page.keyboard.type('smith');
  await expect(grid(page).getByRole('row')).toHaveCount(2);

  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Dial 919-555-0193 (Home)' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await listener.next()).text).toBe('452,9195550193');
  const card = page.getByRole('region', { name: 'Call card' });
  await expect(card).toContainText('Derek Smith');
  await page.keyboard.press('1');
  await expect(card).toContainText('Saved');

  await page.keyboard.press('n');
  const elena = page.getByRole('button', { name: 'Dial 212.555.0196 (Home)' });
  await expect(elena).toBeFocused();
  // Moving on is not dialing: nothing goes out until the next Enter.
  await listener.expectNone(300);
  await page.keyboard.press('Enter');
  expect((await listener.next()).text).toBe('452,2125550196');
  await expect(card).toContainText('Elena Smithson');

  expect(await mousePresses()).toBe(0);
});
