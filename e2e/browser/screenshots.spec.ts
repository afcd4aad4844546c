/**
 * Pictures of each main screen with a dial on it, for people reading the README and reviewing the UI.
 * assets/screenshot.png (the README's) is written when missing or with UPDATE_README_SCREENSHOT=1:
 * the listener's port differs on every run, so rewriting it each time would churn the committed file.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../harness/fixtures.ts';
import { ROOT } from '../harness/build.ts';
import {
  ADMIN, dialDebtorPhone, dialLogRows, dialOnPad, DEBTORS, lastDial, openFormTab, openOperatorDetail, openScreen, OPERATORS, setNote2,
  udpNote2,
} from '../support/app-ui.ts';
import { expectSignedInAs, fillSetup, setupHeading, signIn, signInAs, signInHeading, signOut } from '../support/session-ui.ts';

const SHOTS = join(ROOT, 'e2e/screenshots');
const README_SHOT = join(ROOT, 'assets/screenshot.png');

test('screenshots of setup, sign-in, Debtors, Dial pad, Dial log, My settings and the Operator form', async ({ launchHarness, listener }) => {
  const { page } = await launchHarness({ now: () => new Date('2025-11-26T14:03:09'), setUp: false });
  await mkdir(SHOTS, { recursive: true });

  await expect(setupHeading(page)).toBeVisible();
  await fillSetup(page, ADMIN.password, ADMIN.password);
  await page.screenshot({ path: join(SHOTS, 'setup.png') });
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expectSignedInAs(page, ADMIN);

  await signOut(page);
  await page.getByLabel('Operator ID').fill(ADMIN.code);
  await expect(signInHeading(page)).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'sign-in.png') });
  await signIn(page, ADMIN);

  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);

  await dialOnPad(page, '555-123-7777');
  await expect(lastDial(page)).toContainText('Sent "109,5551237777"');
  await page.screenshot({ path: join(SHOTS, 'dial-pad.png') });

  await dialDebtorPhone(page, DEBTORS.morgan);
  await expect(lastDial(page)).toContainText('Sent "109,7166983877,002400004585"');
  await page.getByLabel('Search debtors').fill('');
  await expect(page.getByText('Avery Anderson')).toBeVisible();
  // No hover highlight left on whatever row now sits under the last click.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, 'debtors.png') });
  if (!existsSync(README_SHOT) || process.env['UPDATE_README_SCREENSHOT'] === '1') {
    await copyFile(join(SHOTS, 'debtors.png'), README_SHOT);
  }

  await expect(await dialLogRows(page)).toHaveCount(2);
  await page.screenshot({ path: join(SHOTS, 'dial-log.png') });

  await openScreen(page, 'My settings');
  await openFormTab(page, 'DETAIL');
  await expect(page.getByLabel('Note 2')).toHaveAttribute('readonly', '');
  await page.screenshot({ path: join(SHOTS, 'my-settings.png') });

  await signInAs(page, ADMIN);
  await openOperatorDetail(page, OPERATORS.cara);
  await expect(page.getByRole('table', { name: 'Audit trail' }).locator('tbody tr').first()).toContainText('Password');
  await page.screenshot({ path: join(SHOTS, 'operator-detail.png') });
  await page.getByRole('table', { name: 'Audit trail' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'audit-trail.png') });

  expect(listener.received.map((d) => d.text)).toEqual(['109,5551237777', '109,7166983877,002400004585']);
});
