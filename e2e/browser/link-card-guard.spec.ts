/**
 * A link's card shows the call guard's verdict before Enter, for the signed-in operator at main's clock: the same
 * check the dial makes. Morgan Ellis (file 4585, ZIP 14202) is in Eastern time; 02:30Z is 21:30 in Buffalo.
 */
import { expect, test } from '../harness/fixtures.ts';
import { lastDial, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { linkCard, linkCardGuard, MORGAN_LINK } from '../support/link-ui.ts';
import { signInAs } from '../support/session-ui.ts';
import { axeViolations } from '../support/axe.ts';

test.slow();

function testClock(start: string) {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), set: (iso: string) => void (at = new Date(iso).getTime()) };
}

test('within calling hours the card says the guard allows the call, and Enter sends it', async ({ launchHarness, listener }) => {
  const clock = testClock('2026-03-04T15:00:00.000Z');
  const harness = await launchHarness({ callGuard: true, now: clock.now });
  const { page } = harness;
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);

  await harness.openLinkAsOs(MORGAN_LINK);
  await expect(linkCardGuard(page)).toHaveText('Allowed: no rule stands against this call now.');
  await page.keyboard.press('Enter');
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
  await expect(lastDial(page)).toContainText('Sent "109,7166983877,002400004585"');
});

test('at 21:30 in Buffalo the card says the call is blocked and why; Enter lands on Dismiss and sends nothing', async ({ launchHarness, listener }) => {
  const clock = testClock('2026-03-05T02:30:00.000Z');
  const harness = await launchHarness({ callGuard: true, now: clock.now });
  const { page } = harness;
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);

  await harness.openLinkAsOs(MORGAN_LINK);
  const guard = linkCardGuard(page);
  await expect(guard).toContainText('Blocked: nothing will be sent.');
  await expect(guard).toContainText('21:30 in New York (Eastern Time, ZIP 14202) is outside 08:00–21:00');
  await expect(linkCard(page).getByRole('button', { name: 'Dial' })).toBeDisabled();
  await expect(linkCard(page)).toContainText('Esc dismisses');
  await expect(linkCard(page)).not.toContainText('Enter dials');
  expect(await axeViolations(page)).toEqual([]);

  // Enter lands on Dismiss (the focused button), never on Dial.
  await page.keyboard.press('Enter');
  await expect(linkCard(page)).toBeHidden();
  await listener.expectNone(300);
  await expect(lastDial(page)).not.toContainText('Sent');
});

test('with the administrator\'s "warn", the card says Enter will ask for a reason, and it does', async ({ launchHarness, listener }) => {
  const clock = testClock('2026-03-05T02:30:00.000Z');
  const harness = await launchHarness({ callGuard: true, now: clock.now });
  const { page } = harness;
  await harness.services.store.settings.setCallPolicy({ 'calling-hours': 'warn' });
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);

  await harness.openLinkAsOs(MORGAN_LINK);
  await expect(linkCardGuard(page)).toContainText('Warning: Enter asks for your reason before anything is sent.');
  await expect(linkCardGuard(page)).toContainText('21:30 in New York');
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: 'Call anyway?' });
  await expect(ask).toContainText('21:30 in New York');
  await listener.expectNone(300);
  await ask.getByLabel('Reason for this call (logged with it)').fill('The debtor asked for a call after work');
  await ask.getByRole('button', { name: 'Call anyway' }).click();
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
});
