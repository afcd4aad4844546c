import { spawn } from 'node:child_process';

/** The program and arguments that hand a URI to the OS; never a shell command line built from the URI. */
export type OpenerCommand = { file: string; args: string[]; windowsVerbatimArguments: boolean };

export type PlatformOpenerOptions = {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /**
   * xdg-open without a desktop environment runs the handler in the foreground and waits for it to quit.
   * A softphone that stays open would hold the caller forever, so after this long it counts as opened.
   */
  detachAfterMs?: number;
};

const DEFAULT_DETACH_AFTER_MS = 3_000;

export function openerCommand(platform: NodeJS.Platform, uri: string): OpenerCommand {
  if (platform === 'darwin') return { file: 'open', args: [uri], windowsVerbatimArguments: false };
  if (platform === 'win32') {
    // `start` exists only inside cmd.exe, which reads & | ( ) % ! as syntax: every one is ^-escaped and
    // /s strips just the outer quotes, so the URI reaches `start` as one literal argument.
    return { file: 'cmd.exe', args: ['/d', '/s', '/c', `"start "" ${escapeForCmd(uri)}"`], windowsVerbatimArguments: true };
  }
  return { file: 'xdg-open', args: [uri], windowsVerbatimArguments: false };
}

function escapeForCmd(text: string): string {
  return text.replace(/([()\][%!^"`<>&|;, *?=])/g, '^$1');
}

/** The CLI's `openExternal`: resolves once the OS opener exits 0, rejects with a sentence otherwise. */
export function createPlatformOpener(options: PlatformOpenerOptions = {}): (uri: string) => Promise<void> {
  const platform = options.platform ?? process.platform;
  const detachAfterMs = options.detachAfterMs ?? DEFAULT_DETACH_AFTER_MS;
  return (uri) => {
    const command = openerCommand(platform, uri);
    return new Promise((resolve, reject) => {
      // No stdio pipes: a handler that outlives us must not die of SIGPIPE when it writes to stderr.
      const child = spawn(command.file, command.args, {
        env: options.env ?? process.env,
        stdio: 'ignore',
        windowsVerbatimArguments: command.windowsVerbatimArguments,
      });
      const detach = setTimeout(() => {
        child.unref();
        resolve();
      }, detachAfterMs);
      child.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(detach);
        reject(new Error(spawnFailure(command.file, uri, error)));
      });
      child.on('exit', (code, signal) => {
        clearTimeout(detach);
        if (code === 0) resolve();
        else reject(new Error(exitFailure(command.file, uri, code, signal)));
      });
    });
  };
}

/** One URI through the OS opener, for callers that need no options beyond the environment. */
export function openWithPlatform(uri: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Promise<void> {
  return createPlatformOpener({ env, platform })(uri);
}

function spawnFailure(file: string, uri: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') {
    const hint = file === 'xdg-open' ? ' Install xdg-utils.' : '';
    return `${file} was not found on this computer, so ${uri} could not be opened.${hint}`;
  }
  return `${file} could not be started to open ${uri}: ${error.message}.`;
}

// xdg-open's documented exit codes; `open` and `cmd` only say 1 for "did not work".
const XDG_OPEN_EXITS: Readonly<Record<number, string>> = {
  1: 'it was called the wrong way',
  2: 'the link was not found',
  3: 'no program was found to open it',
  4: 'the program that handles it failed',
};

function exitFailure(file: string, uri: string, code: number | null, signal: NodeJS.Signals | null): string {
  if (code === null) return `${file} was stopped by ${signal ?? 'a signal'} before it opened ${uri}.`;
  const why = file === 'xdg-open' ? XDG_OPEN_EXITS[code] : undefined;
  return `${file} could not open ${uri}${why ? `: ${why}` : ''} (exit code ${code}).`;
}
