import { describe, expect, it } from 'vitest';
import { err, ok } from '../../src/shared/result.ts';

describe('result', () => {
  it('wraps a value and an error', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err('no')).toEqual({ ok: false, error: 'no' });
  });
});
