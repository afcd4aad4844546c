/** Settings and the dial log live in the SQLite file: a new harness on the same folder is a restart. */
import { test, expect } from '../harness/fixtures.ts';
import {
  chooseOperator, dialDebtorPhone, dialLogRows, DEBTORS, lastDial, openOperatorDetail, OPERATORS, setNote2, udpNote2,
} from '../support/app-ui.ts';

test('an operator\'s Note 2 and the dial log survive a restart', async ({ launchHarness, listener }) => {
  const note2 = udpNote2(listener.port, '109', true);
  const before = await launchHarness();
  await setNote2(before.page, OPERATORS.cara, note2);
  await chooseOperator(before.page, OPERATORS.cara);
  await dialDebtorPhone(before.page, DEBTORS.morgan);
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
  await before.close();

  const after = await launchHarness({ dbDir: before.dbDir });
  const { page } = after;

  const rows = await dialLogRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Cara Authcode');
  await expect(rows.first()).toContainText('109,7166983877,002400004585');
  await expect(rows.first()).toContainText(`127.0.0.1:${listener.port}`);
  await expect(rows.first()).toContainText('Sent');

  await openOperatorDetail(page, OPERATORS.cara);
  await expect(page.getByLabel('Note 2')).toHaveValue(note2);
  await expect(page.getByLabel('Use softphone for dialer')).toBeChecked();

  // The stored settings still dial after the restart.
  await chooseOperator(page, OPERATORS.cara);
  await dialDebtorPhone(page, DEBTORS.pat);
  expect((await listener.next()).text).toBe('109,5551237777,123412345678');
  await expect(lastDial(page)).toContainText('Sent');
});
