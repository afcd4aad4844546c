import { describe, expect, it } from 'vitest';
import { chooseClipboardText } from '../../../src/main/links/clipboard-choice.ts';

describe('chooseClipboardText', () => {
  it('takes the primary selection first when it holds a number or a phone link', () => {
    expect(chooseClipboardText(' 716-698-3877 ', '555-123-7777')).toBe('716-698-3877');
    expect(chooseClipboardText('tel:+17166983877', '555-123-7777')).toBe('tel:+17166983877');
  });

  it('falls back to the clipboard when the selection is empty or is no number', () => {
    expect(chooseClipboardText('', '555-123-7777\n')).toBe('555-123-7777');
    expect(chooseClipboardText('Dear Morgan,', '555-123-7777')).toBe('555-123-7777');
  });
});
