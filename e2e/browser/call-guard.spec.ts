/**
 * The call guard at click time (issue 12), through the real UI with main's clock under the test's control:
 * 7 calls in 7 days, calling hours at the debtor's location, do-not-call, and the local-time badge.
 * Morgan Ellis lives in ZIP 14202 (Eastern time); Pat Sample in ZIP 60601 (Central); Gabriel Garcia in Honolulu.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../harness/fixtures.ts';
import { ADMIN, DEBTORS, dialDebtorPhone, dialLogRows, lastDial, openScreen, setNote2, udpNote2 } from '../support/app-ui.ts';
import type { UdpListener } from '../support/udp-listener.ts';
import { axeViolations } from '../support/axe.ts';

test.slow();

/** Main's clock: each dial moves it on by a minute (two clicks within 2 s would be one dial). */
function testClock(start: string) {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    set: (iso: string) => void (at = new Date(iso).getTime()),
    tick: () => void (at += 60_000),
  };
}

const row = (page: Page, name: string) => page.getByRole('grid', { name: 'Debtor list' }).getByRole('row').filter({ hasText: name });

async function dialAndExpectSent(page: Page, listener: UdpListener, payload: string, debtor: (typeof DEBTORS)[keyof typeof DEBTORS] = DEBTORS.morgan): Promise<void> {
  await dialDebtorPhone(page, debtor);
  await expect(lastDial(page)).toContainText('Sent');
  expect((await listener.next()).text).toBe(payload);
}

/** Nothing else reached the wire: the next datagram is the one of Pat's call, made after whatever was refused. */
async function expectOnlyPatNext(page: Page, listener: UdpListener): Promise<void> {
  await dialAndExpectSent(page, listener, '452,5551237777', DEBTORS.pat);
}

test('the local-time badge shows each debtor\'s own time and window; calls used of 7 count up', async ({ launchHarness, listener }) => {
  const clock = testClock('2026-03-04T15:00:00.000Z');
  const { page } = await launchHarness({ callGuard: true, now: clock.now });
  await setNote2(page, ADMIN, udpNote2(listener.port, '452'));
  await openScreen(page, 'Debtors');
  await page.getByLabel('Search debtors').fill('Gabriel Garcia');
  await expect(row(page, 'Gabriel Garcia')).toContainText('05:00 Honolulu · closed (opens in 3 h)');
  await page.getByLabel('Search debtors').fill('Morgan Ellis');
  await expect(row(page, 'Morgan Ellis')).toContainText('10:00 New York · open');
  await expect(row(page, 'Morgan Ellis')).toContainText('0 of 7 calls this week');
  await dialAndExpectSent(page, listener, '452,7166983877');
  await expect(row(page, 'Morgan Ellis')).toContainText('1 of 7 calls this week');

  // The called debtor's badges are asked for again after the dial (every badge, every minute): 19:40 in Chicago,
  // 20:40 in Buffalo.
  clock.set('2026-03-05T01:40:00.000Z');
  await dialAndExpectSent(page, listener, '452,5551237777', DEBTORS.pat);
  await expect(row(page, 'Pat Sample')).toContainText('19:40 Chicago · open');
  await expect(row(page, 'Pat Sample')).toContainText('1 of 7 calls this week');
  await page.getByLabel('Search debtors').fill('Morgan Ellis');
  await dialAndExpectSent(page, listener, '452,7166983877');
  await expect(row(page, 'Morgan Ellis')).toContainText('20:40 New York · closes in 20 min');
  await expect(row(page, 'Morgan Ellis')).toContainText('2 of 7 calls this week');
  expect(await axeViolations(page)).toEqual([]);
});

