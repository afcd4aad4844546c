import { describe, expect, it } from 'vitest';
import { countDebtors, formatTime, methodLabel, operatorOptionText } from '../../../../src/renderer/src/logic/format.ts';

describe('formatTime', () => {
  it('shows a log time as local date and time to the second', () => {
    const at = new Date(2025, 10, 26, 9, 5, 7).toISOString();
    expect(formatTime(at)).toBe('2025-11-26 09:05:07');
  });

  it('shows text that is not a time as it came, rather than "Invalid Date"', () => {
    expect(formatTime('yesterday')).toBe('yesterday');
  });
});

it('counts debtors in words', () => {
  expect(countDebtors(0)).toBe('0 debtors');
  expect(countDebtors(1)).toBe('1 debtor');
  expect(countDebtors(250)).toBe('250 debtors');
  expect(countDebtors(2500)).toBe('2,500 debtors');
});

it('lists an operator as name (code)', () => {
  expect(operatorOptionText({ name: 'Ann Lee', code: '109' })).toBe('Ann Lee (109)');
});

it('names the dial method', () => {
  expect(methodLabel('udp')).toBe('UDP');
  expect(methodLabel('uri')).toBe('URI');
  expect(methodLabel(null)).toBe('—');
});
