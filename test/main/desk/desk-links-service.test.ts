import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeskLinksService, type DeskLinksService } from '../../../src/main/desk/desk-links-service.ts';
import { readDeskSettings } from '../../../src/main/desk/desk-settings.ts';
import type { Store } from '../../../src/main/store/contract.ts';
import { freshStore } from '../store/temp-store.ts';

/* The administrator's "This desk" link settings: a real desk-settings.json in a temporary user-data folder, a real store. */
let dir: string;
let store: Store;
let service: DeskLinksService;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-links-'));
  store = freshStore();
  service = createDeskLinksService({ userDataDir: dir, store });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("this desk's link settings", () => {
  it('shows the defaults when there is no file: no tel:/callto:/sip:, hotkey Control+Alt+D', async () => {
    expect(await service.get()).toMatchObject({ handlerSchemes: [], dialHotkey: 'Control+Alt+D', notices: [], file: join(dir, 'desk-settings.json') });
  });

  it('saves the choice to desk-settings.json, as the start reads it, with the hotkey in its canonical form', async () => {
    const view = await service.save({ handlerSchemes: ['callto', 'tel'], dialHotkey: 'ctrl+shift+f9' });
    expect(view).toMatchObject({ handlerSchemes: ['tel', 'callto'], dialHotkey: 'Ctrl+Shift+F9' });
    expect(JSON.parse(await readFile(join(dir, 'desk-settings.json'), 'utf8'))).toEqual({ handlerSchemes: ['tel', 'callto'], dialHotkey: 'Ctrl+Shift+F9' });
    expect(readDeskSettings(dir)).toEqual({ settings: { handlerSchemes: ['tel', 'callto'], dialHotkey: 'Ctrl+Shift+F9' }, notices: [] });
    expect((await service.save({ handlerSchemes: [], dialHotkey: '' })).dialHotkey).toBeNull();
  });

  it('refuses a hotkey without a modifier or a scheme it cannot take, naming the problem, and keeps the file as it was', async () => {
    await service.save({ handlerSchemes: ['tel'], dialHotkey: 'Control+Alt+D' });
    await expect(service.save({ handlerSchemes: ['tel'], dialHotkey: 'D' })).rejects.toThrow('needs a modifier');
    await expect(service.save({ handlerSchemes: ['mailto'], dialHotkey: null })).rejects.toThrow('not mailto');
    expect(readDeskSettings(dir).settings).toEqual({ handlerSchemes: ['tel'], dialHotkey: 'Control+Alt+D' });
  });

  it("shows the loop refusal of any scheme an operator's Note 2 hands calls to, chosen or not yet", async () => {
    const cara = (await store.operators.list()).find((o) => o.code === 'CARA');
    if (cara === undefined) throw new Error('no CARA');
    await store.operators.update(cara.id, { code: cara.code, name: cara.name, useSoftphone: true, note2: 'sip:{number}@pbx.example.com' });
    const view = await service.get();
    expect(view.handlerSchemes).toEqual([]);
    expect(view.refused).toEqual([
      { scheme: 'sip', reason: `Not taking "sip:" links: the Note 2 of Anna Softphone, ${cara.name} hands calls to "sip:", which would come back to this app instead of reaching the softphone.` },
    ]);
  });

  it("reports what is wrong with a hand-edited file", async () => {
    await writeFile(join(dir, 'desk-settings.json'), '{"handlerSchemes": "tel"}');
    expect((await service.get()).notices).toEqual([`${join(dir, 'desk-settings.json')}: handlerSchemes must be a list such as ["tel", "callto"]; the app takes no tel:/callto:/sip: links.`]);
  });
});
