import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { floorConnectionSchema, type FloorConnection } from '../../shared/data-location.ts';
import { replaceDurably } from '../durable-file.ts';
import { errorText, UserError } from '../errors.ts';

/** This desk's own settings, beside softphone.db in the user-data folder. */
export const DESK_CONFIG_FILE_NAME = 'desk-config.json';

/** The saved choice; a floor's password only ever as the SecretBox's encrypted text. */
export type DeskDataLocation =
  | { readonly kind: 'this-computer' }
  | { readonly kind: 'floor'; readonly connection: FloorConnection; readonly encryptedPassword: string | null };

export type DeskConfig = { readonly dataLocation: DeskDataLocation };

export const DEFAULT_DESK_CONFIG: DeskConfig = { dataLocation: { kind: 'this-computer' } };

const fileSchema = z.object({
  version: z.literal(1),
  dataLocation: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('this-computer') }),
    z.object({ kind: z.literal('floor'), connection: floorConnectionSchema, encryptedPassword: z.string().nullable() }),
  ]),
});

export function deskConfigPath(userDataDir: string): string {
  return join(userDataDir, DESK_CONFIG_FILE_NAME);
}

/**
 * The saved config, or the default when there is no file. A file that cannot be read is refused, never
 * replaced by the default: a floor desk must not quietly start on a database of its own.
 */
export async function readDeskConfig(userDataDir: string): Promise<DeskConfig> {
  const path = deskConfigPath(userDataDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULT_DESK_CONFIG;
    throw new UserError(`This desk's settings ${path} cannot be read: ${errorText(error)}`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`This desk's settings ${path} are not valid JSON (${errorText(error)}): fix or remove the file.`, { cause: error });
  }
  const checked = fileSchema.safeParse(parsed);
  if (!checked.success) {
    throw new UserError(`This desk's settings ${path} are not in the expected form (${z.prettifyError(checked.error)}): fix or remove the file.`);
  }
  return { dataLocation: checked.data.dataLocation };
}

/** Writes the whole file at once (a crash leaves the old settings or the new ones). */
export async function writeDeskConfig(userDataDir: string, config: DeskConfig): Promise<void> {
  await replaceDurably(deskConfigPath(userDataDir), `${JSON.stringify({ version: 1, ...config }, null, 2)}\n`);
}
