/**
 * A small window and 200 % zoom (640 × 400 CSS px): nothing scrolls sideways on any screen, and "Sign
 * out" and every screen tab stay inside the window.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../harness/fixtures.ts';
import { visitEveryScreen } from '../support/every-screen.ts';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 640, height: 400 },
] as const;

/** Whether the control lies wholly inside the window's width and can be scrolled to vertically. */
async function insideWidth(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole('banner').getByRole(name === 'Sign out' ? 'button' : 'tab', { name, exact: true }).boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  return box !== null && box.x >= 0 && box.x + box.width <= width;
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} nothing scrolls sideways and Sign out and every tab are reachable`, async ({ launchHarness }) => {
    test.setTimeout(120_000);
    const harness = await launchHarness({ setUp: false });
    await harness.page.setViewportSize(size);
    const problems: string[] = [];
    await visitEveryScreen(harness, async (screen) => {
      const page = harness.page;
      const { scrollWidth, innerWidth } = await page.evaluate(() => {
        const g = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
        return { scrollWidth: g.document.documentElement.scrollWidth, innerWidth: g.innerWidth };
      });
      if (scrollWidth > innerWidth) problems.push(`${screen}: page ${scrollWidth} px wide in a ${innerWidth} px window`);
      if (screen === 'setup' || screen === 'sign-in' || screen.includes('question') || screen.includes('shortcuts')) return;
      if (!(await insideWidth(page, 'Sign out'))) problems.push(`${screen}: "Sign out" outside the window`);
      const tabs = await page.getByRole('tablist', { name: 'Screens' }).getByRole('tab').allTextContents();
      for (const tab of tabs) if (!(await insideWidth(page, tab))) problems.push(`${screen}: tab "${tab}" outside the window`);
    });
    expect(problems).toEqual([]);
  });
}

test('at 640 px the operators screen is one column and Note 2 is as wide as the form', async ({ harness: { page } }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.getByRole('tablist', { name: 'Screens' }).getByRole('tab', { name: 'Operators' }).click();
  await page.getByRole('navigation', { name: 'Operators' }).getByRole('button', { name: 'Cara Authcode', exact: true }).click();
  await page.getByRole('tablist', { name: 'Operator form' }).getByRole('tab', { name: 'DETAIL' }).click();
  const list = await page.getByRole('navigation', { name: 'Operators' }).boundingBox();
  const note2 = page.getByLabel('Note 2');
  const field = await note2.boundingBox();
  expect(list).not.toBeNull();
  expect(field).not.toBeNull();
  if (list === null || field === null) return;
  // One column: the form is below the operator list, not beside it.
  expect(field.y).toBeGreaterThan(list.y + list.height);
  // The whole Note 2 fits: its text is not cut off in a narrow box.
  const { scrollWidth, clientWidth } = await note2.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(field.width).toBeGreaterThan(400);
});

test('at 640 px a debtor\'s phones wrap inside the row instead of hiding', async ({ harness: { page } }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  const phones = page.getByRole('grid', { name: 'Debtor list' }).getByRole('button', { name: /^Dial / });
  await expect(phones.first()).toBeVisible();
  const count = await phones.count();
  for (let i = 0; i < Math.min(count, 12); i += 1) {
    const box = await phones.nth(i).boundingBox();
    if (box === null) continue;
    expect(box.x + box.width).toBeLessThanOrEqual(640);
  }
});
