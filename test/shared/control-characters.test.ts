import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstControlCharacter, showControlCharacters, stripControlCharacters } from '../../src/shared/control-characters.ts';

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => i), 0x7f, ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
].map((code) => String.fromCodePoint(code));

describe('control characters', () => {
  it('names the first one as U+XXXX, and finds none in ordinary names', () => {
    expect(firstControlCharacter('Pat\u0000Sample\u202e')).toBe('U+0000');
    expect(firstControlCharacter('abc\u202e')).toBe('U+202E');
    for (const name of ['Pat Sample', 'Zoë Ōtsuka-Brontë', 'محمد', 'O\u2019Brien', '李小龍']) expect(firstControlCharacter(name)).toBeNull();
  });

  it('finds every C0, C1, DEL and bidi control', () => {
    for (const c of CONTROLS) expect(firstControlCharacter(`a${c}b`)).not.toBeNull();
  });

  it('shows them as <U+XXXX> for a terminal', () => {
    expect(showControlCharacters('12\u001b[2J and \u202eabc')).toBe('12<U+001B>[2J and <U+202E>abc');
    expect(showControlCharacters('Zoë Ōtsuka')).toBe('Zoë Ōtsuka');
  });

  it('strips them from a query, turning tabs and line breaks into spaces, and leaves other text as it was', () => {
    expect(stripControlCharacters('Pat\u0000 Sam\u202eple')).toBe('Pat Sample');
    expect(stripControlCharacters('Pat\tSample\r\n')).toBe('Pat Sample  ');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...CONTROLS))), (parts) => {
        const stripped = stripControlCharacters(parts.join(''));
        expect(firstControlCharacter(stripped)).toBeNull();
        expect(stripControlCharacters(stripped)).toBe(stripped);
      }),
    );
  });
});
