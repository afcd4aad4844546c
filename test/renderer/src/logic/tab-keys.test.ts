import { expect, it } from 'vitest';
import { nextTab } from '../../../../src/renderer/src/logic/tab-keys.ts';

const screens = ['debtors', 'dialpad', 'log', 'operators'] as const;

it('moves right and left, wrapping at the ends', () => {
  expect(nextTab(screens, 'debtors', 'ArrowRight')).toBe('dialpad');
  expect(nextTab(screens, 'operators', 'ArrowRight')).toBe('debtors');
  expect(nextTab(screens, 'debtors', 'ArrowLeft')).toBe('operators');
  expect(nextTab(screens, 'log', 'ArrowLeft')).toBe('dialpad');
});

it('jumps to the first and last tab with Home and End', () => {
  expect(nextTab(screens, 'log', 'Home')).toBe('debtors');
  expect(nextTab(screens, 'dialpad', 'End')).toBe('operators');
});

it('ignores other keys, so typing and Tab behave normally', () => {
  expect(nextTab(screens, 'log', 'Tab')).toBeNull();
  expect(nextTab(screens, 'log', 'a')).toBeNull();
  expect(nextTab(screens, 'log', 'ArrowDown')).toBeNull();
});
