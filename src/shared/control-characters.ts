/**
 * Characters that are instructions rather than text: C0 and C1 controls (NUL, ESC…), DEL, and the
 * bidirectional marks, embeddings, overrides and isolates that reorder what is shown around them (a
 * right-to-left override makes "Smith" display as "htimS" and can disguise a name in a terminal).
 * They are stripped from a search and refused in an imported name.
 */
// Finding control characters is this regex's whole purpose.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const CONTROLS = new RegExp(CONTROL.source, 'gu');
const LINE_SPACING = /[\t\n\v\f\r]/g;

/** `U+0000`: how a control character is named to the user (it has no visible form of its own). */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first control character in `text`, named (`U+0000`), or null when there is none. */
export function firstControlCharacter(text: string): string | null {
  const found = CONTROL.exec(text);
  return found === null ? null : codePointName(found[0]);
}

/** A search query without control characters: tabs and line breaks become spaces, the rest go. */
export function stripControlCharacters(text: string): string {
  return text.replace(LINE_SPACING, ' ').replace(CONTROLS, '');
}

/** `text` with each control character shown as `<U+001B>`: safe to print to a terminal, and nothing hidden. */
export function showControlCharacters(text: string): string {
  return text.replace(CONTROLS, (character) => `<${codePointName(character)}>`);
}
