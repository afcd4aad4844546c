import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideHandlerSchemes, OPTIONAL_HANDLER_SCHEMES, parseHotkey } from '../../shared/handler-schemes.ts';
import type { DeskLinksInput, DeskLinksView } from '../../shared/ipc-contract.ts';
import { UserError } from '../errors.ts';
import type { Store } from '../store/contract.ts';
import { DESK_SETTINGS_FILE, readDeskSettings } from './desk-settings.ts';

export const DESK_LINKS_ADMIN_ONLY = "Only an administrator can change this desk's link settings.";

export type DeskLinksService = {
  get(): Promise<DeskLinksView>;
  /** Checks and writes desk-settings.json; the OS registration and the hotkey follow at the app's next start. */
  save(input: DeskLinksInput): Promise<DeskLinksView>;
};

/**
 * This desk's tel:/callto:/sip: choice and its hotkey, as desk-settings.json holds them, with the loop refusal
 * worked out from the operators' Note 2 as the start-up does (decideHandlerSchemes), so the screen shows in
 * advance which scheme the app will not take. Plain files here; Electron's registration stays at the edge.
 */
export function createDeskLinksService(deps: { readonly userDataDir: string; readonly store: Store }): DeskLinksService {
  const path = join(deps.userDataDir, DESK_SETTINGS_FILE);

  async function get(): Promise<DeskLinksView> {
    const { settings, notices } = readDeskSettings(deps.userDataDir);
    // Every scheme, chosen or not: the screen warns as soon as one that would loop is ticked.
    const decision = decideHandlerSchemes(OPTIONAL_HANDLER_SCHEMES, await deps.store.operators.list(), await deps.store.settings.allowedSchemes());
    return { handlerSchemes: settings.handlerSchemes, dialHotkey: settings.dialHotkey, refused: decision.refused, notices, file: path };
  }

  return {
    get,
    async save(input) {
      const unknown = input.handlerSchemes.filter((s) => !OPTIONAL_HANDLER_SCHEMES.includes(s));
      if (unknown.length > 0) throw new UserError(`This desk can take only ${OPTIONAL_HANDLER_SCHEMES.join(', ')} links, not ${unknown.join(', ')}.`);
      let dialHotkey: string | null = null;
      if (input.dialHotkey !== null && input.dialHotkey.trim() !== '') {
        const hotkey = parseHotkey(input.dialHotkey);
        if (!hotkey.ok) throw new UserError(hotkey.error);
        dialHotkey = hotkey.value;
      }
      const handlerSchemes = OPTIONAL_HANDLER_SCHEMES.filter((s) => input.handlerSchemes.includes(s));
      // Written whole and renamed into place: the start never reads half a file.
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify({ handlerSchemes, dialHotkey }, null, 2)}\n`, 'utf8');
      renameSync(temporary, path);
      return get();
    },
  };
}