test('a call outside 08:00–21:00 at the debtor\'s location is refused: the reason on screen and in the log, nothing sent', async ({ launchHarness, listener }) => {
  const clock = testClock('2026-03-05T02:30:00.000Z');
  const { page } = await launchHarness({ callGuard: true, now: clock.now });
  await setNote2(page, ADMIN, udpNote2(listener.port, '452'));
  await dialDebtorPhone(page, DEBTORS.morgan);
  const reason = '21:30 in New York (Eastern Time, ZIP 14202) is outside 08:00–21:00';
  await expect(lastDial(page)).toContainText('Blocked');
  await expect(lastDial(page)).toContainText(`Nothing was sent: ${reason}.`);
  clock.tick();
  await expectOnlyPatNext(page, listener);
  const rows = await dialLogRows(page);
  await expect(rows.nth(1)).toContainText(reason);
});

test('the 8th call in 7 days is blocked by default, and with "warn" goes out only with a reason, which is logged', async ({ launchHarness, listener }) => {
  const clock = testClock('2026-03-04T15:00:00.000Z');
  const { page } = await launchHarness({ callGuard: true, now: clock.now });
  await setNote2(page, ADMIN, udpNote2(listener.port, '452'));
  for (let call = 1; call <= 7; call += 1) {
    await dialAndExpectSent(page, listener, '452,7166983877');
    clock.tick();
  }
  await dialDebtorPhone(page, DEBTORS.morgan);
  const limit = '7 calls since Mar 4 (limit 7 in 7 days); the next call counts from Mar 11';
  await expect(lastDial(page)).toContainText('Blocked');
  await expect(lastDial(page)).toContainText(limit);
  clock.tick();
  await expectOnlyPatNext(page, listener);
  await expect((await dialLogRows(page)).nth(1)).toContainText(`Nothing was sent: ${limit}.`);

  await openScreen(page, 'Operators');
  await page.getByRole('combobox', { name: /At most 7 calls in 7 days/ }).selectOption('warn');
  await page.getByRole('button', { name: 'Save call rules' }).click();
  await expect(page.getByRole('region', { name: 'Call rules and dial plan' })).toContainText('Saved');

  clock.tick();
  await dialDebtorPhone(page, DEBTORS.morgan);
  const dialog = page.getByRole('dialog', { name: 'Call anyway?' });
  await expect(dialog).toContainText(limit);
  await expect(dialog.getByRole('button', { name: 'Call anyway' })).toBeDisabled();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByLabel('Reason for this call (logged with it)').fill('The debtor asked to be called back at 10:00');
  await dialog.getByRole('button', { name: 'Call anyway' }).click();
  await expect(dialog).toBeHidden();
  await expect(lastDial(page)).toContainText('Sent');
  expect((await listener.next()).text).toBe('452,7166983877');
  await expect((await dialLogRows(page)).first()).toContainText(
    `Warned: ${limit}. Placed by ${ADMIN.name} with the reason: The debtor asked to be called back at 10:00`,
  );
});

test('a phone the debtor asked not to be called on is refused, naming who marked it and when', async ({ launchHarness, listener }) => {
  const clock = testClock('2026-03-04T15:00:00.000Z');
  const { page } = await launchHarness({ callGuard: true, now: clock.now });
  await setNote2(page, ADMIN, udpNote2(listener.port, '452'));
  await dialAndExpectSent(page, listener, '452,7166983877');
  const card = page.getByRole('region', { name: 'Call card' });
  await card.getByRole('button', { name: 'Asked not to be called on this number' }).click();
  await expect(card).toContainText('This number is marked do not call.');
  await expect(row(page, 'Morgan Ellis')).toContainText('Do not call');
  expect(await axeViolations(page)).toEqual([]);
  clock.tick();
  await dialDebtorPhone(page, DEBTORS.morgan);
  await expect(lastDial(page)).toContainText('Blocked');
  await expect(lastDial(page)).toContainText(`Nothing was sent: Home 716-698-3877 is marked do not call (set on Mar 4 by ${ADMIN.name}).`);
  clock.tick();
  await expectOnlyPatNext(page, listener);
});
