import { isAbsolute } from 'node:path';

/**
 * The data folder SOFTPHONE_USER_DATA_DIR asks for, or null to keep Electron's. Only an unpackaged app
 * (`npm run dev`, `npm start`, the Electron test suite) honours it: in an installed app, whoever can set
 * the environment of an operator's desktop could otherwise point it at a database of their own, with
 * their own administrator and their own dial targets. No build flag turns it on in a packaged app.
 */
export function userDataOverride(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): string | null {
  if (isPackaged) return null;
  const dir = env['SOFTPHONE_USER_DATA_DIR'];
  return dir !== undefined && isAbsolute(dir) ? dir : null;
}
