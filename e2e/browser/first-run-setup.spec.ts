/**
 * First run: a new database has no administrator, so the app opens on the setup screen. It creates
 * the first administrator (password typed twice, at least 10 characters) and can load the sample data.
 */
import { test, expect } from '../harness/fixtures.ts';
import { ADMIN, DEBTORS, dialMode, dialModeDetails, openScreen, OPERATORS } from '../support/app-ui.ts';
import {
  expectSignedInAs, fillSetup, formAlert, setupHeading, setUpFirstAdmin, signIn, signInHeading, signOut,
} from '../support/session-ui.ts';

const PASSWORDS_DIFFER = 'The two passwords are not the same. Type the password twice, exactly alike.';

test('first-run setup creates the administrator and loads the sample data', async ({ launchHarness }) => {
  const { page } = await launchHarness({ setUp: false });
  await expect(setupHeading(page)).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription('At least 10 characters, not only spaces, and not a common password such as password123.');
  await expect(page.getByLabel('Load the sample data')).toBeChecked();
  // Nothing of the app shows before an administrator exists.
  await expect(page.getByRole('tablist', { name: 'Screens' })).toHaveCount(0);

  const create = page.getByRole('button', { name: 'Create administrator' });
  await fillSetup(page, '', '');
  await create.click();
  await expect(formAlert(page)).toHaveText('A password needs at least 10 characters; this one has 0.');

  await fillSetup(page, 'short', 'short');
  await create.click();
  await expect(formAlert(page)).toHaveText('A password needs at least 10 characters; this one has 5.');

  await fillSetup(page, ' '.repeat(12), ' '.repeat(12));
  await create.click();
  await expect(formAlert(page)).toHaveText('A password cannot be only spaces: type letters, digits or signs.');

  await fillSetup(page, 'Password123', 'Password123');
  await create.click();
  await expect(formAlert(page)).toHaveText('"Password123" is one of the most common passwords and is guessed at once. Choose another.');

  await fillSetup(page, ADMIN.password, `${ADMIN.password}!`);
  await create.click();
  await expect(formAlert(page)).toHaveText(PASSWORDS_DIFFER);
  await expect(setupHeading(page)).toBeVisible();

  await fillSetup(page, ADMIN.password, ADMIN.password);
  await create.click();

  await expectSignedInAs(page, ADMIN);
  const header = page.getByRole('banner');
  await expect(header.getByText('Administrator', { exact: true })).toBeVisible();
  await expect(dialModeDetails(page)).toHaveText('Softphone dialing is off');
  await expect(dialMode(page)).toHaveText('You dial by hand: a click shows the number to copy');
  await expect(page.getByText('42 debtors', { exact: true })).toBeVisible();
  await page.getByLabel('Search debtors').fill(DEBTORS.morgan.search);
  await expect(page.getByRole('button', { name: DEBTORS.morgan.phone })).toBeVisible();

  await openScreen(page, 'Operators');
  const list = page.getByRole('navigation', { name: 'Operators' }).getByRole('listitem');
  await expect(list).toHaveText([
    /^Ada Admin.*ADA · Softphone dialing is off.*Administrator$/,
    /^Anna Softphone.*ANNA · Softphone: sip:.*No password$/,
    /^Ben UDP.*BEN · UDP → 127\.0\.0\.1:1544, extension 452.*No password$/,
    /^Cara Authcode.*CARA · UDP → 127\.0\.0\.1:1544, extension 109, with authcode.*No password$/,
    /^Dan Desk.*DAN · Softphone dialing is off.*No password$/,
  ]);

  // Setup happens once: from now on the window asks who is signing in.
  await signOut(page);
  await page.reload();
  await expect(signInHeading(page)).toBeVisible();
  await expect(setupHeading(page)).toHaveCount(0);
  await signIn(page, ADMIN);
});

test('without the sample data the new database holds only the administrator', async ({ launchHarness }) => {
  const { page } = await launchHarness({ setUp: false });
  await setUpFirstAdmin(page, { loadSampleData: false });

  await expect(page.getByText('0 debtors')).toBeVisible();
  await openScreen(page, 'Operators');
  await expect(page.getByRole('navigation', { name: 'Operators' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('button', { name: OPERATORS.ben.name })).toHaveCount(0);
});
