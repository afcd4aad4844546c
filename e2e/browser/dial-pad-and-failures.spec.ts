/**
 * The dial pad, double clicks, and a dial that fails: every dial ends in a visible result and a
 * dial-log row, and a failure leaves the app usable.
 */
import { test, expect } from '../harness/fixtures.ts';
import { dialDebtorPhone, dialLogRows, DEBTORS, lastDial, openScreen, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { asAdministrator, signInAs } from '../support/session-ui.ts';
import { startUdpListener } from '../support/udp-listener.ts';

// A clock that never moves: a second click is then "0.0 s" after the first, whatever the machine's speed.
const frozenClock = () => new Date('2025-11-26T10:00:00.000Z');

test('numbers typed with the keypad buttons are dialed without an authcode', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);
  await openScreen(page, 'Dial pad');

  const keypad = page.locator('.keypad');
  for (const key of '7166983877') await keypad.getByRole('button', { name: key, exact: true }).click();
  await expect(page.getByLabel('Phone number')).toHaveValue('7166983877');
  await page.getByRole('button', { name: 'Dial', exact: true }).click();

  expect((await listener.next()).text).toBe('109,7166983877');
  await expect(lastDial(page)).toContainText(`Sent "109,7166983877" to 127.0.0.1:${listener.port}.`);
});

test('a word typed on the dial pad is refused with the reason and nothing is sent', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await signInAs(page, OPERATORS.ben);
  await openScreen(page, 'Dial pad');

  await page.getByLabel('Phone number').fill('unknown');
  await page.getByRole('button', { name: 'Dial', exact: true }).click();

  await expect(lastDial(page)).toContainText('Blocked');
  await expect(lastDial(page)).toContainText('Nothing was sent: "unknown" is not a phone number.');
  await listener.expectNone(300);
});

test('a double click on a phone number sends one datagram, says it already went, and logs no failure', async ({ launchHarness, listener }) => {
  const { page } = await launchHarness({ now: frozenClock });
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await signInAs(page, OPERATORS.ben);
  await openScreen(page, 'Debtors');
  await page.getByLabel('Search debtors').fill(DEBTORS.morgan.search);

  await page.getByRole('button', { name: DEBTORS.morgan.phone }).dblclick();

  expect((await listener.next()).text).toBe('452,7166983877');
  await listener.expectNone(500);
  // Whichever reply lands last is shown: the send, or the repeated click's "Already sent".
  await expect(lastDial(page)).toContainText(/Sent "452,7166983877"|Already sent 0\.0 s ago ✓/);
  const rows = await dialLogRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('td:nth-child(8) .badge')).toHaveText('Sent');
  await expect(page.getByRole('table', { name: 'Dial log' })).not.toContainText(/Blocked|Failed/);
});

test('the second click of the same number is told it already went, with no failure and nothing to copy', async ({ launchHarness, listener }) => {
  const { page } = await launchHarness({ now: frozenClock });
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await signInAs(page, OPERATORS.ben);

  await dialDebtorPhone(page, DEBTORS.morgan);
  await expect(lastDial(page)).toContainText(`Sent "452,7166983877" to 127.0.0.1:${listener.port}.`);
  await page.getByRole('button', { name: DEBTORS.morgan.phone }).click();

  await expect(lastDial(page)).toContainText('Already sent 0.0 s ago ✓');
  await expect(lastDial(page)).toContainText('Morgan Ellis');
  await expect(lastDial(page)).not.toContainText(/Blocked|Failed/);
  await expect(lastDial(page).getByRole('button', { name: 'Copy number' })).toHaveCount(0);
  expect((await listener.next()).text).toBe('452,7166983877');
  await listener.expectNone(500);
});

test('an unresolvable host name fails with the reason, is logged, and the app stays usable', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.ben, 'UDP:/nosuch.invalid:1544:452');
  await signInAs(page, OPERATORS.ben);

  await dialDebtorPhone(page, DEBTORS.morgan);

  // ENOTFOUND where a name server answers; EAI_AGAIN or a timeout where none does.
  const reason = /Dial failed: (Host name|Looking up host name) "nosuch\.invalid" .*\((ENOTFOUND|EAI_AGAIN|LOOKUP_TIMEOUT)\)/;
  await expect(lastDial(page)).toContainText('Failed');
  await expect(lastDial(page)).toContainText(reason);
  const rows = await dialLogRows(page);
  await expect(rows.first()).toContainText('Failed');
  await expect(rows.first()).toContainText(reason);
  await expect(rows.first()).toContainText('452,7166983877');

  await asAdministrator(page);
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await signInAs(page, OPERATORS.ben);
  await dialDebtorPhone(page, DEBTORS.pat);
  expect((await listener.next()).text).toBe('452,5551237777');
  await expect(lastDial(page)).toContainText(`Sent "452,5551237777" to 127.0.0.1:${listener.port}.`);
});

test('a dial to a port where nothing listens fails with "Nothing is listening", offers Copy number, and is logged', async ({ harness: { page } }) => {
  // A port a listener held a moment ago: free now, so the computer answers "port unreachable".
  const gone = await startUdpListener();
  const closed = gone.port;
  await gone.close();
  await setNote2(page, OPERATORS.ben, udpNote2(closed, '452'));
  await signInAs(page, OPERATORS.ben);

  await dialDebtorPhone(page, DEBTORS.morgan);

  const reason = `Dial failed: Nothing is listening at 127.0.0.1:${closed}: that computer refused the dial string (ECONNREFUSED).`;
  await expect(lastDial(page)).toContainText('Failed');
  await expect(lastDial(page)).toContainText(reason);
  await expect(lastDial(page).getByRole('button', { name: 'Copy number' })).toBeVisible();
  const rows = await dialLogRows(page);
  await expect(rows.first()).toContainText('Failed');
  await expect(rows.first()).toContainText(reason);
  await expect(rows.first()).toContainText('452,7166983877');
});
