/**
 * "Where this desk keeps its data": this computer's own SQLite file (the default), or a shared call-floor
 * PostgreSQL database, typed as fields or as a postgres:// URL. The window sends a choice and gets a view
 * back; the view never holds the password, only whether one is stored.
 */
import { z } from 'zod';

export const TLS_MODES = ['disable', 'require', 'verify-full'] as const;
export type TlsModeName = (typeof TLS_MODES)[number];

export type FloorConnection =
  | { readonly mode: 'fields'; readonly host: string; readonly port: number; readonly database: string; readonly user: string; readonly tls: TlsModeName }
  /** Without its password: a password typed into the URL is kept apart, encrypted like any other. */
  | { readonly mode: 'url'; readonly url: string };

export type DataLocationChoice =
  | { readonly kind: 'this-computer' }
  /** password null: keep (or test with) the one already stored. */
  | { readonly kind: 'floor'; readonly connection: FloorConnection; readonly password: string | null };

export type SavedDataLocation =
  | { readonly kind: 'this-computer' }
  | { readonly kind: 'floor'; readonly connection: FloorConnection; readonly passwordStored: boolean };

export type DataLocationView = {
  /** What desk-config.json says. */
  readonly saved: SavedDataLocation;
  /** What this run of the app uses: the backend and where (a URL without its password, or the file's path). */
  readonly inUse: { readonly backend: 'sqlite' | 'postgres'; readonly location: string };
  /** Set when SOFTPHONE_DATABASE_URL decides instead of the saved choice: the sentence that says so. */
  readonly override: string | null;
  /** False where the operating system offers no encryption (Electron's safeStorage): a password cannot be saved. */
  readonly canStorePassword: boolean;
  /** The sentence to show after a save, or null when what is saved is what is in use. */
  readonly restartNote: string | null;
};

export type ConnectionTestResult = { readonly ok: boolean; readonly message: string };

const text = (max: number) => z.string().max(max);

export const floorConnectionSchema = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('fields'),
    host: text(255),
    port: z.number().int().min(1, 'A port is 1 to 65535.').max(65535, 'A port is 1 to 65535.'),
    database: text(63),
    user: text(63),
    tls: z.enum(TLS_MODES),
  }),
  z.strictObject({ mode: z.literal('url'), url: text(2000) }),
]);

export const dataLocationChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('this-computer') }),
  z.strictObject({ kind: z.literal('floor'), connection: floorConnectionSchema, password: text(1024).nullable() }),
]);

/** The words the screens use for the two choices. */
export const DATA_LOCATION_WORDS = { 'this-computer': 'This computer', floor: 'Shared call-floor database' } as const;
