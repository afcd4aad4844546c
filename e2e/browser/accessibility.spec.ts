/** axe-core on every screen and overlay of the app: no violation of WCAG 2.2 A/AA or axe's best practices. */
import { test, expect } from '../harness/fixtures.ts';
import { axeViolations, type AxeFinding } from '../support/axe.ts';
import { visitEveryScreen } from '../support/every-screen.ts';

test('every screen has 0 axe-core violations', async ({ launchHarness }) => {
  test.setTimeout(240_000);
  const harness = await launchHarness({ setUp: false });
  const found: { screen: string; violations: AxeFinding[] }[] = [];
  const visited: string[] = [];
  await visitEveryScreen(harness, async (screen) => {
    visited.push(screen);
    const violations = await axeViolations(harness.page);
    if (violations.length > 0) found.push({ screen, violations });
  });
  expect(visited.length).toBeGreaterThanOrEqual(12);
  expect(found).toEqual([]);
});
