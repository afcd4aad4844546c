import { describe, expect, it } from 'vitest';
import { callCardKey } from '../../../../src/renderer/src/logic/call-card-keys.ts';

const press = (key: string, extra: Partial<Parameters<typeof callCardKey>[0]> = {}) =>
  callCardKey({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, behindDialog: false, ...extra });

describe('call card keys', () => {
  it('maps 1 to 8 to the eight outcomes in order', () => {
    expect(['1', '2', '3', '4', '5', '6', '7', '8'].map((k) => press(k))).toEqual([
      'no-answer', 'busy', 'left-message', 'wrong-number', 'talked', 'third-party', 'promise', 'refused',
    ]);
  });

  it('leaves 0, 9, letters, typed text and modified keys alone', () => {
    expect(press('0')).toBeNull();
    expect(press('9')).toBeNull();
    expect(press('n')).toBeNull();
    expect(press('3', { typing: true })).toBeNull();
    expect(press('3', { behindDialog: true })).toBeNull();
    expect(press('3', { ctrlKey: true })).toBeNull();
    expect(press('3', { altKey: true })).toBeNull();
    expect(press('3', { metaKey: true })).toBeNull();
  });
});
