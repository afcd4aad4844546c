/** An administrator checks the integration from the Operator form: one real dial with the saved settings. */
import { test, expect } from '../harness/fixtures.ts';
import { dialLogRows, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';

test('"Send test dial" sends the saved Note 2\'s dial string and shows exactly what went where', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await page.getByLabel('Test number').fill('716-698-3877');

  await page.getByRole('button', { name: 'Send test dial' }).click();

  // No debtor is involved in a test dial, so #authcode adds nothing.
  expect((await listener.next()).text).toBe('109,7166983877');
  const result = page.getByRole('status', { name: 'Test dial result' });
  await expect(result).toContainText(`Sent "109,7166983877" to 127.0.0.1:${listener.port}.`);
  await expect(result.locator('code').first()).toHaveText('109,7166983877');
  await expect((await dialLogRows(page)).first()).toContainText('109,7166983877');
});

test('"Send test dial" waits until the edited settings are saved', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109'));
  await page.getByLabel('Note 2').fill(udpNote2(listener.port, '110'));

  await expect(page.getByRole('button', { name: 'Send test dial' })).toBeDisabled();
  await expect(page.locator('#test-reason')).toHaveText('Save the operator first');
  await listener.expectNone(300);
});
