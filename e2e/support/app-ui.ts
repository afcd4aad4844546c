/**
 * The steps a user takes in the app, by what they see (roles, labels, text): shared by the browser
 * harness specs and the Electron specs, which drive the same renderer.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { SeededOperator } from './accounts.ts';

export { ADMIN, OPERATORS, type Account, type SeededOperator } from './accounts.ts';

/** "Operators" is an administrator's tab; an operator's is "My settings". */
export type ScreenName = 'Debtors' | 'Dial pad' | 'Dial log' | 'Operators' | 'My settings' | 'Import' | 'This desk';

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

/** The status bar's words for the dial mode ("A click sends the call to the office dialer, extension 452"). */
export const dialMode = (page: Page): Locator => page.getByRole('status', { name: 'Dial mode' });
/** Main's exact line behind the status bar's "Details" disclosure ("UDP → 127.0.0.1:1544, extension 452"). */
export const dialModeDetails = (page: Page): Locator => page.getByLabel('Dial mode details');
export const lastDial = (page: Page): Locator => page.getByRole('status', { name: 'Last dial' });

/** An administrator's Operators tab → the operator's form, on its GENERAL tab. */
export async function openOperator(page: Page, operator: { readonly name: string }): Promise<void> {
  await openScreen(page, 'Operators');
  await page.getByRole('navigation', { name: 'Operators' }).getByRole('button', { name: operator.name, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Operator: ${operator.name}` })).toBeVisible();
}

export async function openFormTab(page: Page, tab: 'GENERAL' | 'DETAIL'): Promise<void> {
  const button = page.getByRole('tablist', { name: 'Operator form' }).getByRole('tab', { name: tab, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-selected', 'true');
}

/** Operators tab → the operator → DETAIL, ready to read or edit the softphone settings (administrators). */
export async function openOperatorDetail(page: Page, operator: { readonly name: string }): Promise<void> {
  await openOperator(page, operator);
  await openFormTab(page, 'DETAIL');
  await expect(page.getByLabel('Note 2')).toBeVisible();
}

export const saveButton = (page: Page): Locator => page.getByRole('button', { name: 'Save', exact: true });

/** Sets an operator's Note 2 (and the toggle) through the Operator form and saves it (as an administrator). */
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
  await expect(page.getByRole('grid', { name: 'Debtor list' }).getByRole('row')).toHaveCount(1);
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
  return page.getByRole('table', { name: 'Dial log' }).locator('tbody tr:not(.spacer)');
}
