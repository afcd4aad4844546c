import { expect, it } from 'vitest';
import { globalShortcut, isTypingTarget, SHORTCUTS } from '../../../../src/renderer/src/logic/shortcuts.ts';

const press = (key: string, more: Partial<Parameters<typeof globalShortcut>[0]> = {}) =>
  globalShortcut({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, behindDialog: false, ...more });

it('/ and Ctrl+F go to the search; ? opens the help', () => {
  expect(press('/')).toBe('search');
  expect(press('f', { ctrlKey: true })).toBe('search');
  expect(press('F', { ctrlKey: true })).toBe('search');
  expect(press('f', { metaKey: true })).toBe('search');
  expect(press('?')).toBe('help');
});

it('N moves to the next debtor, but is typed in a text field and left alone with a modifier', () => {
  expect(press('n')).toBe('next-debtor');
  expect(press('N')).toBe('next-debtor');
  expect(press('n', { typing: true })).toBeNull();
  expect(press('n', { ctrlKey: true })).toBeNull();
  expect(press('n', { altKey: true })).toBeNull();
});

it('in a text field only Ctrl+F is a shortcut: / and ? are typed', () => {
  expect(press('/', { typing: true })).toBeNull();
  expect(press('?', { typing: true })).toBeNull();
  expect(press('f', { ctrlKey: true, typing: true })).toBe('search');
});

it('other keys and Alt combinations are not shortcuts', () => {
  expect(press('f')).toBeNull();
  expect(press('/', { altKey: true })).toBeNull();
  expect(press('c', { ctrlKey: true })).toBeNull();
});

it('outside a browser nothing is a typing target', () => {
  expect(isTypingTarget(null)).toBe(false);
});

it('the help lists the search, the grid movement and dialing', () => {
  const keys = SHORTCUTS.flatMap((s) => s.keys);
  for (const key of ['/', 'Ctrl+F', '↑', '→', 'Enter', '?', 'N']) expect(keys).toContain(key);
});

it('behind a dialog (a link card, its refusal, a question) no single key and not Ctrl+F acts on the screen', () => {
  for (const key of ['/', '?', 'n', 'N']) expect(press(key, { behindDialog: true })).toBeNull();
  expect(press('f', { ctrlKey: true, behindDialog: true })).toBeNull();
});
