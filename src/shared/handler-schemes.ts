import type { OperatorDetail } from './ipc-contract.ts';
import { parseNote2 } from './note2.ts';
import { err, ok, type Result } from './result.ts';

/** The schemes of other programs' links a desk may let the app take over (opt-in, per desk). */
export const OPTIONAL_HANDLER_SCHEMES: readonly string[] = ['tel', 'callto', 'sip'];

export type HandlerDecision = { readonly register: readonly string[]; readonly refused: readonly { readonly scheme: string; readonly reason: string }[] };

/**
 * Which of the schemes an administrator chose for this desk the app may register as the OS handler of.
 * One an operator's Note 2 hands links to (`sip:`, `sip:{number}@pbx`) is refused: the app would receive
 * its own call back as a new link, and the softphone would never get it.
 */
export function decideHandlerSchemes(
  wanted: readonly string[],
  operators: readonly Pick<OperatorDetail, 'name' | 'useSoftphone' | 'note2'>[],
  allowedSchemes: readonly string[],
): HandlerDecision {
  const register: string[] = [];
  const refused: { scheme: string; reason: string }[] = [];
  for (const scheme of new Set(wanted.map((s) => s.toLowerCase()))) {
    if (!OPTIONAL_HANDLER_SCHEMES.includes(scheme)) {
      refused.push({ scheme, reason: `"${scheme}:" is not one of the links the app can take (${OPTIONAL_HANDLER_SCHEMES.map((s) => `${s}:`).join(', ')}).` });
      continue;
    }
    const looping = operators.filter((o) => handsTo(o, allowedSchemes) === scheme).map((o) => o.name);
    if (looping.length > 0) {
      refused.push({
        scheme,
        reason: `Not taking "${scheme}:" links: the Note 2 of ${looping.join(', ')} hands calls to "${scheme}:", which would come back to this app instead of reaching the softphone.`,
      });
      continue;
    }
    register.push(scheme);
  }
  return { register, refused };
}

/** The scheme an operator's dials are handed to, or null (UDP, dialing off, a Note 2 that is not valid). */
function handsTo(operator: Pick<OperatorDetail, 'useSoftphone' | 'note2'>, allowedSchemes: readonly string[]): string | null {
  if (!operator.useSoftphone) return null;
  const target = parseNote2(operator.note2, allowedSchemes);
  return target.ok && target.value.kind === 'uri' ? target.value.scheme.toLowerCase() : null;
}

const MODIFIERS = ['CommandOrControl', 'CmdOrCtrl', 'Command', 'Cmd', 'Control', 'Ctrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta'];
const NAMED_KEYS = ['Space', 'Tab', 'Enter', 'Insert', 'Home', 'End', 'PageUp', 'PageDown', 'Up', 'Down', 'Left', 'Right'];

/** The hotkey that dials the clipboard's number unless an administrator set another. */
export const DEFAULT_DIAL_HOTKEY = 'Control+Alt+D';

/**
 * Checks a hotkey in Electron's accelerator syntax (`Control+Alt+D`): at least one modifier, since a
 * global hotkey without one would take a plain key from every other program, and one key.
 */
export function parseHotkey(raw: string): Result<string, string> {
  const parts = raw.trim().split('+').map((p) => p.trim());
  const key = parts.at(-1) ?? '';
  const modifiers = parts.slice(0, -1);
  const unknown = modifiers.find((m) => !MODIFIERS.some((known) => known.toLowerCase() === m.toLowerCase()));
  if (unknown !== undefined) return err(`"${unknown}" in the hotkey "${raw.trim()}" is not a modifier (Control, Alt, Shift, Super, CommandOrControl).`);
  if (modifiers.length === 0) return err(`The hotkey "${raw.trim()}" needs a modifier, for example ${DEFAULT_DIAL_HOTKEY}: a plain key would be taken from every program.`);
  const named = NAMED_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
  const isKey = /^[A-Za-z0-9]$/.test(key) || /^F([1-9]|1[0-9]|2[0-4])$/i.test(key) || named !== undefined;
  if (!isKey) return err(`"${key}" in the hotkey "${raw.trim()}" is not a key: use a letter, a digit, F1–F24 or ${NAMED_KEYS.join(', ')}.`);
  const canonical = modifiers.map((m) => MODIFIERS.find((known) => known.toLowerCase() === m.toLowerCase()) ?? m);
  return ok([...canonical, named ?? key.toUpperCase()].join('+'));
}
