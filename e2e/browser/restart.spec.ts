/**
 * Settings, accounts and the dial log live in the SQLite file: a new harness on the same folder is a
 * restart. Nobody is signed in after it, and the setup screen does not come back.
 */
import { test, expect } from '../harness/fixtures.ts';
import {
  ADMIN, dialDebtorPhone, dialLogRows, DEBTORS, lastDial, openOperatorDetail, OPERATORS, setNote2, udpNote2,
} from '../support/app-ui.ts';
import { setupHeading, signIn, signInAs, signInHeading } from '../support/session-ui.ts';

test('an operator\'s Note 2, the accounts and the dial log survive a restart', async ({ launchHarness, listener }) => {
  const note2 = udpNote2(listener.port, '109', true);
  const before = await launchHarness();
  await setNote2(before.page, OPERATORS.cara, note2);
  await signInAs(before.page, OPERATORS.cara);
  await dialDebtorPhone(before.page, DEBTORS.morgan);
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
  await before.close();

  const after = await launchHarness({ dbDir: before.dbDir });
  const { page } = after;
  await expect(signInHeading(page)).toBeVisible();
  await expect(setupHeading(page)).toHaveCount(0);
  // Cara's password, set before the restart, still signs her in.
  await signIn(page, OPERATORS.cara);

  const rows = await dialLogRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Cara Authcode');
  await expect(rows.first()).toContainText('109,7166983877,002400004585');
  await expect(rows.first()).toContainText(`127.0.0.1:${listener.port}`);
  await expect(rows.first()).toContainText('Sent');

  // The stored settings still dial after the restart.
  await dialDebtorPhone(page, DEBTORS.pat);
  expect((await listener.next()).text).toBe('109,5551237777,123412345678');
  await expect(lastDial(page)).toContainText('Sent');

  await signInAs(page, ADMIN);
  await openOperatorDetail(page, OPERATORS.cara);
  await expect(page.getByLabel('Note 2')).toHaveValue(note2);
  await expect(page.getByLabel('Use softphone for dialer')).toBeChecked();
});
