import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/main/errors.ts';
import { BACKENDS } from './backends.ts';

const eve = { code: 'EVE', name: 'Eve Evans', useSoftphone: true, note2: 'tel:' };

describe.each(BACKENDS)('operators ($name)', (backend) => {
  it('creates an operator and reads it back', async () => {
    const store = await backend.fresh({ seed: false });
    const created = (await store.operators.create(eve));
    expect(created).toEqual({ id: 1, code: 'EVE', name: 'Eve Evans', useSoftphone: true, note2: 'tel:' });
    expect(await store.operators.get(created.id)).toEqual(created);
    expect(await store.operators.get(99)).toBeNull();
  });

  it('lists operators by name, ignoring case', async () => {
    const store = await backend.fresh({ seed: false });
    await store.operators.create({ ...eve, code: 'Z1', name: 'zed' });
    await store.operators.create({ ...eve, code: 'A1', name: 'Yann' });
    await store.operators.create({ ...eve, code: 'M1', name: 'adam' });
    expect((await store.operators.list()).map((o) => o.name)).toEqual(['adam', 'Yann', 'zed']);
  });

  it('trims code and name, and keeps Note 2 as typed', async () => {
    const store = await backend.fresh({ seed: false });
    const created = (await store.operators.create({ code: '  EVE ', name: ' Eve Evans ', useSoftphone: false, note2: ' sip: ' }));
    expect(created).toMatchObject({ code: 'EVE', name: 'Eve Evans', note2: ' sip: ' });
  });

  it('refuses an empty code or name', async () => {
    const store = await backend.fresh({ seed: false });
    await expect(store.operators.create({ ...eve, code: '  ' })).rejects.toThrow('Enter an operator code.');
    await expect(store.operators.create({ ...eve, name: '' })).rejects.toThrow('Enter a name for operator EVE.');
    expect(await store.operators.list()).toEqual([]);
  });

  it('refuses a code that is already used, whatever its case', async () => {
    const store = await backend.fresh();
    const attempt = () => store.operators.create({ ...eve, code: 'anna' });
    await expect(attempt()).rejects.toThrow(UserError);
    await expect(attempt()).rejects.toThrow('The operator code "anna" is already used by Anna Softphone (ANNA). Choose another code.');
    expect(await store.operators.list()).toHaveLength(4);
  });

  it('updates every field', async () => {
    const store = await backend.fresh();
    const updated = (await store.operators.update(4, { code: 'DAN2', name: 'Dan Desk', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:7' }));
    expect(updated).toEqual({ id: 4, code: 'DAN2', name: 'Dan Desk', useSoftphone: true, note2: 'UDP:/127.0.0.1:1544:7' });
    expect(await store.operators.get(4)).toEqual(updated);
  });

  it('lets an operator keep its own code, in another case', async () => {
    const store = await backend.fresh();
    expect((await store.operators.update(1, { code: 'Anna', name: 'Anna S.', useSoftphone: false, note2: '' })).code).toBe('Anna');
  });

  it("refuses to update to another operator's code", async () => {
    const store = await backend.fresh();
    await expect(store.operators.update(2, { ...eve, code: 'Cara' })).rejects.toThrow(
      'The operator code "Cara" is already used by Cara Authcode (CARA). Choose another code.',
    );
    expect((await store.operators.get(2))?.code).toBe('BEN');
  });

  it('refuses to update an operator that does not exist', async () => {
    const store = await backend.fresh();
    await expect(store.operators.update(99, eve)).rejects.toThrow(new UserError('There is no operator with id 99.'));
  });
});
