/**
 * The steps a user takes in the app, by what they see (roles, labels, text): shared by the browser
 * harness specs and the Electron specs, which drive the same renderer.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type ScreenName = 'Debtors' | 'Dial pad' | 'Dial log' | 'Operators';

/** The seeded operators as the "Dialing as" select shows them. */
export const OPERATORS = {
  anna: { name: 'Anna Softphone', option: 'Anna Softphone (ANNA)' },
  ben: { name: 'Ben UDP', option: 'Ben UDP (BEN)' },
  cara: { name: 'Cara Authcode', option: 'Cara Authcode (CARA)' },
  dan: { name: 'Dan Desk', option: 'Dan Desk (DAN)' },
} as const;

export type SeededOperator = (typeof OPERATORS)[keyof typeof OPERATORS];

/** The seeded debtors of the spec's examples: who to search for and the phone button to click. */
export const DEBTORS = {
  morgan: { search: 'Morgan Ellis', phone: 'Dial 716-698-3877 (Home)' },
  pat: { search: 'Pat Sample', phone: 'Dial 555-123-7777 (Mobile)' },
} as const;

export const udpNote2 = (port: number, extension: string, authcode = false): string =>
  `UDP:/127.0.0.1:${port}:${extension}${authcode ? '#authcode' : ''}`;

export async function openScreen(page: Page, screen: ScreenName): Promise<void> {
  const tab = page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: screen, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

export async function chooseOperator(page: Page, operator: SeededOperator): Promise<void> {
  await page.getByLabel('Dialing as').selectOption({ label: operator.option });
  await expect(page.getByLabel('Dialing as').locator('option:checked')).toHaveText(operator.option);
}

export const dialMode = (page: Page): Locator => page.getByRole('status', { name: 'Dial mode' });
export const lastDial = (page: Page): Locator => page.getByRole('status', { name: 'Last dial' });

/** Operators tab → the operator → DETAIL, ready to read or edit the softphone settings. */
export async function openOperatorDetail(page: Page, operator: SeededOperator): Promise<void> {
  await openScreen(page, 'Operators');
  await page.getByRole('navigation', { name: 'Operators' }).getByRole('button', { name: operator.name, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Operator: ${operator.name}` })).toBeVisible();
  await page.getByRole('tablist', { name: 'Operator form' }).getByRole('tab', { name: 'DETAIL', exact: true }).click();
  await expect(page.getByLabel('Note 2')).toBeVisible();
}

export const saveButton = (page: Page): Locator => page.getByRole('button', { name: 'Save', exact: true });

/** Sets an operator's Note 2 (and the toggle) through the Operator form and saves it. */
export async function setNote2(page: Page, operator: SeededOperator, note2: string, useSoftphone = true): Promise<void> {
  await openOperatorDetail(page, operator);
  await page.getByLabel('Use softphone for dialer').setChecked(useSoftphone);
  await page.getByLabel('Note 2').fill(note2);
  await saveButton(page).click();
  await expect(page.locator('#save-reason')).toHaveText('Saved');
}

/** Debtors tab → search → click the phone button, as an operator does. */
export async function dialDebtorPhone(page: Page, debtor: (typeof DEBTORS)[keyof typeof DEBTORS]): Promise<void> {
  await openScreen(page, 'Debtors');
  await page.getByLabel('Search debtors').fill(debtor.search);
  await expect(page.getByRole('list', { name: 'Debtor list' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: debtor.phone }).click();
}

export async function dialOnPad(page: Page, number: string): Promise<void> {
  await openScreen(page, 'Dial pad');
  await page.getByLabel('Phone number').fill(number);
  await page.getByRole('button', { name: 'Dial', exact: true }).click();
}

/** The dial log's rows (header excluded), newest first. */
export async function dialLogRows(page: Page): Promise<Locator> {
  await openScreen(page, 'Dial log');
  return page.getByRole('table', { name: 'Dial log' }).locator('tbody tr');
}
