/**
 * Every change an administrator makes to an operator is recorded (who, when, which field, old → new)
 * and shown on the Operator form; someone must always be left to administer the app.
 */
import { test, expect } from '../harness/fixtures.ts';
import type { Locator } from '@playwright/test';
import { ADMIN, openFormTab, openOperator, openOperatorDetail, OPERATORS, saveButton } from '../support/app-ui.ts';
import { setPasswordFor } from '../support/session-ui.ts';

const WHEN = '2025-11-26 14:03:09';
// Local time, as the audit trail shows it.
const frozenClock = () => new Date(2025, 10, 26, 14, 3, 9);

const cells = (row: Locator): Locator => row.locator('td');

test("an administrator's change appears in the audit trail", async ({ launchHarness }) => {
  const { page } = await launchHarness({ now: frozenClock });
  const table = page.getByRole('table', { name: 'Audit trail' });

  await openOperatorDetail(page, OPERATORS.ben);
  await expect(table.getByRole('columnheader')).toHaveText(['When', 'Who', 'Field', 'Old value', 'New value']);
  await expect(table.locator('tbody')).toHaveText('No changes recorded yet.');

  await page.getByLabel('Note 2').fill('UDP:/127.0.0.1:1544:453#authcode');
  await saveButton(page).click();
  await expect(page.locator('#save-reason')).toHaveText('Saved');

  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(cells(rows.first())).toHaveText([WHEN, ADMIN.name, 'Note 2', 'UDP:/127.0.0.1:1544:452', 'UDP:/127.0.0.1:1544:453#authcode']);

  await openFormTab(page, 'GENERAL');
  await page.getByLabel('Role').selectOption({ label: 'Administrator' });
  await saveButton(page).click();
  await expect(page.locator('#save-reason')).toHaveText('Saved');
  await expect(rows).toHaveCount(2);
  // Newest first.
  await expect(cells(rows.first())).toHaveText([WHEN, ADMIN.name, 'Role', 'Operator', 'Administrator']);

  await setPasswordFor(page, OPERATORS.ben);
  await expect(rows).toHaveCount(3);
  await expect(cells(rows.first())).toHaveText([WHEN, ADMIN.name, 'Password', '—', '(changed)']);

  // The operator list follows: Ben is an administrator who can now sign in.
  const ben = page.getByRole('navigation', { name: 'Operators' }).getByRole('listitem').filter({ hasText: OPERATORS.ben.name });
  await expect(ben).toContainText('Administrator');
  await expect(ben).not.toContainText('No password');

  // Another operator's trail is their own.
  await openOperator(page, OPERATORS.cara);
  await expect(table.locator('tbody')).toHaveText('No changes recorded yet.');
});

test('the last active administrator cannot be deactivated or demoted', async ({ harness: { page } }) => {
  await openOperator(page, ADMIN);
  const rows = page.getByRole('table', { name: 'Audit trail' }).locator('tbody tr');
  // Setup recorded the administrator's creation: every field, and the password.
  await expect(rows).toHaveCount(7);
  await page.getByLabel('Active').uncheck();
  await saveButton(page).click();
  await expect(page.getByRole('alert')).toHaveText('Not saved: The last active administrator cannot be deactivated or demoted.');

  await page.getByLabel('Active').check();
  await page.getByLabel('Role').selectOption({ label: 'Operator' });
  await saveButton(page).click();
  await expect(page.getByRole('alert')).toHaveText('Not saved: The last active administrator cannot be deactivated or demoted.');

  // Nothing was stored, and nothing was recorded.
  await page.reload();
  await openOperator(page, ADMIN);
  await expect(page.getByLabel('Role')).toHaveValue('admin');
  await expect(page.getByLabel('Active')).toBeChecked();
  await expect(rows).toHaveCount(7);
});
