import { parseLaunchLink } from '../../shared/launcher-link.ts';
import { normalizeNumber } from '../../shared/phone-number.ts';

/**
 * What the hotkey dials: on Linux the primary selection (the text just selected, no Ctrl+C needed) when it
 * holds a number or a phone link, else the clipboard. Elsewhere there is no selection: pass ''.
 */
export function chooseClipboardText(selection: string, clipboard: string): string {
  return holdsCall(selection) ? selection.trim() : clipboard.trim();
}

function holdsCall(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  return normalizeNumber(trimmed).ok || parseLaunchLink(trimmed).ok;
}
