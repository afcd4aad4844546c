import { describe, expect, it } from 'vitest';
import { BLANK_DRAFT, choiceFrom, draftFrom } from '../../../../src/renderer/src/logic/data-location-draft.ts';

const fields = { mode: 'fields', host: 'floor-db', port: 6432, database: 'softphone', user: 'softphone_desk', tls: 'verify-full' } as const;

describe('the data-location form', () => {
  it('fills from what is saved, never with a password', () => {
    expect(draftFrom({ kind: 'this-computer' })).toEqual(BLANK_DRAFT);
    expect(draftFrom({ kind: 'floor', connection: fields, passwordStored: true })).toEqual({ ...BLANK_DRAFT, kind: 'floor', ...fields, port: '6432', password: '' });
    expect(draftFrom({ kind: 'floor', connection: { mode: 'url', url: 'postgres://d@h/db' }, passwordStored: false })).toMatchObject({ mode: 'url', url: 'postgres://d@h/db' });
  });

  it('asks main to keep the stored password when the field is left empty', () => {
    const draft = draftFrom({ kind: 'floor', connection: fields, passwordStored: true });
    expect(choiceFrom(draft)).toEqual({ choice: { kind: 'floor', connection: fields, password: null } });
    expect(choiceFrom({ ...draft, password: 'new one' })).toEqual({ choice: { kind: 'floor', connection: fields, password: 'new one' } });
    expect(choiceFrom({ ...draft, kind: 'this-computer' })).toEqual({ choice: { kind: 'this-computer' } });
  });

  it('names a port that is not one', () => {
    const draft = draftFrom({ kind: 'floor', connection: fields, passwordStored: false });
    expect(choiceFrom({ ...draft, port: '54x' })).toEqual({ error: 'The port is a number from 1 to 65535, not "54x".' });
    expect(choiceFrom({ ...draft, port: '70000' })).toEqual({ error: 'The port is a number from 1 to 65535, not "70000".' });
  });
});
