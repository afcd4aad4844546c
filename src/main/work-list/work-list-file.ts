import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceDurably } from '../durable-file.ts';
import { errorText } from '../errors.ts';

/** Where an operator's work list stands: the search it walks and the position in it (0-based). */
export type WorkListPosition = { readonly query: string; readonly index: number };

export const WORK_LIST_FILE = 'work-list.json';

type Saved = { readonly version: 1; readonly lists: Readonly<Record<string, WorkListPosition>> };

export type WorkListFile = {
  get(operatorId: number): Promise<WorkListPosition | null>;
  /** null ends the operator's work list. */
  put(operatorId: number, position: WorkListPosition | null): Promise<void>;
};

/**
 * Work-list positions kept on this desk, one per operator, so a restart (or a sign-out) resumes where the
 * collector stopped. Writes are serialised and replace the file whole.
 */
export function openWorkListFile(folder: string, onError: (message: string) => void): WorkListFile {
  const file = join(folder, WORK_LIST_FILE);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    get: (operatorId) => serial(async () => (await read(file, onError)).lists[String(operatorId)] ?? null),
    put: (operatorId, position) =>
      serial(async () => {
        const { [String(operatorId)]: _old, ...others } = (await read(file, onError)).lists;
        const lists = position === null ? others : { ...others, [String(operatorId)]: position };
        await replaceDurably(file, `${JSON.stringify({ version: 1, lists } satisfies Saved)}\n`);
      }),
  };
}

async function read(file: string, onError: (message: string) => void): Promise<Saved> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, lists: {} };
    throw error;
  }
  try {
    const saved: unknown = JSON.parse(text);
    if (isSaved(saved)) return saved;
    throw new Error('it is not a list of work-list positions');
  } catch (error) {
    // Kept aside, not overwritten: whoever looks can still read it.
    const aside = `${file}.unreadable-${Date.now()}`;
    await rename(file, aside);
    onError(`The work-list positions in ${file} could not be read (${errorText(error)}); they were moved to ${aside} and every work list starts again.`);
    return { version: 1, lists: {} };
  }
}

function isSaved(value: unknown): value is Saved {
  if (typeof value !== 'object' || value === null) return false;
  const { version, lists } = value as { version?: unknown; lists?: unknown };
  if (version !== 1 || typeof lists !== 'object' || lists === null) return false;
  return Object.values(lists).every(isPosition);
}

function isPosition(value: unknown): value is WorkListPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { query, index } = value as { query?: unknown; index?: unknown };
  return typeof query === 'string' && Number.isInteger(index) && (index as number) >= 0;
}
