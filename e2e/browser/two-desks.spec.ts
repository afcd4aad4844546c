/**
 * Two desks on one floor database, through the real UI: the administrator changes CARA's Note 2 on desk A;
 * CARA, signed in on desk B, clicks a number and the datagram carries the new extension; one dial log
 * holds both desks' dials.
 */
import { test, expect } from '../harness/fixtures.ts';
import { DEBTORS, dialDebtorPhone, dialLogRows, dialModeDetails, lastDial, openFormTab, openScreen, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { openFloorDatabase, type FloorDatabase } from '../support/floor-database.ts';
import { setPasswordFor, signIn } from '../support/session-ui.ts';

// A floor of each test's own: the first desk of each test runs the first-run setup on it.
let floor: FloorDatabase;
test.beforeEach(async () => {
  floor = await openFloorDatabase();
});
test.afterEach(async () => {
  await floor.close();
});

test('an administrator on desk A changes what CARA dials with on desk B; one dial log', async ({ launchHarness, listener }) => {
  const deskA = (await launchHarness({ databaseUrl: floor.url })).page;
  await setNote2(deskA, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await setPasswordFor(deskA, OPERATORS.cara);

  // A desk on a floor that already has its administrator opens on the sign-in screen.
  const deskB = (await launchHarness({ databaseUrl: floor.url, setUp: false })).page;
  await signIn(deskB, OPERATORS.cara);
  await dialDebtorPhone(deskB, DEBTORS.morgan);
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');

  await setNote2(deskA, OPERATORS.cara, udpNote2(listener.port, '777', true));
  await dialDebtorPhone(deskB, DEBTORS.pat);
  expect((await listener.next()).text).toBe('777,5551237777,123412345678');
  await expect(lastDial(deskB)).toContainText('777,5551237777,123412345678');

  await dialDebtorPhone(deskA, DEBTORS.pat);
  const rows = await dialLogRows(deskA);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Ada Admin');
  await expect(rows.nth(1)).toContainText('Cara Authcode');
  await expect(rows.nth(1)).toContainText('777,5551237777,123412345678');
  await expect(rows.nth(2)).toContainText('109,7166983877,002400004585');
});

test('live floor: desk B shows the Note 2 saved on desk A without being asked, and dials with it', async ({ launchHarness, listener }) => {
  const deskA = (await launchHarness({ databaseUrl: floor.url })).page;
  await setNote2(deskA, OPERATORS.cara, udpNote2(listener.port, '109'));
  await setPasswordFor(deskA, OPERATORS.cara);
  const harnessB = await launchHarness({ databaseUrl: floor.url, setUp: false });
  const deskB = harnessB.page;
  await signIn(deskB, OPERATORS.cara);
  await openScreen(deskB, 'My settings');
  await openFormTab(deskB, 'DETAIL');
  await expect(deskB.getByLabel('Note 2')).toHaveValue(udpNote2(listener.port, '109'));
  await expect(dialModeDetails(deskB)).toHaveText(`UDP → 127.0.0.1:${listener.port}, extension 109`);
  expect(await harnessB.services.floorListening).toBe(true);

  await setNote2(deskA, OPERATORS.cara, udpNote2(listener.port, '888'));
  // Nothing is done on desk B: floor:changed brings the new settings into its window.
  await expect(deskB.getByLabel('Note 2')).toHaveValue(udpNote2(listener.port, '888'));
  await expect(dialModeDetails(deskB)).toHaveText(`UDP → 127.0.0.1:${listener.port}, extension 888`);
  await dialDebtorPhone(deskB, DEBTORS.morgan);
  expect((await listener.next()).text).toBe('888,7166983877');
});
