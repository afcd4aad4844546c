import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SETTINGS, DESK_SETTINGS_FILE, readDeskSettings } from '../../../src/main/desk/desk-settings.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const write = (text: string) => writeFileSync(join(dir, DESK_SETTINGS_FILE), text);
const path = () => join(dir, DESK_SETTINGS_FILE);

describe('readDeskSettings', () => {
  it('is the defaults without a file: no tel:/callto:/sip: handling, Control+Alt+D', () => {
    expect(readDeskSettings(dir)).toEqual({ settings: { handlerSchemes: [], dialHotkey: 'Control+Alt+D' }, notices: [] });
  });

  it('reads the administrator\'s choice', () => {
    write('{"handlerSchemes": ["tel", "CALLTO"], "dialHotkey": "Control+Shift+F9"}');
    expect(readDeskSettings(dir)).toEqual({ settings: { handlerSchemes: ['tel', 'callto'], dialHotkey: 'Control+Shift+F9' }, notices: [] });
  });

  it('turns the hotkey off with null', () => {
    write('{"dialHotkey": null}');
    expect(readDeskSettings(dir).settings.dialHotkey).toBeNull();
  });

  it('keeps the defaults for what is wrong, and says what', () => {
    write('{"handlerSchemes": ["tel", "https"], "dialHotkey": "D", "autodial": true}');
    expect(readDeskSettings(dir)).toEqual({
      settings: { handlerSchemes: ['tel'], dialHotkey: 'Control+Alt+D' },
      notices: [
        `${path()}: "autodial" is not a desk setting (handlerSchemes, dialHotkey); it was ignored.`,
        `${path()}: handlerSchemes can name only tel, callto, sip; https ignored.`,
        `${path()}: The hotkey "D" needs a modifier, for example Control+Alt+D: a plain key would be taken from every program. Control+Alt+D is used.`,
      ],
    });
  });

  it('is the defaults, with a notice, for a file that is not JSON', () => {
    write('handlerSchemes = tel');
    const read = readDeskSettings(dir);
    expect(read.settings).toEqual(DEFAULT_DESK_SETTINGS);
    expect(read.notices).toEqual([`${path()} is not valid JSON: the desk's defaults are used (no tel:/callto:/sip: handling, hotkey Control+Alt+D).`]);
  });
});
