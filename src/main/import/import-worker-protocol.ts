import type { ImportOutcome, ImportProgress } from './import-types.ts';

/**
 * What the import worker is started with. With `announceWrites`, the worker asks before it takes
 * the database's write lock (and waits for 'write' in reply) and says when it has let go of it.
 */
export type ImportWorkerData = { readonly dbPath: string; readonly filePath: string; readonly announceWrites: boolean };

/** Parent → worker. */
export type ToImportWorker = { readonly type: 'cancel' } | { readonly type: 'write' };

/** Worker → parent: progress reports, the write-lock announcements, then exactly one outcome. */
export type FromImportWorker =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'wants-write-lock' }
  | { readonly type: 'released-write-lock' }
  | { readonly type: 'outcome'; readonly outcome: ImportOutcome };

const FROM_WORKER_TYPES: readonly string[] = ['progress', 'wants-write-lock', 'released-write-lock', 'outcome'];
const TO_WORKER_TYPES: readonly string[] = ['cancel', 'write'];

function typeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
}

export function isImportWorkerData(value: unknown): value is ImportWorkerData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Record<string, unknown>;
  return typeof data.dbPath === 'string' && typeof data.filePath === 'string' && typeof data.announceWrites === 'boolean';
}

export function isFromImportWorker(value: unknown): value is FromImportWorker {
  const type = typeOf(value);
  return typeof type === 'string' && FROM_WORKER_TYPES.includes(type);
}

export function isToImportWorker(value: unknown): value is ToImportWorker {
  const type = typeOf(value);
  return typeof type === 'string' && TO_WORKER_TYPES.includes(type);
}
