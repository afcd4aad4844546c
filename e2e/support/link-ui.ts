/** What the operator sees of a call from another program: the card that waits for Enter, or the refusal. */
import type { Locator, Page } from '@playwright/test';

export const MORGAN_LINK = 'softphone-launcher://dial?number=716-698-3877&client=24&debtor=4585&name=Morgan%20Ellis';

export const linkCard = (page: Page): Locator => page.getByRole('dialog', { name: 'Call from another program' });
export const linkRefused = (page: Page): Locator => page.getByRole('dialog', { name: 'Link refused' });
/** The card's "Sends" line: the exact payload or link and where it goes. */
export const linkCardSends = (page: Page): Locator => linkCard(page).locator('#link-card-sends');
/** The card's "Call guard" line: the verdict main will check again at Enter, with its reasons. */
export const linkCardGuard = (page: Page): Locator => linkCard(page).locator('#link-card-guard');
