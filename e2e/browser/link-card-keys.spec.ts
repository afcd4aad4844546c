/**
 * While a link's card or its refusal is open, the screen behind it takes no single-key shortcuts; closing a
 * refusal tells main a person is at the desk, so the next link is not dropped as "too fast".
 */
import { expect, test } from '../harness/fixtures.ts';
import { ADMIN, openScreen, setNote2, udpNote2 } from '../support/app-ui.ts';
import { linkCard, linkRefused, MORGAN_LINK } from '../support/link-ui.ts';

test('/, ? and Ctrl+F do nothing behind a link card; Esc then closes only the card', async ({ harness, listener }) => {
  const { page } = harness;
  await setNote2(page, ADMIN, udpNote2(listener.port, '452'));
  await openScreen(page, 'Operators');

  await harness.openLinkAsOs(MORGAN_LINK);
  await expect(linkCard(page)).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.press('?');
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(linkCard(page)).toBeHidden();
  await expect(page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: 'Operators', exact: true })).toHaveAttribute('aria-selected', 'true');
  await listener.expectNone(300);

  // With no dialog in front, the same key works again.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('after the operator closes a refusal, the next link shows its card at once', async ({ launchHarness, listener }) => {
  // Main's clock stands still: both links arrive "at once", so only the closed refusal lets the second through.
  const at = new Date('2026-03-04T15:00:00.000Z');
  const harness = await launchHarness({ now: () => at });
  const { page } = harness;
  await setNote2(page, ADMIN, udpNote2(listener.port, '452'));
  await openScreen(page, 'Operators');

  await harness.openLinkAsOs('softphone-launcher://dial?number=unknown');
  await expect(linkRefused(page)).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(linkRefused(page)).toBeHidden();

  await harness.openLinkAsOs(MORGAN_LINK);
  await expect(linkCard(page)).toContainText('716-698-3877');
  await expect(linkCard(page)).not.toContainText('dropped');
});
