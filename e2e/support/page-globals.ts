/**
 * What code passed to page.evaluate sees in the app's page. The tests compile without the DOM lib
 * (they run in Node), so callbacks cast `globalThis` to this; the cast is erased before the function
 * is sent to the page.
 */
import type { SoftphoneApi } from '../../src/preload/api.ts';

export type AppPageGlobals = {
  readonly softphone: SoftphoneApi;
  readonly navigator: { readonly clipboard: { readText(): Promise<string> } };
};
