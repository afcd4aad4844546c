/**
 * The four dial strings of the Collect! help page, end to end: a click in the real renderer, through
 * the real preload API and IPC handlers, to the exact bytes a UDP dialer on loopback receives.
 */
import { test, expect } from '../harness/fixtures.ts';
import { dialDebtorPhone, dialMode, dialModeDetails, dialOnPad, DEBTORS, lastDial, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { signInAs } from '../support/session-ui.ts';

test('UDP:/…:452 sends "452,5551237777" for Pat Sample\'s phone', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'));
  await signInAs(page, OPERATORS.ben);
  await expect(dialModeDetails(page)).toHaveText(`UDP → 127.0.0.1:${listener.port}, extension 452`);
  await expect(dialMode(page)).toHaveText('A click sends the call to the office dialer, extension 452');

  await dialDebtorPhone(page, DEBTORS.pat);

  const datagram = await listener.next();
  expect(datagram.bytes).toEqual(Buffer.from('452,5551237777', 'ascii'));
  expect(datagram.from.address).toBe('127.0.0.1');
  await expect(lastDial(page)).toContainText(`Sent "452,5551237777" to 127.0.0.1:${listener.port}.`);
  await listener.expectNone(300);
});

test('UDP:/…:452#authcode sends "452,5551237777,123412345678" (client 1234, file 12345678)', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452', true));
  await signInAs(page, OPERATORS.ben);

  await dialDebtorPhone(page, DEBTORS.pat);

  expect((await listener.next()).text).toBe('452,5551237777,123412345678');
  await expect(lastDial(page)).toContainText(`Sent "452,5551237777,123412345678" to 127.0.0.1:${listener.port}.`);
});

test('UDP:/…:109#authcode sends "109,7166983877,002400004585" (client 24, file 4585)', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);
  await expect(dialModeDetails(page)).toHaveText(`UDP → 127.0.0.1:${listener.port}, extension 109, with authcode`);

  await dialDebtorPhone(page, DEBTORS.morgan);

  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
  await expect(lastDial(page)).toContainText(`Sent "109,7166983877,002400004585" to 127.0.0.1:${listener.port}.`);
});

test('the Dial pad ignores #authcode: "109,7166983877"', async ({ harness: { page }, listener }) => {
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);

  await dialOnPad(page, '716-698-3877');

  expect((await listener.next()).text).toBe('109,7166983877');
  await expect(lastDial(page)).toContainText(`Sent "109,7166983877" to 127.0.0.1:${listener.port}.`);
});
