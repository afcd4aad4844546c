import type { IntegrityOutcome } from './integrity.ts';

/** What the user is told after the background integrity check of `dbPath`, or null when there is nothing to say. */
export function integrityNotice(outcome: IntegrityOutcome, dbPath: string): string | null {
  switch (outcome.status) {
    case 'ok':
      return null;
    case 'indexes-rebuilt':
      return (
        `The database ${dbPath} had damaged indexes (${outcome.indexes.join(', ')}), so the indexes were rebuilt. ` +
        'It passed its integrity check again and no data was lost.'
      );
    case 'damaged':
      return (
        `The database ${dbPath} failed its integrity check (${outcome.problem}) and cannot be repaired in place. ` +
        `Quit Softphone Launcher and start it again: it will move the file aside to ${dbPath}.corrupt-<date and time> ` +
        '(nothing is deleted) and start a new database.'
      );
    case 'not-checked':
      return `The integrity check of the database ${dbPath} could not finish (${outcome.reason}); it runs again at the next start.`;
  }
}
