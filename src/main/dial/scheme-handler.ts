import { execFile } from 'node:child_process';
import { isSchemeSyntax } from '../../shared/schemes.ts';
import { desktopFileExists } from './desktop-file.ts';

const QUERY_TIMEOUT_MS = 5_000;

/**
 * The .desktop file the desktop has registered for `scheme:` links (`linphone.desktop`), or null when
 * there is none. On Linux `openExternal` succeeds even when nothing handles a scheme, so this is asked
 * first. A registration whose .desktop file is gone counts as none. A missing or failing xdg-mime
 * means "no handler known", never an exception.
 */
export function linuxSchemeHandler(scheme: string, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  // Checked before it reaches an argument list: only `[a-z][a-z0-9+.-]*` can name a MIME type here.
  if (!isSchemeSyntax(scheme)) return Promise.resolve(null);
  const mimeType = `x-scheme-handler/${scheme.toLowerCase()}`;
  return new Promise((resolve) => {
    execFile('xdg-mime', ['query', 'default', mimeType], { env, timeout: QUERY_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout) => {
      if (error) {
        resolve(null);
        return;
      }
      const first = stdout.split('\n')[0]?.trim() ?? '';
      resolve(first !== '' && desktopFileExists(first, env) ? first : null);
    });
  });
}

/** The program a link was handed to, in words (shared with the window's warnings). */
export { handlerLabel } from '../../shared/bare-prefix.ts';
