import { callOutcomeForKey, type CallOutcomeId } from '../../../shared/call-outcomes.ts';
import type { ShortcutKey } from './shortcuts.ts';

/**
 * What a key press means while a call card is open: keys 1–8 record that outcome. Keys typed into a
 * text field (the note, the search box) stay text, and modified keys are the browser's.
 */
export function callCardKey({ key, ctrlKey, metaKey, altKey, typing }: ShortcutKey): CallOutcomeId | null {
  if (typing || ctrlKey || metaKey || altKey) return null;
  return callOutcomeForKey(key)?.id ?? null;
}
