/**
 * First-run setup, signing in and out, and setting passwords, by what the user sees: shared by the
 * browser harness specs and the Electron specs.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ADMIN, type Account } from './accounts.ts';
import { openOperator } from './app-ui.ts';

export const setupHeading = (page: Page): Locator => page.getByRole('heading', { name: 'Set up Softphone Launcher' });
export const signInHeading = (page: Page): Locator => page.getByRole('heading', { name: 'Sign in', exact: true });
/** The header's "Signed in as Name (CODE)" line. */
export const signedInLine = (page: Page): Locator => page.getByRole('banner').getByText(/^Signed in as /);
/** The refusal under the setup or sign-in form. */
export const formAlert = (page: Page): Locator => page.getByRole('main').getByRole('alert');

export type SetupOptions = { readonly loadSampleData?: boolean };

/** The setup screen's fields filled for ADMIN (passwords as given), without submitting. */
export async function fillSetup(page: Page, password: string, passwordAgain: string): Promise<void> {
  await page.getByLabel('Operator ID').fill(ADMIN.code);
  await page.getByLabel('Name').fill(ADMIN.name);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again', { exact: true }).fill(passwordAgain);
}

/** First run: creates ADMIN on the setup screen (with the sample data unless told otherwise); ADMIN is then signed in. */
export async function setUpFirstAdmin(page: Page, options: SetupOptions = {}): Promise<void> {
  await expect(setupHeading(page)).toBeVisible();
  await fillSetup(page, ADMIN.password, ADMIN.password);
  await page.getByLabel('Load the sample data').setChecked(options.loadSampleData ?? true);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expectSignedInAs(page, ADMIN);
}

export async function expectSignedInAs(page: Page, account: Account): Promise<void> {
  await expect(signedInLine(page)).toHaveText(`Signed in as ${account.option}`);
}

/** Types an ID and password on the sign-in screen and presses "Sign in" (the outcome is the caller's to check). */
export async function trySignIn(page: Page, code: string, password: string): Promise<void> {
  await expect(signInHeading(page)).toBeVisible();
  await page.getByLabel('Operator ID').fill(code);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function signIn(page: Page, account: Account): Promise<void> {
  await trySignIn(page, account.code, account.password);
  await expectSignedInAs(page, account);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(signInHeading(page)).toBeVisible();
}

/** Ends with ADMIN signed in, whoever (if anyone) was signed in before. */
export async function asAdministrator(page: Page): Promise<void> {
  const line = signedInLine(page);
  await expect(signInHeading(page).or(line)).toBeVisible();
  if (await line.isVisible()) {
    if ((await line.textContent()) === `Signed in as ${ADMIN.option}`) return;
    await signOut(page);
  }
  await signIn(page, ADMIN);
}

/** An administrator sets `account`'s password on its Operator form. */
export async function setPasswordFor(page: Page, account: Account, password = account.password): Promise<void> {
  await openOperator(page, account);
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('status', { name: 'Password result' })).toHaveText(`Password set for ${account.name}.`);
}

/**
 * Switches to `account` as a user does: the administrator gives it its (test) password, signs out,
 * and the operator signs in. Every dial after this is made as `account`.
 */
export async function signInAs(page: Page, account: Account): Promise<void> {
  await asAdministrator(page);
  if (account.code === ADMIN.code) return;
  await setPasswordFor(page, account);
  await signOut(page);
  await signIn(page, account);
}
