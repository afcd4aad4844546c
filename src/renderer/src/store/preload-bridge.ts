import type { SoftphoneApi } from '../../../preload/api.ts';

/** The bridge to main: the preload's API, looked up on each call so the stores hold no reference captured before it exists. */
export function softphone(): SoftphoneApi {
  if (!window.softphone) throw new Error('The connection to the app (window.softphone) is missing: restart Softphone Launcher.');
  return window.softphone;
}
