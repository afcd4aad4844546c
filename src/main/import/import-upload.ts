import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { errorText, fileErrorText, UserError } from '../errors.ts';

/**
 * A file chosen in the app's window, arriving in main chunk by chunk (the renderer cannot hand main a
 * path: it only has the file's bytes). The bytes go to a temporary file in the import folder, which
 * the import worker then streams like any other CSV.
 */
export type Upload = {
  readonly path: string;
  readonly size: number;
  readonly receivedBytes: number;
  /** Appends chunk `index` (base64). Chunks come in order, and never more bytes than announced. */
  append(index: number, base64: string): void;
  /** Closes the file once every byte has arrived; throws UserError when some are missing. */
  complete(): void;
  /** Closes and deletes the file; safe to call more than once. */
  remove(): void;
};

/** Where uploads wait for their import: a folder of the user-data folder that holds nothing else. */
export function importFolder(userDataDir: string): string {
  return join(userDataDir, 'imports');
}

/** Deletes what an earlier run left in the import folder (it may have stopped mid-import). */
export function clearImportFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

const bytes = (n: number): string => `${n.toLocaleString('en-US')} byte${n === 1 ? '' : 's'}`;

/** The file system's refusal (a full disk, a folder that may not be written) as the sentence the user reads. */
function savingFails(fileName: string, path: string, error: unknown): UserError {
  return new UserError(`${fileName} could not be saved for the import: ${fileErrorText(error, path) ?? errorText(error)}`, { cause: error });
}

export function createUpload(folder: string, importId: string, fileName: string, size: number): Upload {
  const path = join(folder, `${importId}.csv`);
  let fd: number | null;
  try {
    mkdirSync(folder, { recursive: true });
    fd = openSync(path, 'wx');
  } catch (error) {
    throw savingFails(fileName, path, error);
  }
  let received = 0;
  let nextIndex = 0;
  const close = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };

  return {
    path,
    size,
    get receivedBytes() {
      return received;
    },
    append(index, base64) {
      if (fd === null) throw new UserError(`The upload of ${fileName} is closed: no more of it can be sent.`);
      if (index !== nextIndex) throw new UserError(`Part ${index + 1} of ${fileName} arrived out of order: part ${nextIndex + 1} was expected.`);
      const data = Buffer.from(base64, 'base64');
      if (received + data.length > size) {
        throw new UserError(`${fileName} was announced as ${bytes(size)}, but more than that arrived. Choose the file again.`);
      }
      try {
        // A write to a file may take fewer bytes than it was given.
        for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset);
      } catch (error) {
        throw savingFails(fileName, path, error);
      }
      received += data.length;
      nextIndex += 1;
    },
    complete() {
      if (received !== size) {
        throw new UserError(`Only ${bytes(received)} of the ${bytes(size)} of ${fileName} arrived: the import cannot start.`);
      }
      close();
    },
    remove() {
      close();
      rmSync(path, { force: true });
    },
  };
}
