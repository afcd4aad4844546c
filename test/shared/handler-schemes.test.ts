import { describe, expect, it } from 'vitest';
import { decideHandlerSchemes, parseHotkey } from '../../src/shared/handler-schemes.ts';
import { DEFAULT_ALLOWED_SCHEMES } from '../../src/shared/schemes.ts';

const op = (name: string, note2: string, useSoftphone = true) => ({ name, note2, useSoftphone });

describe('decideHandlerSchemes', () => {
  it('registers what the desk asks for when no Note 2 hands calls to it', () => {
    const operators = [op('Ben UDP', 'UDP:/127.0.0.1:1544:452'), op('Cara', 'sip:{number}@pbx.example.com', false)];
    expect(decideHandlerSchemes(['tel', 'callto', 'sip'], operators, DEFAULT_ALLOWED_SCHEMES)).toEqual({ register: ['tel', 'callto', 'sip'], refused: [] });
  });

  it('refuses a scheme an operator\'s Note 2 would hand back to the app, naming them', () => {
    const operators = [op('Anna Softphone', 'sip:'), op('Zed', 'SIP:{number}@pbx.example.com'), op('Tom', 'tel:')];
    expect(decideHandlerSchemes(['sip', 'tel', 'callto'], operators, DEFAULT_ALLOWED_SCHEMES)).toEqual({
      register: ['callto'],
      refused: [
        {
          scheme: 'sip',
          reason: 'Not taking "sip:" links: the Note 2 of Anna Softphone, Zed hands calls to "sip:", which would come back to this app instead of reaching the softphone.',
        },
        { scheme: 'tel', reason: 'Not taking "tel:" links: the Note 2 of Tom hands calls to "tel:", which would come back to this app instead of reaching the softphone.' },
      ],
    });
  });

  it('refuses schemes that are not phone links, and counts each once', () => {
    expect(decideHandlerSchemes(['https', 'TEL', 'tel'], [], DEFAULT_ALLOWED_SCHEMES)).toEqual({
      register: ['tel'],
      refused: [{ scheme: 'https', reason: '"https:" is not one of the links the app can take (tel:, callto:, sip:).' }],
    });
  });
});

describe('parseHotkey', () => {
  it('accepts Electron accelerators with a modifier', () => {
    expect(parseHotkey('Control+Alt+D')).toEqual({ ok: true, value: 'Control+Alt+D' });
    expect(parseHotkey(' ctrl + shift + f9 ')).toEqual({ ok: true, value: 'Ctrl+Shift+F9' });
    expect(parseHotkey('alt+space')).toEqual({ ok: true, value: 'Alt+Space' });
    expect(parseHotkey('CommandOrControl+Shift+F9')).toEqual({ ok: true, value: 'CommandOrControl+Shift+F9' });
    expect(parseHotkey('Super+d')).toEqual({ ok: true, value: 'Super+D' });
  });

  it('refuses a plain key, an unknown modifier or no key', () => {
    expect(parseHotkey('D')).toEqual({ ok: false, error: 'The hotkey "D" needs a modifier, for example Control+Alt+D: a plain key would be taken from every program.' });
    expect(parseHotkey('Hyper+D').ok).toBe(false);
    expect(parseHotkey('Control+').ok).toBe(false);
    expect(parseHotkey('Control+Escape')).toEqual({
      ok: false,
      error: '"Escape" in the hotkey "Control+Escape" is not a key: use a letter, a digit, F1–F24 or Space, Tab, Enter, Insert, Home, End, PageUp, PageDown, Up, Down, Left, Right.',
    });
  });
});
