/**
 * The call card: after a dial went out, keys 1–8 record what became of the call (no mouse needed),
 * a note goes with it, and both are in the dial log after a restart. Each report is a new row.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../harness/fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { DEBTORS, dialDebtorPhone, dialLogRows, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { setPasswordFor, signIn, signInAs, signOut, expectSignedInAs } from '../support/session-ui.ts';

// Two or three app launches and an axe run each: slower than the default 30 s on a loaded machine.
test.slow();

const callCard = (page: Page) => page.getByRole('region', { name: 'Call card' });
const outcomeButton = (page: Page, label: string) => callCard(page).getByRole('button', { name: label });

test('keyboard only: dial, 3 records "Left message" on that dial, focus stays on the phone, no mouse event', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await setPasswordFor(page, OPERATORS.ben);
  await signOut(page);
  await page.evaluate(() => {
    const g = globalThis as unknown as { mousePresses: number; addEventListener(t: string, l: () => void, o: object): void };
    g.mousePresses = 0;
    for (const type of ['mousedown', 'pointerdown', 'auxclick', 'contextmenu']) g.addEventListener(type, () => void (g.mousePresses += 1), { capture: true });
  });

  await page.keyboard.type(OPERATORS.ben.code);
  await page.keyboard.press('Tab');
  await page.keyboard.type(OPERATORS.ben.password);
  await page.keyboard.press('Enter');
  await expectSignedInAs(page, OPERATORS.ben);
  await expect(callCard(page)).toHaveCount(0);
  await page.keyboard.type(DEBTORS.morgan.search);
  await expect(page.getByRole('grid', { name: 'Debtor list' }).getByRole('row')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  const phone = page.getByRole('button', { name: DEBTORS.morgan.phone });
  await expect(phone).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await listener.next()).text).toBe('452,7166983877');

  await expect(callCard(page)).toContainText('Morgan Ellis');
  await expect(callCard(page)).toContainText('452,7166983877');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('3');
  await expect(outcomeButton(page, 'Left message')).toHaveAttribute('aria-pressed', 'true');
  await expect(callCard(page)).toContainText('Saved');
  // Focus never left the phone: Enter dials again at once.
  await expect(phone).toBeFocused();
  expect(await page.evaluate(() => (globalThis as unknown as { mousePresses: number }).mousePresses)).toBe(0);
  // On the debtor: the last contact and its outcome, and the call counted of 7.
  const morgan = page.getByRole('grid', { name: 'Debtor list' }).getByRole('row').first();
  await expect(morgan).toContainText(/Last call \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} · Left message/);
  await expect(morgan).toContainText('1 of 7 calls this week');

  const rows = await dialLogRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('combobox')).toHaveValue('left-message');
});

test('outcome and note are stored with the dial and shown in the dial log after a restart; set later from the log', async ({ launchHarness, listener }) => {
  const before = await launchHarness();
  await setNote2(before.page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await signInAs(before.page, OPERATORS.ben);
  await dialDebtorPhone(before.page, DEBTORS.pat);
  expect((await listener.next()).text).toBe('452,5551237777');
  await expect(callCard(before.page)).toContainText('Pat Sample');
  await before.page.keyboard.press('7');
  await expect(outcomeButton(before.page, 'Promise to pay')).toHaveAttribute('aria-pressed', 'true');
  await callCard(before.page).getByLabel('Note (optional)').fill('Pays 50 on Friday');
  await callCard(before.page).getByRole('button', { name: 'Save note' }).click();
  await expect(callCard(before.page)).toContainText('Saved');
  expect(await axeViolations(before.page)).toEqual([]);
  await before.close();

  const after = await launchHarness({ dbDir: before.dbDir });
  await signIn(after.page, OPERATORS.ben);
  const rows = await dialLogRows(after.page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('combobox')).toHaveValue('promise');
  await expect(rows.first()).toContainText('Pays 50 on Friday');

  await rows.first().getByRole('combobox').selectOption({ label: 'Talked to the debtor' });
  await expect(rows.first().getByRole('combobox')).toHaveValue('talked');
  await after.close();

  const again = await launchHarness({ dbDir: before.dbDir });
  await signIn(again.page, OPERATORS.ben);
  const stored = await dialLogRows(again.page);
  await expect(stored.first().getByRole('combobox')).toHaveValue('talked');
  // The note stays with the later report.
  await expect(stored.first()).toContainText('Pays 50 on Friday');
});

test('a call the debtor asked for is marked on the card, kept with the outcome and shown in the dial log', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await signInAs(page, OPERATORS.ben);
  await dialDebtorPhone(page, DEBTORS.morgan);
  expect((await listener.next()).text).toBe('452,7166983877');
  await outcomeButton(page, 'Talked to the debtor').click();
  await expect(callCard(page)).toContainText('Saved');
  await callCard(page).getByLabel('The debtor asked for this call (prior consent): it does not count toward 7 calls in 7 days').check();
  await expect(callCard(page)).toContainText('Saved');

  const rows = await dialLogRows(page);
  await expect(rows.first()).toContainText('Asked for by the debtor: not counted toward 7 in 7');
  await expect(rows.first().getByRole('combobox')).toHaveValue('talked');
});
