/** The scheme allow-list: an administrator adds a vendor scheme; schemes that open other things never get on it. */
import { test, expect } from '../harness/fixtures.ts';
import { openOperator, openOperatorDetail, openScreen, OPERATORS, saveButton } from '../support/app-ui.ts';

test('an administrator adds a vendor scheme, and a forbidden one is refused with the reason', async ({ harness: { page } }) => {
  await openScreen(page, 'Operators');
  const section = page.getByRole('region', { name: 'Allowed schemes' });
  const list = section.getByRole('list', { name: 'Allowed schemes' });
  await expect(list.getByRole('listitem')).toHaveText(['sip:Remove', 'sips:Remove', 'tel:Remove', 'callto:Remove']);

  await openOperatorDetail(page, OPERATORS.anna);
  await page.getByLabel('Note 2').fill('zoiper:');
  await expect(page.locator('#note2-error')).toContainText('"zoiper:" protocol is not on the allowed list');

  await section.getByLabel('Add scheme').fill('http');
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(section.getByRole('alert')).toHaveText(
    'The "http:" scheme opens files, web pages, scripts or network connections and can never be used for dialing.',
  );
  await section.getByLabel('Add scheme').fill('Zoiper');
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await section.getByRole('button', { name: 'Remove callto' }).click();
  await expect(list.getByRole('listitem')).toHaveText(['sip:Remove', 'sips:Remove', 'tel:Remove', 'zoiper:Remove']);
  await section.getByRole('button', { name: 'Save allowed schemes' }).click();
  await expect(section.getByText('Saved', { exact: true })).toBeVisible();

  // The form's live check follows main's list at once, and main stores Note 2 with the new scheme.
  await expect(page.locator('#note2-error')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Preview' })).toHaveText('zoiper:5551237777');
  await saveButton(page).click();
  await expect(page.locator('#save-reason')).toHaveText('Saved');

  await page.reload();
  await openOperator(page, OPERATORS.anna);
  await expect(list.getByRole('listitem')).toHaveText(['sip:Remove', 'sips:Remove', 'tel:Remove', 'zoiper:Remove']);
  const audit = page.getByRole('table', { name: 'Audit trail' }).locator('tbody tr');
  await expect(audit.first().locator('td').nth(2)).toHaveText('Note 2');
  await expect(audit.first().locator('td').nth(4)).toHaveText('zoiper:');
});
