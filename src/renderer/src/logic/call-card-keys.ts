import { callOutcomeForKey, type CallOutcomeId } from '../../../shared/call-outcomes.ts';
import type { ShortcutKey } from './shortcuts.ts';

/**
 * What a key press means while a call card is open: keys 1–8 record that outcome. Keys typed into a
 * text field (the note, the search box) stay text, modified keys are the browser's, and a dialog in front
 * (a link's card) takes its own keys.
 */
export function callCardKey({ key, ctrlKey, metaKey, altKey, typing, behindDialog }: ShortcutKey): CallOutcomeId | null {
  if (typing || behindDialog || ctrlKey || metaKey || altKey) return null;
  return callOutcomeForKey(key)?.id ?? null;
}
