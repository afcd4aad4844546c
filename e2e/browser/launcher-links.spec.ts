/**
 * A call handed over by another program, as the OS delivers a softphone-launcher: link: the real
 * renderer shows a card, and only Enter sends, through the real services, to a dialer on loopback.
 */
import { expect, test } from '../harness/fixtures.ts';
import { lastDial, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { linkCard, linkCardSends, linkRefused, MORGAN_LINK } from '../support/link-ui.ts';
import { setPasswordFor, signIn, signInAs, signOut } from '../support/session-ui.ts';

test('a link shows CARA a card with exactly what goes out; Enter sends "109,7166983877,002400004585"', async ({ harness, listener }) => {
  const { page } = harness;
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);

  await harness.openLinkAsOs(MORGAN_LINK);

  const card = linkCard(page);
  await expect(card).toBeVisible();
  await expect(card).toContainText('716-698-3877');
  await expect(card).toContainText('Morgan Ellis · File 4585 · client 24');
  await expect(linkCardSends(page)).toHaveText(`109,7166983877,002400004585 to 127.0.0.1:${listener.port}`);
  // Nothing goes out by itself.
  await listener.expectNone(300);

  await page.keyboard.press('Enter');

  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
  await expect(card).toBeHidden();
  await expect(lastDial(page)).toContainText(`Sent "109,7166983877,002400004585" to 127.0.0.1:${listener.port}.`);
});

test('Escape dismisses the card and nothing is sent', async ({ harness, listener }) => {
  const { page } = harness;
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);

  await harness.openLinkAsOs(MORGAN_LINK);
  await expect(linkCard(page)).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(linkCard(page)).toBeHidden();
  await listener.expectNone(500);
});

test('a malformed link is refused with the reason on screen, and nothing is sent', async ({ harness, listener }) => {
  const { page } = harness;
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);

  await harness.openLinkAsOs('softphone-launcher://dial?number=716-698-3877&client=24x&debtor=4585');

  const refused = linkRefused(page);
  await expect(refused).toBeVisible();
  await expect(refused.getByRole('alert')).toHaveText('Client number "24x" must be 1 to 20 digits.');
  await page.keyboard.press('Escape');
  await expect(refused).toBeHidden();
  await listener.expectNone(300);
});

test('a link that arrives before sign-in waits for it', async ({ harness, listener }) => {
  const { page } = harness;
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await setPasswordFor(page, OPERATORS.cara);
  await signOut(page);

  await harness.openLinkAsOs(MORGAN_LINK);
  await expect(linkCard(page)).toHaveCount(0);
  await signIn(page, OPERATORS.cara);

  await expect(linkCardSends(page)).toHaveText(`109,7166983877,002400004585 to 127.0.0.1:${listener.port}`);
  await linkCard(page).getByRole('button', { name: 'Dial' }).click();
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
});
