/**
 * A walk through every screen and overlay of the app, calling `check` on each with its name: shared
 * by the accessibility (axe) and the layout (no sideways scrolling) scenarios.
 */
import { expect } from '@playwright/test';
import type { Harness } from '../harness/fixtures.ts';
import { ADMIN, DEBTORS, dialDebtorPhone, dialLogRows, dialOnPad, lastDial, openFormTab, openOperatorDetail, openScreen, OPERATORS, setNote2 } from './app-ui.ts';
import { linkCard, linkCardSends, linkRefused, MORGAN_LINK } from './link-ui.ts';
import { startUdpListener } from './udp-listener.ts';
import { fillSetup, setupHeading, signIn, signInAs, signOut, signInHeading } from './session-ui.ts';

export type ScreenCheck = (screen: string) => Promise<void>;

/** Starts on a fresh harness opened with `setUp: false`: the first screen is the setup screen. */
export async function visitEveryScreen(harness: Harness, check: ScreenCheck): Promise<void> {
  const { page } = harness;
  await expect(setupHeading(page)).toBeVisible();
  await fillSetup(page, ADMIN.password, ADMIN.password);
  await check('setup');
  await page.getByRole('button', { name: 'Create administrator' }).click();

  await openScreen(page, 'Debtors');
  await expect(page.getByText('42 debtors', { exact: true })).toBeVisible();
  await check('debtors');

  // A failed dial: the result names the debtor and offers Copy number. A loopback port held a moment ago and
  // free now fails at once ("Nothing is listening"); a host-name lookup could take seconds on a loaded machine.
  const gone = await startUdpListener();
  await gone.close();
  await setNote2(page, ADMIN, `UDP:/127.0.0.1:${gone.port}:452`);
  await dialDebtorPhone(page, DEBTORS.morgan);
  await expect(lastDial(page)).toContainText('Failed');
  await check('debtors after a failed dial');

  // A dial that went out (to a listening stand-in: a closed port now fails): its call card, an outcome recorded.
  const dialer = await startUdpListener();
  await setNote2(page, ADMIN, `UDP:/127.0.0.1:${dialer.port}:452`);
  await dialDebtorPhone(page, DEBTORS.pat);
  expect((await dialer.next()).text).toBe('452,5551237777');
  await dialer.close();
  const callCard = page.getByRole('region', { name: 'Call card' });
  await expect(callCard).toContainText('452,5551237777');
  await page.keyboard.press('5');
  await expect(callCard).toContainText('Saved');
  await check('call card');

  // A work list running on the search result: its card with the first debtor and their phones.
  await page.getByRole('button', { name: 'Start work list' }).click();
  await expect(page.getByRole('region', { name: 'Work list' })).toContainText('debtor 1 of 1 in the search “Pat Sample”');
  await check('work list');
  await page.getByRole('button', { name: 'Stop work list' }).click();

  await dialOnPad(page, '12');
  await expect(lastDial(page)).toContainText('Blocked');
  await check('dial pad');

  await expect(await dialLogRows(page)).not.toHaveCount(0);
  await check('dial log');

  await openScreen(page, 'Operators');
  await check('operators');
  await openOperatorDetail(page, OPERATORS.ben);
  await page.getByLabel('Note 2').fill('192.168.2.122:1544:452');
  await expect(page.getByText('Did you mean UDP:/192.168.2.122:1544:452?')).toBeVisible();
  await page.getByText('Build a UDP command').click();
  await check('operator form, DETAIL, a Note 2 error and the builder');
  await page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: 'Import' }).click();
  await expect(page.getByRole('dialog', { name: 'Unsaved changes' })).toBeVisible();
  await check('unsaved changes question');
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: 'Import' })).toHaveAttribute('aria-selected', 'true');
  await check('import');

  await openScreen(page, 'This desk');
  await page.getByLabel('Shared call-floor database').check();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status', { name: 'Connection result' })).toHaveText("Enter the database server's host name or address.");
  await check('this desk, shared call-floor database');

  await openOperatorDetail(page, OPERATORS.ben);
  await openFormTab(page, 'GENERAL');
  await check('operator form, GENERAL');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await check('keyboard shortcuts');
  await page.keyboard.press('Escape');

  // A call from another program: the card that waits for Enter, then a refused link's reason.
  await harness.openLinkAsOs(MORGAN_LINK);
  await expect(linkCardSends(page)).toHaveText(`452,7166983877 to 127.0.0.1:${dialer.port}`);
  await check('link card');
  await page.keyboard.press('Escape');
  await expect(linkCard(page)).toBeHidden();
  await harness.openLinkAsOs('softphone-launcher://dial?number=unknown');
  await expect(linkRefused(page)).toBeVisible();
  await check('refused link');
  await page.keyboard.press('Escape');

  await signOut(page);
  await expect(signInHeading(page)).toBeVisible();
  await check('sign-in');
  await signIn(page, ADMIN);

  await signInAs(page, OPERATORS.dan);
  await openScreen(page, 'My settings');
  await openFormTab(page, 'DETAIL');
  await check('my settings (operator)');
}
