import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { IMPORT_MAX_BYTES, type ImportOutcome, type ImportProgress, type ImportStatus, type ImportSummary } from '../../shared/ipc-contract.ts';
import type { AuditActor } from '../operators/operator-audit.ts';
import { clearImportFolder, createUpload, type Upload } from './import-upload.ts';
import { UserError } from '../errors.ts';
import type { Store } from '../store/contract.ts';

export type ImportServiceDeps = {
  /** store.importDebtors: the store's own importer (SQLite: a worker thread on a connection of its own). */
  readonly importDebtors: Store['importDebtors'];
  /** The folder uploads are written to; emptied when the service starts and as each import ends. */
  readonly folder: string;
  /** The import's onWriteLock: the app holds its own writes back while the import holds the lock. */
  readonly onWriteLock: (held: boolean) => void;
  /** Called once an import has changed the database (for the audit trail). */
  readonly onImported: (fileName: string, summary: ImportSummary, by: AuditActor) => Promise<unknown>;
  readonly maxBytes?: number;
  /** Milliseconds, for telling an abandoned upload from a slow one. */
  readonly clock?: () => number;
};

/**
 * One import at a time, from a file the renderer sends in chunks: begin → chunk… → start, then
 * status until it has finished (or cancel). Every method answers with the import's status, or
 * throws UserError with the sentence to show.
 */
export type ImportService = {
  begin(fileName: string, size: number, by: AuditActor): ImportStatus;
  chunk(importId: string, index: number, base64: string): ImportStatus;
  start(importId: string): ImportStatus;
  status(importId: string): ImportStatus;
  /** Stops an upload or a running import; the database stays as it was. A finished import stays finished. */
  cancel(importId: string): ImportStatus;
  /** Resolves once no import is running. */
  idle(): Promise<void>;
  /** Cancels whatever is under way and deletes the uploaded file. */
  close(): void;
};

/** An upload that has not moved for this long was abandoned (the window was reloaded or closed mid-upload). */
export const ABANDONED_UPLOAD_MS = 60_000;

type Running = { readonly state: 'running'; progress: ImportProgress | null; readonly controller: AbortController; done: Promise<void> };
type Stage = { readonly state: 'uploading' } | Running | { readonly state: 'finished'; readonly outcome: ImportOutcome };

type Current = {
  readonly importId: string;
  readonly fileName: string;
  readonly size: number;
  readonly by: AuditActor;
  readonly upload: Upload;
  stage: Stage;
  lastActivity: number;
};

const megabytes = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
const CANCELLED_UPLOAD: ImportOutcome = { status: 'cancelled', rowsRead: 0, durationMs: 0 };

export function createImportService(deps: ImportServiceDeps): ImportService {
  const clock = deps.clock ?? (() => performance.now());
  const maxBytes = deps.maxBytes ?? IMPORT_MAX_BYTES;
  let current: Current | null = null;
  clearImportFolder(deps.folder);

  const statusOf = ({ importId, fileName, size, upload, stage }: Current): ImportStatus => {
    const file = { importId, fileName, size };
    switch (stage.state) {
      case 'uploading':
        return { ...file, state: 'uploading', receivedBytes: upload.receivedBytes };
      case 'running':
        return { ...file, state: 'running', progress: stage.progress };
      case 'finished':
        return { ...file, state: 'finished', outcome: stage.outcome };
    }
  };

  const find = (importId: string): Current => {
    if (current === null || current.importId !== importId) {
      throw new UserError('That import is over: another one has begun since. Choose the file again to import it.');
    }
    return current;
  };

  const uploading = (importId: string): Current => {
    const found = find(importId);
    if (found.stage.state !== 'uploading') throw new UserError(`${found.fileName} has already been sent in full.`);
    found.lastActivity = clock();
    return found;
  };

  const finish = async (found: Current, outcome: ImportOutcome): Promise<void> => {
    found.stage = { state: 'finished', outcome };
    found.upload.remove();
    if (outcome.status !== 'imported') return;
    try {
      await deps.onImported(found.fileName, outcome, found.by);
    } catch (error) {
      // The import itself is in: a failed audit row must not turn it into a failure on screen.
      console.error(`softphone: the import of ${found.fileName} could not be added to the audit trail`, error);
    }
  };

  /** The import under way, unless it is an upload nobody has fed for ABANDONED_UPLOAD_MS (then it is dropped). */
  const busy = (): Current | null => {
    if (current === null || current.stage.state === 'finished') return null;
    if (current.stage.state === 'uploading' && clock() - current.lastActivity >= ABANDONED_UPLOAD_MS) {
      void finish(current, CANCELLED_UPLOAD);
      return null;
    }
    return current;
  };

  const run = (found: Current): void => {
    const running: Running = { state: 'running', progress: null, controller: new AbortController(), done: Promise.resolve() };
    found.stage = running;
    running.done = deps.importDebtors(found.upload.path, {
      signal: running.controller.signal,
      onProgress: (progress) => {
        running.progress = progress;
      },
      onWriteLock: deps.onWriteLock,
    }).then((outcome) => finish(found, outcome));
  };

  return {
    begin(fileName, size, by) {
      const name = basename(fileName.replaceAll('\\', '/')) || 'The file';
      const other = busy();
      if (other !== null) {
        throw new UserError(`${name} was not imported: the import of ${other.fileName} is still under way. Wait for it to finish, or cancel it.`);
      }
      if (size > maxBytes) {
        throw new UserError(
          `${name} is ${megabytes(size)}: the app imports files of up to ${megabytes(maxBytes)}. ` +
            'Split the file, or import it with the command `softphone import FILE --db PATH`.',
        );
      }
      current?.upload.remove();
      const importId = randomUUID();
      const upload = createUpload(deps.folder, importId, name, size);
      current = { importId, fileName: name, size, by, upload, stage: { state: 'uploading' }, lastActivity: clock() };
      return statusOf(current);
    },

    chunk(importId, index, base64) {
      const found = uploading(importId);
      found.upload.append(index, base64);
      return statusOf(found);
    },

    start(importId) {
      const found = uploading(importId);
      found.upload.complete();
      run(found);
      return statusOf(found);
    },

    status: (importId) => statusOf(find(importId)),

    cancel(importId) {
      const found = find(importId);
      if (found.stage.state === 'uploading') void finish(found, CANCELLED_UPLOAD);
      else if (found.stage.state === 'running') found.stage.controller.abort();
      return statusOf(found);
    },

    async idle() {
      if (current?.stage.state === 'running') await current.stage.done;
    },

    close() {
      if (current?.stage.state === 'running') current.stage.controller.abort();
      current?.upload.remove();
    },
  };
}
