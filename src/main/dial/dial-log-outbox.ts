import { open, readFile } from 'node:fs/promises';
import { replaceDurably } from '../durable-file.ts';
import { join } from 'node:path';
import { errorText } from '../errors.ts';
import type { NewDialLogEntry } from '../store/contract.ts';

/**
 * The dial log is never lost. A row the database does not take at once (the disk is full, another
 * program holds SQLite's write lock, the floor database is unreachable, or it has not answered within
 * DIRECT_WRITE_DEADLINE_MS) is appended to a file in the user-data folder, fsync'd, and written to the
 * database later: in order, on a timer, when a hold ends and at the next start. Each row carries its
 * dial's unique key and the database stores a key once, so a retry whose first commit could not be
 * confirmed never writes a row twice.
 */
export type DialLogOutbox = {
  /** Stores the row now if the database takes it, else keeps it in the outbox. Never rejects. */
  record(entry: NewDialLogEntry): Promise<void>;
  /** Rows waiting to be written to the database. */
  readonly waiting: number;
  /** While held (an import holds SQLite's write lock), rows go straight to the outbox; release flushes. */
  hold(held: boolean): void;
  /** Writes the waiting rows, oldest first, until the database refuses one. */
  flush(): Promise<void>;
  /** Stops the timer and waits for a flush under way. What still waits stays on disk for the next start. */
  close(): Promise<void>;
};

export type DialLogOutboxOptions = {
  /** The user-data folder: the outbox is OUTBOX_FILE_NAME in it. */
  readonly folder: string;
  /** store.dialLog.append: idempotent on the entry's key. */
  readonly append: (entry: NewDialLogEntry) => Promise<unknown>;
  readonly retryMs?: number;
  readonly deadlineMs?: number;
  /** Hears what went wrong with the outbox file itself (rows are kept in memory meanwhile). */
  readonly onError?: (message: string) => void;
};

export const OUTBOX_FILE_NAME = 'dial-log-outbox.jsonl';
export const RETRY_MS = 2000;
/** A direct write slower than this (a floor database that does not answer) goes to the outbox instead. */
export const DIRECT_WRITE_DEADLINE_MS = 250;

const DIAL_LOG_FIELDS = ['key', 'at', 'operatorName', 'number', 'result'] as const;

function isEntry(value: unknown): value is NewDialLogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return DIAL_LOG_FIELDS.every((field) => typeof record[field] === 'string');
}

/** The rows in the outbox file, once each; a torn last line (a crash mid-write) is skipped and reported. */
async function readOutbox(file: string, onError: (message: string) => void): Promise<NewDialLogEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onError(`The dial-log outbox ${file} cannot be read: ${errorText(error)}`);
    return [];
  }
  const byKey = new Map<string, NewDialLogEntry>();
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    try {
      const entry: unknown = JSON.parse(line);
      if (!isEntry(entry)) throw new Error('not a dial-log row');
      if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
    } catch (error) {
      onError(`Line ${index + 1} of the dial-log outbox ${file} was skipped: ${errorText(error)}`);
    }
  }
  return [...byKey.values()];
}

async function appendDurably(file: string, text: string): Promise<void> {
  const handle = await open(file, 'a');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const lines = (entries: readonly NewDialLogEntry[]): string => entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');

function withinDeadline(work: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    work.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

/** Opens the outbox in `folder`, taking in what an earlier run left there, and starts writing it out. */
export async function openDialLogOutbox(options: DialLogOutboxOptions): Promise<DialLogOutbox> {
  const file = join(options.folder, OUTBOX_FILE_NAME);
  const onError = options.onError ?? ((message: string) => console.error(`softphone: ${message}`));
  const deadlineMs = options.deadlineMs ?? DIRECT_WRITE_DEADLINE_MS;
  const pending = await readOutbox(file, onError);
  let held = false;
  let closed = false;
  let flushing: Promise<void> | null = null;
  // False once a write to the file failed (a full disk): the file is then rewritten from `pending`.
  let fileInStep = true;
  // File operations one at a time, in the order they were asked for.
  let fileWork: Promise<void> = Promise.resolve();
  const onFile = (work: () => Promise<void>): Promise<void> => {
    const run = fileWork.then(work).catch((error: unknown) => {
      fileInStep = false;
      onError(`The dial-log outbox ${file} could not be written (the rows are kept in memory and retried): ${errorText(error)}`);
    });
    fileWork = run;
    return run;
  };
  const rewrite = (): Promise<void> =>
    onFile(async () => {
      await replaceDurably(file, lines(pending));
      fileInStep = true;
    });

  const enqueue = (entry: NewDialLogEntry): Promise<void> => {
    pending.push(entry);
    return fileInStep ? onFile(() => appendDurably(file, lines([entry]))) : rewrite();
  };

  const writeOut = async (): Promise<void> => {
    let written = 0;
    while (pending.length > 0 && !held) {
      const next = pending[0];
      if (next === undefined) break;
      try {
        await options.append(next);
      } catch {
        break;
      }
      pending.shift();
      written += 1;
    }
    if (written > 0 || !fileInStep) await rewrite();
  };

  const flush = (): Promise<void> => {
    flushing ??= writeOut().finally(() => {
      flushing = null;
    });
    return flushing;
  };

  const timer = setInterval(() => {
    if (pending.length > 0 || !fileInStep) void flush();
  }, options.retryMs ?? RETRY_MS);
  timer.unref();
  if (pending.length > 0) void flush();

  return {
    async record(entry) {
      if (closed) return enqueue(entry);
      // Behind rows already waiting, so the log keeps the order the dials were made in.
      if (held || pending.length > 0 || flushing !== null) return enqueue(entry);
      const stored = await withinDeadline(options.append(entry), deadlineMs);
      if (!stored) await enqueue(entry);
    },
    get waiting() {
      return pending.length;
    },
    hold(next) {
      held = next;
      if (!held) void flush();
    },
    flush,
    async close() {
      closed = true;
      clearInterval(timer);
      await flushing;
      await fileWork;
    },
  };
}

/** The status bar's line while rows wait, or null: the words say which kind of database it is. */
export function waitingDialsText(backend: 'sqlite' | 'postgres', waiting: number): string | null {
  if (waiting === 0) return null;
  const dials = `${waiting} ${waiting === 1 ? 'dial' : 'dials'} waiting to be logged`;
  return backend === 'postgres' ? `Floor database unreachable: ${dials}` : `Database busy: ${dials}`;
}

