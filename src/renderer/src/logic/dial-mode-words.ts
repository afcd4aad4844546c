import type { DialTarget, Note2Result } from '../../../shared/note2.ts';

/** The dial mode as a collector says it; the technical line (main's `mode`) stays behind a disclosure. */
export function dialModeWords(target: Note2Result | null): string {
  if (target === null) return 'You dial by hand: a click shows the number to copy';
  if (!target.ok) return 'Dialing is not set up for you: ask an administrator to fix your settings';
  return targetWords(target.value);
}

function targetWords(target: DialTarget): string {
  if (target.kind === 'uri') return `A click calls through your softphone (${target.scheme}:)`;
  return `A click sends the call to the office dialer, extension ${target.extension}`;
}
