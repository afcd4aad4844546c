import { describe, expect, it } from 'vitest';
import { trayMenuTemplate } from '../../../src/main/window/tray-menu.ts';

describe('trayMenuTemplate', () => {
  it('offers Dial clipboard number (with the hotkey), Show window, Sign out and Quit, each doing its own action', () => {
    const done: string[] = [];
    const items = trayMenuTemplate(
      { dialClipboard: () => done.push('dial'), showWindow: () => done.push('show'), signOut: () => done.push('sign out'), quit: () => done.push('quit') },
      'Control+Alt+D',
    );
    expect(items.map((i) => i.label ?? '—')).toEqual(['Dial clipboard number (Control+Alt+D)', 'Show window', '—', 'Sign out', 'Quit']);
    for (const item of items) item.click?.();
    expect(done).toEqual(['dial', 'show', 'sign out', 'quit']);
  });

  it('names no hotkey when the desk turned it off', () => {
    expect(trayMenuTemplate({ dialClipboard() {}, showWindow() {}, signOut() {}, quit() {} }, null)[0]?.label).toBe('Dial clipboard number');
  });
});
