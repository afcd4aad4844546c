import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folders that hold .desktop files, in the XDG Base Directory order. */
function applicationFolders(env: NodeJS.ProcessEnv): string[] {
  const dataHome = env['XDG_DATA_HOME'] || join(env['HOME'] || homedir(), '.local', 'share');
  const dataDirs = (env['XDG_DATA_DIRS'] || '/usr/local/share:/usr/share').split(':').filter((dir) => dir !== '');
  return [dataHome, ...dataDirs].map((dir) => join(dir, 'applications'));
}

/**
 * Whether a desktop file ID names a file that is still installed. A registration can outlive the
 * softphone it names; xdg-open would then hand the link to some other program (often a browser).
 * An ID such as `vendor-app.desktop` may also live at `vendor/app.desktop` (Desktop Entry spec).
 */
export function desktopFileExists(id: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (id.includes('/') || !id.endsWith('.desktop')) return false;
  const candidates = [id, id.replaceAll('-', '/')];
  return applicationFolders(env).some((folder) => candidates.some((name) => existsSync(join(folder, name))));
}
