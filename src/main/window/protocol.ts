/** The app as the OS handler of links: Electron's protocol-client calls, kept at the edge. */
import { app } from 'electron';
import { resolve } from 'node:path';
import { LAUNCHER_SCHEME } from '../../shared/launcher-link.ts';
import { OPTIONAL_HANDLER_SCHEMES } from '../../shared/handler-schemes.ts';

/**
 * Makes the app the handler of its own scheme and of the tel:/callto:/sip: links this desk opted into
 * (decideHandlerSchemes already refused any that would loop), and gives back a scheme the desk no
 * longer wants. An unpackaged app (npm start, the test suites) registers only when asked to with
 * SOFTPHONE_REGISTER_LINKS=1, so a developer's or a test machine's handlers stay as they were.
 */
export function registerLinkSchemes(schemes: readonly string[]): void {
  if (!app.isPackaged && process.env['SOFTPHONE_REGISTER_LINKS'] !== '1') return;
  // An unpackaged app runs as `electron path/to/main.js`: the OS must start it the same way.
  const script = process.argv[1];
  const unpackaged = process.defaultApp === true && script !== undefined;
  const path = unpackaged ? process.execPath : undefined;
  const args = unpackaged ? [resolve(script)] : undefined;
  for (const scheme of [LAUNCHER_SCHEME, ...schemes]) app.setAsDefaultProtocolClient(scheme, path, args);
  for (const scheme of OPTIONAL_HANDLER_SCHEMES) {
    if (!schemes.includes(scheme) && app.isDefaultProtocolClient(scheme, path, args)) app.removeAsDefaultProtocolClient(scheme, path, args);
  }
}
