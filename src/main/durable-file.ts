import { open, rename } from 'node:fs/promises';

/** Replaces the file with `text` all at once: a crash leaves the old file or the new one, never half. */
export async function replaceDurably(file: string, text: string): Promise<void> {
  const next = `${file}.next`;
  const handle = await open(next, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(next, file);
}
