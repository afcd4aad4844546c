/** axe-core on the page as it is now: the rule ids and the elements that break them, for a readable failure. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export type AxeFinding = { readonly rule: string; readonly impact: string | null; readonly targets: readonly string[] };

export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? null,
    targets: v.nodes.map((node) => node.target.join(' ')),
  }));
}
