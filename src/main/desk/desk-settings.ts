import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DIAL_HOTKEY, OPTIONAL_HANDLER_SCHEMES, parseHotkey } from '../../shared/handler-schemes.ts';

/** This computer's own settings, kept beside its database: on a call floor each desk chooses these itself. */
export type DeskSettings = {
  /** Which of tel:, callto:, sip: the app registers as the OS handler of (none unless an administrator opts in). */
  readonly handlerSchemes: readonly string[];
  /** Electron accelerator of the global hotkey that dials the clipboard's number; null turns it off. */
  readonly dialHotkey: string | null;
};

export const DESK_SETTINGS_FILE = 'desk-settings.json';
export const DEFAULT_DESK_SETTINGS: DeskSettings = { handlerSchemes: [], dialHotkey: DEFAULT_DIAL_HOTKEY };

/**
 * Reads desk-settings.json from the user-data folder, which only the desk's administrator account (or
 * whoever installs the app) writes. A missing file is the defaults; a bad one is the defaults plus a
 * notice naming what is wrong, so a typo never stops the app or takes over a scheme by accident.
 */
export function readDeskSettings(userDataDir: string): { readonly settings: DeskSettings; readonly notices: readonly string[] } {
  const path = join(userDataDir, DESK_SETTINGS_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { settings: DEFAULT_DESK_SETTINGS, notices: [] };
  }
  return parseDeskSettings(text, path);
}

export function parseDeskSettings(text: string, path: string): { readonly settings: DeskSettings; readonly notices: readonly string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: DEFAULT_DESK_SETTINGS, notices: [`${path} is not valid JSON: the desk's defaults are used (no tel:/callto:/sip: handling, hotkey ${DEFAULT_DIAL_HOTKEY}).`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: DEFAULT_DESK_SETTINGS, notices: [`${path} must hold one object, for example {"handlerSchemes": ["tel"], "dialHotkey": "Control+Alt+D"}.`] };
  }
  const notices: string[] = [];
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'handlerSchemes' && key !== 'dialHotkey') notices.push(`${path}: "${key}" is not a desk setting (handlerSchemes, dialHotkey); it was ignored.`);
  }
  return { settings: { handlerSchemes: schemesFrom(record['handlerSchemes'], path, notices), dialHotkey: hotkeyFrom(record['dialHotkey'], path, notices) }, notices };
}

function schemesFrom(value: unknown, path: string, notices: string[]): readonly string[] {
  if (value === undefined) return DEFAULT_DESK_SETTINGS.handlerSchemes;
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string')) {
    notices.push(`${path}: handlerSchemes must be a list such as ["tel", "callto"]; the app takes no tel:/callto:/sip: links.`);
    return [];
  }
  const unknown = value.filter((s) => !OPTIONAL_HANDLER_SCHEMES.includes(s.toLowerCase()));
  if (unknown.length > 0) notices.push(`${path}: handlerSchemes can name only ${OPTIONAL_HANDLER_SCHEMES.join(', ')}; ${unknown.join(', ')} ignored.`);
  return value.map((s) => s.toLowerCase()).filter((s) => OPTIONAL_HANDLER_SCHEMES.includes(s));
}

function hotkeyFrom(value: unknown, path: string, notices: string[]): string | null {
  if (value === undefined) return DEFAULT_DESK_SETTINGS.dialHotkey;
  if (value === null || value === '') return null;
  if (typeof value !== 'string') {
    notices.push(`${path}: dialHotkey must be text such as "${DEFAULT_DIAL_HOTKEY}", or null for none; ${DEFAULT_DIAL_HOTKEY} is used.`);
    return DEFAULT_DIAL_HOTKEY;
  }
  const hotkey = parseHotkey(value);
  if (hotkey.ok) return hotkey.value;
  notices.push(`${path}: ${hotkey.error} ${DEFAULT_DIAL_HOTKEY} is used.`);
  return DEFAULT_DIAL_HOTKEY;
}
