/**
 * A throw-away softphone for the real xdg-open: a temporary HOME whose XDG_DATA_HOME holds
 * fake-softphone.desktop (Exec=<a small sh script> %u), registered with the real xdg-mime as the
 * default handler of the given schemes. The script appends every URI it receives to a file, so a
 * test can assert exactly what the OS handed over.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const FAKE_SOFTPHONE_DESKTOP = 'fake-softphone.desktop';

export type FakeSoftphoneOptions = {
  /** Schemes to register the handler for (default: sip only). */
  readonly schemes?: readonly string[];
  /**
   * Stay running after recording, like a softphone that opens a window, until cleanup() ends it.
   * xdg-open without a desktop environment waits for its handler: this shows what callers then see.
   */
  readonly keepRunning?: boolean;
};

export type FakeSoftphone = {
  /** The environment to run xdg-open / xdg-mime in: temp HOME and XDG dirs, DISPLAY set. */
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
  /** Every URI the handler received, oldest first. */
  recorded(): Promise<string[]>;
  cleanup(): Promise<void>;
};

/**
 * Environment variables through which xdg-open would pick a desktop environment (and then gio,
 * kde-open, ... with the developer's real settings). Cleared, and X-Generic set, so the plain
 * xdg-mime lookup in the temporary HOME decides.
 */
const DESKTOP_DETECTION = [
  'XDG_CURRENT_DESKTOP', 'XDG_SESSION_DESKTOP', 'DESKTOP_SESSION', 'KDE_FULL_SESSION', 'KDE_SESSION_VERSION',
  'GNOME_DESKTOP_SESSION_ID', 'MATE_DESKTOP_SESSION_ID', 'LXQT_SESSION_CONFIG', 'DBUS_SESSION_BUS_ADDRESS',
  'WAYLAND_DISPLAY', 'BROWSER',
];

export async function createFakeSoftphone(options: FakeSoftphoneOptions = {}): Promise<FakeSoftphone> {
  const schemes = options.schemes ?? ['sip'];
  const home = await mkdtemp(join(tmpdir(), 'fake-softphone-'));
  const dataHome = join(home, '.local', 'share');
  const configHome = join(home, '.config');
  const recordFile = join(home, 'recorded.txt');
  const pidFile = join(home, 'pids.txt');
  await mkdir(join(dataHome, 'applications'), { recursive: true });
  await mkdir(configHome, { recursive: true });
  await mkdir(join(home, 'no-system-dirs'), { recursive: true });

  const script = join(home, 'fake-softphone.sh');
  await writeFile(script, handlerScript(recordFile, pidFile, options.keepRunning ?? false));
  await chmod(script, 0o755);
  await writeFile(join(dataHome, 'applications', FAKE_SOFTPHONE_DESKTOP), desktopEntry(script, schemes));

  const env = fakeEnv(home, dataHome, configHome);
  for (const scheme of schemes) {
    await run('xdg-mime', ['default', FAKE_SOFTPHONE_DESKTOP, `x-scheme-handler/${scheme}`], { env });
  }

  return {
    env,
    home,
    recorded: async () => lines(await readIfExists(recordFile)),
    cleanup: async () => {
      // Only handlers this fixture started (their pids were recorded) are ended.
      for (const pid of lines(await readIfExists(pidFile))) {
        try {
          process.kill(Number(pid));
        } catch {
          // Already gone.
        }
      }
      await rm(home, { recursive: true, force: true });
    },
  };
}

function fakeEnv(home: string, dataHome: string, configHome: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of DESKTOP_DETECTION) delete env[name];
  return {
    ...env,
    HOME: home,
    XDG_DATA_HOME: dataHome,
    XDG_CONFIG_HOME: configHome,
    // The machine's own registrations (a real softphone in /usr/share/applications) stay out of the test.
    XDG_DATA_DIRS: join(home, 'no-system-dirs'),
    XDG_CONFIG_DIRS: join(home, 'no-system-dirs'),
    XDG_CURRENT_DESKTOP: 'X-Generic',
    // xdg-open looks at x-scheme-handler/* only with a display; no X server is needed for a non-GUI handler.
    DISPLAY: ':99',
  };
}

function handlerScript(recordFile: string, pidFile: string, keepRunning: boolean): string {
  const wait = keepRunning ? `echo $$ >> '${pidFile}'\nexec sleep 600\n` : '';
  return `#!/bin/sh\nprintf '%s\\n' "$1" >> '${recordFile}'\n${wait}`;
}

function desktopEntry(script: string, schemes: readonly string[]): string {
  const mimeTypes = schemes.map((s) => `x-scheme-handler/${s};`).join('');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Fake Softphone',
    `Exec=${script} %u`,
    `MimeType=${mimeTypes}`,
    'NoDisplay=true',
    '',
  ].join('\n');
}

async function readIfExists(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return '';
  }
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}
