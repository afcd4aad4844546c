/**
 * Links from other programs in the real Electron app: a link in the command line of the first start,
 * and one a second instance forwards to the running app (as the OS does when a link is opened while
 * the app runs) before it exits. Skipped, with the reason, where no Electron binary (or no display) exists.
 */
import { spawn } from 'node:child_process';
import { ROOT, MAIN_BUNDLE } from '../harness/build.ts';
import { findElectronBinary } from '../support/electron-binary.ts';
import { lastDial, OPERATORS, setNote2, udpNote2 } from '../support/app-ui.ts';
import { linkCard, linkCardSends, MORGAN_LINK } from '../support/link-ui.ts';
import { setPasswordFor, signIn, signInAs, signOut } from '../support/session-ui.ts';
import { electronSkipReason, expect, test } from './launch-app.ts';

const skipReason = electronSkipReason(ROOT);
test.skip(skipReason !== null, skipReason ?? '');

/** A second start of the app with `link`, on the same user-data folder: it must hand the link over and exit. */
function secondInstance(userDataDir: string, link: string): Promise<number | null> {
  const binary = findElectronBinary(ROOT);
  if (!binary.found) throw new Error(binary.reason);
  const env: NodeJS.ProcessEnv = { ...process.env, SOFTPHONE_USER_DATA_DIR: userDataDir };
  delete env['ELECTRON_RUN_AS_NODE'];
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const child = spawn(binary.path, [...sandboxArgs, MAIN_BUNDLE, link], { cwd: ROOT, env, stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

test('a second instance forwards its link to the running app and exits; Enter sends the datagram', async ({ launchApp, listener }) => {
  const { page, userDataDir } = await launchApp();
  await setNote2(page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await signInAs(page, OPERATORS.cara);

  expect(await secondInstance(userDataDir, MORGAN_LINK)).toBe(0);

  await expect(linkCardSends(page)).toHaveText(`109,7166983877,002400004585 to 127.0.0.1:${listener.port}`);
  await listener.expectNone(300);
  await page.keyboard.press('Enter');
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
  await expect(lastDial(page)).toContainText('Sent "109,7166983877,002400004585"');
});

test('a link the app is started with waits for sign-in', async ({ launchApp, listener }) => {
  const first = await launchApp();
  await setNote2(first.page, OPERATORS.cara, udpNote2(listener.port, '109', true));
  await setPasswordFor(first.page, OPERATORS.cara);
  await signOut(first.page);
  await first.close();

  const { page } = await launchApp({ userDataDir: first.userDataDir, args: [MORGAN_LINK] });
  await expect(linkCard(page)).toHaveCount(0);
  await signIn(page, OPERATORS.cara);
  await expect(linkCardSends(page)).toHaveText(`109,7166983877,002400004585 to 127.0.0.1:${listener.port}`);
  await linkCard(page).getByRole('button', { name: 'Dial' }).click();
  expect((await listener.next()).text).toBe('109,7166983877,002400004585');
});
