/** "Use softphone for dialer" OFF: nothing goes on the wire, the operator is told so and can copy the number. */
import { test, expect } from '../harness/fixtures.ts';
import type { AppPageGlobals } from '../support/page-globals.ts';
import { HARNESS_ORIGIN } from '../harness/renderer-route.ts';
import { dialDebtorPhone, dialLogRows, dialMode, dialModeDetails, DEBTORS, lastDial, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { signInAs } from '../support/session-ui.ts';

const OFF_MESSAGE = 'Softphone dialing is off for Ben UDP: nothing was sent. Copy the number to dial it by hand.';

test('with the toggle off nothing is sent, even with a valid Note 2, and the number can be copied', async ({ harness, listener }) => {
  const { page, context } = harness;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: HARNESS_ORIGIN });
  // A Note 2 aimed at the listener: if the toggle were ignored, the datagram would arrive there.
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'), false);
  await signInAs(page, OPERATORS.ben);
  await expect(dialModeDetails(page)).toHaveText('Softphone dialing is off');
  await expect(dialMode(page)).toHaveText('You dial by hand: a click shows the number to copy');

  await dialDebtorPhone(page, DEBTORS.morgan);

  await expect(lastDial(page)).toContainText('Blocked');
  await expect(lastDial(page)).toContainText(OFF_MESSAGE);
  await listener.expectNone(500);

  await lastDial(page).getByRole('button', { name: 'Copy number' }).click();
  await expect(lastDial(page)).toContainText('Copied');
  expect(await page.evaluate(() => (globalThis as unknown as AppPageGlobals).navigator.clipboard.readText())).toBe('716-698-3877');

  const rows = await dialLogRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Blocked');
  await expect(rows.first()).toContainText(OFF_MESSAGE);
});

test('a seeded operator with the toggle off (Dan Desk) is told and offered "Copy number"', async ({ harness: { page } }) => {
  await signInAs(page, OPERATORS.dan);
  await dialDebtorPhone(page, DEBTORS.pat);

  await expect(lastDial(page)).toContainText(
    'Softphone dialing is off for Dan Desk: nothing was sent. Copy the number to dial it by hand.',
  );
  await expect(lastDial(page).getByRole('button', { name: 'Copy number' })).toBeVisible();
});
