/**
 * Signing in: one message for a wrong password and an unknown ID (so it tells nobody which IDs exist),
 * a lockout after 5 failures in a row that even the right password cannot get past, and switching
 * operator by signing out and in.
 */
import { test, expect, type Harness } from '../harness/fixtures.ts';
import { ADMIN, DEBTORS, dialDebtorPhone, lastDial, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { formAlert, setPasswordFor, signedInLine, signIn, signInHeading, signOut, trySignIn } from '../support/session-ui.ts';

const WRONG = 'Operator ID or password is wrong.';

/** One refused try: the refusal shown, the password field emptied for the next, nobody signed in. */
async function refusedSignIn(harness: Harness, code: string, password: string, message: string | RegExp): Promise<void> {
  const { page } = harness;
  await trySignIn(page, code, password);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(formAlert(page)).toHaveText(message);
  await expect(page.getByLabel('Operator ID')).toHaveValue(code);
  await expect(signedInLine(page)).toHaveCount(0);
}

test('sign-in failure messages and the lockout', async ({ harness }) => {
  const { page } = harness;
  await signOut(page);
  await expect(signInHeading(page)).toBeVisible();

  // A wrong password, an ID nobody has, and a sample operator who has no password yet: one message.
  await refusedSignIn(harness, ADMIN.code, 'not-the-password', WRONG);
  await refusedSignIn(harness, 'NOBODY', ADMIN.password, WRONG);
  await refusedSignIn(harness, OPERATORS.ben.code, ADMIN.password, WRONG);
  await refusedSignIn(harness, ADMIN.code, '', 'Enter your operator ID and password.');

  // Failures 2 to 4 for ADA; the fifth in a row locks the ID for 30 seconds.
  for (let failure = 2; failure <= 4; failure += 1) await refusedSignIn(harness, ADMIN.code, `wrong-guess-${failure}`, WRONG);
  await refusedSignIn(harness, ADMIN.code, 'wrong-guess-5', 'Too many failed sign-ins for ADA: try again in 30 seconds.');

  // Locked: the right password is refused too, with the time left.
  await refusedSignIn(harness, ADMIN.code, ADMIN.password, /^Too many failed sign-ins for ADA: try again in \d+ seconds?\.$/);
  // The lock is for that ID only.
  await refusedSignIn(harness, 'NOBODY', 'still-not-it', WRONG);
});

test('switching operator: sign out, sign in as another, and the next dial uses their extension', async ({ harness, listener }) => {
  const { page } = harness;
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await setPasswordFor(page, OPERATORS.ben);
  await setPasswordFor(page, OPERATORS.cara);
  await signOut(page);

  await signIn(page, OPERATORS.ben);
  await expect(page.getByRole('banner').getByText('Operator', { exact: true })).toBeVisible();
  await dialDebtorPhone(page, DEBTORS.morgan);
  expect((await listener.next()).text).toBe('452,7166983877');

  await signOut(page);
  // The next person at this window sees nothing of the last one's work.
  await signIn(page, OPERATORS.cara);
  await expect(lastDial(page)).toHaveText(/^No dial yet./);
  await dialDebtorPhone(page, DEBTORS.morgan);
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
});
