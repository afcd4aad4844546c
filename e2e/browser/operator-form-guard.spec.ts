/**
 * The Operator form keeps an administrator's edits: leaving with unsaved changes asks Save / Discard /
 * Stay; a wrong Note 2 comes with the likely fix; a builder writes Note 2; a test dial can be made as
 * the sample debtor so #authcode goes on the wire.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../harness/fixtures.ts';
import { ADMIN, dialLogRows, openOperatorDetail, openScreen, OPERATORS, saveButton, udpNote2 } from '../support/app-ui.ts';
import { signInHeading } from '../support/session-ui.ts';

const question = (page: Page) => page.getByRole('dialog', { name: 'Unsaved changes' });
const operatorButton = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Operators' }).getByRole('button', { name, exact: true });

test('picking another operator with unsaved edits asks first: Stay keeps them, Discard drops them', async ({ harness: { page } }) => {
  await openOperatorDetail(page, OPERATORS.ben);
  await page.getByLabel('Note 2').fill('UDP:/10.0.0.9:1544:452');

  await operatorButton(page, OPERATORS.cara.name).click();
  await expect(question(page)).toBeVisible();
  await expect(question(page)).toContainText(`The changes to ${OPERATORS.ben.name} are not saved yet.`);
  await question(page).getByRole('button', { name: 'Stay' }).click();
  await expect(question(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: `Operator: ${OPERATORS.ben.name}` })).toBeVisible();
  await expect(page.getByLabel('Note 2')).toHaveValue('UDP:/10.0.0.9:1544:452');

  await operatorButton(page, OPERATORS.cara.name).click();
  await question(page).getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { name: `Operator: ${OPERATORS.cara.name}` })).toBeVisible();
  await operatorButton(page, OPERATORS.ben.name).click();
  await expect(question(page)).toBeHidden();
  await page.getByRole('tablist', { name: 'Operator form' }).getByRole('tab', { name: 'DETAIL' }).click();
  await expect(page.getByLabel('Note 2')).toHaveValue('UDP:/127.0.0.1:1544:452');
});

test('switching screen or signing out with unsaved edits asks first; Save saves, then goes', async ({ harness: { page } }) => {
  await openOperatorDetail(page, OPERATORS.ben);
  await page.getByLabel('Note 2').fill('UDP:/10.0.0.9:1544:452');

  await page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: 'Debtors' }).click();
  await expect(question(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question(page)).toBeHidden();
  await expect(page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: 'Operators' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: 'Debtors' }).click();
  await question(page).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Search debtors')).toBeVisible();
  await openOperatorDetail(page, OPERATORS.ben);
  await expect(page.getByLabel('Note 2')).toHaveValue('UDP:/10.0.0.9:1544:452');

  await page.getByLabel('Note 2').fill('UDP:/10.0.0.10:1544:452');
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await question(page).getByRole('button', { name: 'Discard' }).click();
  await expect(signInHeading(page)).toBeVisible();
});

test('a mistyped Note 2 suggests the likely fix, and one click applies it', async ({ harness: { page } }) => {
  await openOperatorDetail(page, OPERATORS.ben);
  const note2 = page.getByLabel('Note 2');

  await note2.fill('udp://host');
  await expect(page.getByText('Did you mean UDP:/host:port:extension?')).toBeVisible();

  await note2.fill('192.168.2.122:1544:452');
  await expect(page.getByText('Did you mean UDP:/192.168.2.122:1544:452?')).toBeVisible();
  await expect(saveButton(page)).toBeDisabled();
  await page.getByRole('button', { name: 'Use UDP:/192.168.2.122:1544:452' }).click();
  await expect(note2).toHaveValue('UDP:/192.168.2.122:1544:452');
  await expect(page.locator('#note2-error')).toHaveCount(0);
  await expect(saveButton(page)).toBeEnabled();
});

test('the builder writes Note 2 from host, port, extension and the authcode switch', async ({ harness: { page } }) => {
  await openOperatorDetail(page, OPERATORS.dan);
  await page.getByText('Build a UDP command').click();
  await page.getByLabel('Dialer host').fill('192.168.2.122');
  await page.getByLabel('Port').fill('1544');
  await page.getByLabel('Extension').fill('109');
  await page.getByLabel('Send the authcode (client and debtor numbers)').check();
  await page.getByRole('button', { name: 'Write to Note 2' }).click();

  await expect(page.getByLabel('Note 2')).toHaveValue('UDP:/192.168.2.122:1544:109#authcode');
  await expect(page.getByLabel('Use softphone for dialer')).toBeChecked();
  await expect(page.getByLabel('Preview')).toHaveText('109,5551237777,123412345678 to 192.168.2.122:1544');
});

test('a test dial as the sample debtor sends CARA\'s 12-digit authcode', async ({ harness: { page }, listener }) => {
  await openOperatorDetail(page, OPERATORS.cara);
  await page.getByLabel('Note 2').fill(udpNote2(listener.port, '109', true));
  await saveButton(page).click();
  await expect(page.locator('#save-reason')).toHaveText('Saved');
  await page.getByLabel('As the sample debtor (client 24, file 4585): sends the authcode').check();
  await expect(page.getByLabel('Test number')).toHaveValue('716-698-3877');
  await page.getByRole('button', { name: 'Send test dial' }).click();

  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
  await expect(page.getByRole('status', { name: 'Test dial result' })).toContainText('Sent "109,7166983877,002400004585"');
  // Logged as the administrator's dial, marked as a test of CARA's settings: not one of CARA's calls.
  const row = (await dialLogRows(page)).first();
  await expect(row.locator('td').nth(1)).toHaveText(`${ADMIN.name} Test of ${OPERATORS.cara.name}'s settings`);
  await expect(row).toContainText('109,7166983877,002400004585');
  await openScreen(page, 'Debtors');
});
