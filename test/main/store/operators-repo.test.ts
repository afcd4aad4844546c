import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/main/store/store.ts';
import { freshStore } from './temp-store.ts';

const eve = { code: 'EVE', name: 'Eve Evans', useSoftphone: true, note2: 'tel:' };

describe('operators', () => {
  it('creates an operator and reads it back', () => {
    const store = freshStore({ seed: false });
    const created = store.operators.create(eve);
    expect(created).toEqual({ id: 1, code: 'EVE', name: 'Eve Evans', useSoftphone: true, note2: 'tel:' });
    expect(store.operators.get(created.id)).toEqual(created);
    expect(store.operators.get(99)).toBeNull();
  });

  it('lists operators by name, ignoring case', () => {
    const store = freshStore({ seed: false });
    store.operators.create({ ...eve, code: 'Z1', name: 'zed' });
    store.operators.create({ ...eve, code: 'A1', name: 'Yann' });
    store.operators.create({ ...eve, code: 'M1', name: 'adam' });
    expect(store.operators.list().map((o) => o.name)).toEqual(['adam', 'Yann', 'zed']);
  });

  it('trims code and name, and keeps Note 2 as typed', () => {
    const store = freshStore({ seed: false });
    const created = store.operators.create({ code: '  EVE ', name: ' Eve Evans ', useSoftphone: false, note2: ' sip: ' });
    expect(created).toMatchObject({ code: 'EVE', name: 'Eve Evans', note2: ' sip: ' });
  });

  it('refuses an empty code or name', () => {
    const store = freshStore({ seed: false });
    expect(() => store.operators.create({ ...eve, code: '  ' })).toThrow('Enter an operator code.');
    expect(() => store.operators.create({ ...eve, name: '' })).toThrow('Enter a name for operator EVE.');
    expect(store.operators.list()).toEqual([]);
  });

  it('refuses a code that is already used, whatever its case', () => {
    const store = freshStore();
    const attempt = () => store.operators.create({ ...eve, code: 'anna' });
    expect(attempt).toThrow(StoreError);
    expect(attempt).toThrow('The operator code "anna" is already used by Anna Softphone (ANNA). Choose another code.');
    expect(store.operators.list()).toHaveLength(4);
  });

  it('updates every field', () => {
    const store = freshStore();
    const updated = store.operators.update(4, { code: 'DAN2', name: 'Dan Desk', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:7' });
    expect(updated).toEqual({ id: 4, code: 'DAN2', name: 'Dan Desk', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:7' });
    expect(store.operators.get(4)).toEqual(updated);
  });

  it('lets an operator keep its own code, in another case', () => {
    const store = freshStore();
    expect(store.operators.update(1, { code: 'Anna', name: 'Anna S.', useSoftphone: false, note2: '' }).code).toBe('Anna');
  });

  it("refuses to update to another operator's code", () => {
    const store = freshStore();
    expect(() => store.operators.update(2, { ...eve, code: 'Cara' })).toThrow(
      'The operator code "Cara" is already used by Cara Authcode (CARA). Choose another code.',
    );
    expect(store.operators.get(2)?.code).toBe('BEN');
  });

  it('refuses to update an operator that does not exist', () => {
    const store = freshStore();
    expect(() => store.operators.update(99, eve)).toThrow(new StoreError('There is no operator with id 99.'));
  });
});
