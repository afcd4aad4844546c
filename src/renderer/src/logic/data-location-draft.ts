import type { DataLocationChoice, SavedDataLocation, TlsModeName } from '../../../shared/data-location.ts';

/** The "Where this desk keeps its data" form as typed: every field a string, the password never prefilled. */
export type DataLocationDraft = {
  readonly kind: 'this-computer' | 'floor';
  readonly mode: 'fields' | 'url';
  readonly host: string;
  readonly port: string;
  readonly database: string;
  readonly user: string;
  readonly tls: TlsModeName;
  readonly url: string;
  readonly password: string;
};

export const BLANK_DRAFT: DataLocationDraft = {
  kind: 'this-computer', mode: 'fields', host: '', port: '5432', database: 'softphone', user: '', tls: 'require', url: '', password: '',
};

/** The form as the saved choice fills it (the password stays empty: main never sends it). */
export function draftFrom(saved: SavedDataLocation): DataLocationDraft {
  if (saved.kind === 'this-computer') return BLANK_DRAFT;
  const { connection } = saved;
  if (connection.mode === 'url') return { ...BLANK_DRAFT, kind: 'floor', mode: 'url', url: connection.url };
  return { ...BLANK_DRAFT, kind: 'floor', ...connection, port: String(connection.port) };
}

/** What main is asked to test or save, or the sentence saying which field is wrong. An empty password keeps the stored one. */
export function choiceFrom(draft: DataLocationDraft): { readonly choice: DataLocationChoice } | { readonly error: string } {
  if (draft.kind === 'this-computer') return { choice: { kind: 'this-computer' } };
  const password = draft.password === '' ? null : draft.password;
  if (draft.mode === 'url') return { choice: { kind: 'floor', connection: { mode: 'url', url: draft.url }, password } };
  const port = Number(draft.port.trim());
  if (!/^\d{1,5}$/.test(draft.port.trim()) || port < 1 || port > 65535) return { error: `The port is a number from 1 to 65535, not "${draft.port}".` };
  const { host, database, user, tls } = draft;
  return { choice: { kind: 'floor', connection: { mode: 'fields', host, port, database, user, tls }, password } };
}
