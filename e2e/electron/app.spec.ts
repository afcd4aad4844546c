/**
 * The key scenarios once more, in the real Electron app: its own preload, contextBridge, ipcMain and
 * shell.openExternal. Skipped, with the reason, where no Electron binary (or no display) exists.
 */
import { createFakeSoftphone } from '../../test/support/fake-softphone.ts';
import type { AppPageGlobals } from '../support/page-globals.ts';
import {
  ADMIN, dialDebtorPhone, dialLogRows, dialMode, dialModeDetails, dialOnPad, DEBTORS, lastDial, openFormTab, openOperatorDetail, openScreen,
  OPERATORS, saveButton, setNote2, udpNote2,
} from '../support/app-ui.ts';
import { formAlert, setupHeading, signIn, signInAs, signInHeading, signOut, trySignIn } from '../support/session-ui.ts';
import { ROOT } from '../harness/build.ts';
import { electronSkipReason, expect, test } from './launch-app.ts';

const skipReason = electronSkipReason(ROOT);
test.skip(skipReason !== null, skipReason ?? '');

test('first run shows the setup screen; afterwards the app asks who is signing in', async ({ launchApp }) => {
  const first = await launchApp({ setUp: false });
  await expect(setupHeading(first.page)).toBeVisible();
  await first.close();

  // launchApp sets up a fresh folder itself; a restart on it shows the sign-in screen.
  const second = await launchApp();
  await second.close();
  const { page } = await launchApp({ userDataDir: second.userDataDir });
  await expect(signInHeading(page)).toBeVisible();
  await trySignIn(page, ADMIN.code, 'not-the-password');
  await expect(formAlert(page)).toHaveText('Operator ID or password is wrong.');
  await signIn(page, ADMIN);
});

test('the spec\'s authcode example reaches the dialer: "109,7166983877,002400004585"', async ({ launchApp, listener }) => {
  const { page } = await launchApp();
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);
  await expect(dialModeDetails(page)).toHaveText(`UDP → 127.0.0.1:${listener.port}, extension 109, with authcode`);
  await expect(dialMode(page)).toHaveText('A click sends the call to the office dialer, extension 109');

  await dialDebtorPhone(page, DEBTORS.morgan);
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
  await expect(lastDial(page)).toContainText(`Sent "109,7166983877,002400004585" to 127.0.0.1:${listener.port}.`);

  await dialOnPad(page, '716-698-3877');
  expect((await listener.next()).text).toBe('109,7166983877');
});

test('sip: goes through shell.openExternal to the registered softphone', async ({ launchApp }) => {
  const softphone = await createFakeSoftphone({ schemes: ['sip'] });
  try {
    const { page } = await launchApp({ env: softphone.env });
    await signInAs(page, OPERATORS.anna);
    await dialDebtorPhone(page, DEBTORS.morgan);
    await expect(lastDial(page)).toContainText('Handed sip:7166983877@pbx.example.com to fake-softphone.');
    await expect.poll(() => softphone.recorded()).toEqual(['sip:7166983877@pbx.example.com']);
  } finally {
    await softphone.cleanup();
  }
});

test('with the toggle off nothing is sent and "Copy number" is offered', async ({ launchApp, listener }) => {
  const { page } = await launchApp();
  await setNote2(page, OPERATORS.ben, udpNote2(listener.port, '452'), false);
  await signInAs(page, OPERATORS.ben);
  await dialDebtorPhone(page, DEBTORS.morgan);

  await expect(lastDial(page)).toContainText('Softphone dialing is off for Ben UDP: nothing was sent. Copy the number to dial it by hand.');
  await expect(lastDial(page).getByRole('button', { name: 'Copy number' })).toBeVisible();
  await listener.expectNone(500);
});

test('an invalid Note 2 is refused and not stored', async ({ launchApp }) => {
  const { page } = await launchApp();
  await openOperatorDetail(page, OPERATORS.ben);
  await page.getByLabel('Note 2').fill('javascript:');
  await expect(page.locator('#note2-error')).toHaveText(
    'The "javascript:" protocol opens files, web pages or scripts and can never be used for dialing. Use sip:, tel: or a UDP command.',
  );
  await expect(saveButton(page)).toBeDisabled();

  await page.reload();
  await openOperatorDetail(page, OPERATORS.ben);
  await expect(page.getByLabel('Note 2')).toHaveValue('UDP:/127.0.0.1:1544:452');
});

test("an operator's settings are read-only and main refuses a forced save", async ({ launchApp }) => {
  const { page } = await launchApp();
  await signInAs(page, OPERATORS.ben);
  await openScreen(page, 'My settings');
  await openFormTab(page, 'DETAIL');
  await expect(page.getByLabel('Note 2')).not.toBeEditable();
  await expect(saveButton(page)).toHaveCount(0);

  const refusal = await page.evaluate(async () => {
    const { softphone } = globalThis as unknown as AppPageGlobals;
    const self = (await softphone.appState()).session;
    if (self === null) return 'not signed in';
    const request = {
      id: self.operatorId, code: 'BEN', name: 'Ben UDP', useSoftphone: true, note2: 'UDP:/127.0.0.1:9:999', role: 'operator', active: true,
    } as const;
    return softphone.saveOperator(request).then(() => 'accepted', (error: Error) => error.message);
  });
  expect(refusal).toBe('Only an administrator can change operator settings.');

  await signOut(page);
  await signIn(page, OPERATORS.ben);
  await openScreen(page, 'My settings');
  await openFormTab(page, 'DETAIL');
  await expect(page.getByLabel('Note 2')).toHaveValue('UDP:/127.0.0.1:1544:452');
});

test('settings and the dial log survive a restart', async ({ launchApp, listener }) => {
  const first = await launchApp();
  await setNote2(first.page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(first.page, OPERATORS.cara);
  await dialDebtorPhone(first.page, DEBTORS.pat);
  expect((await listener.next()).text).toBe('109,5551237777,123412345678');
  await first.close();

  const { page } = await launchApp({ userDataDir: first.userDataDir });
  await signIn(page, ADMIN);
  const rows = await dialLogRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('109,5551237777,123412345678');
  await openOperatorDetail(page, OPERATORS.cara);
  await expect(page.getByLabel('Note 2')).toHaveValue(udpNote2(listener.port, '109', true));
});

test('the window is loaded from app://softphone/, which serves nothing outside the renderer folder', async ({ launchApp }) => {
  const { app, page } = await launchApp({ setUp: false });
  expect(page.url()).toBe('app://softphone/index.html');
  await expect(setupHeading(page)).toBeVisible();
  // net.fetch goes through the app's protocol.handle, as the window's requests do.
  const statuses = await app.evaluate(async ({ net }) => {
    const status = (url: string): Promise<number> => net.fetch(url).then((response) => response.status);
    return {
      page: await status('app://softphone/index.html'),
      encodedDots: await status('app://softphone/..%2f..%2fpackage.json'),
      backslash: await status('app://softphone/..%5c..%5cpackage.json'),
      otherHost: await status('app://elsewhere/index.html'),
    };
  });
  expect(statuses).toEqual({ page: 200, encodedDots: 404, backslash: 404, otherHost: 404 });
});
