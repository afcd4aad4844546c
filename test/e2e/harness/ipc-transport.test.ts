import { describe, expect, it } from 'vitest';
import { replyAsJson } from '../../../e2e/harness/ipc-transport.ts';

describe('replyAsJson (the browser harness transport)', () => {
  it('passes a plain reply as JSON text that parses back to the same value', () => {
    const reply = {
      ok: true,
      value: {
        rows: [{ id: 7, fileNumber: '4585', name: 'Zoë "Bud" O\'Brien', clientNumber: '24', clientName: 'Acme', phones: [{ id: 1, label: 'Home', number: '716-698-3877' }] }],
        total: 1,
        note: null,
        skipped: undefined,
      },
    };
    const text = replyAsJson(reply);
    expect(typeof text).toBe('string');
    const { skipped: _skipped, ...sent } = reply.value;
    expect(JSON.parse(text ?? '')).toEqual({ ok: true, value: sent });
    expect(replyAsJson({ ok: false, error: 'Refused: no.' })).toBe('{"ok":false,"error":"Refused: no."}');
  });

  it('passes no reply as no reply', () => {
    expect(replyAsJson(undefined)).toBeUndefined();
  });

  it('refuses, by where it is, a value JSON would change', () => {
    const refusal = (where: string) => `The harness transport cannot pass ${where} faithfully as JSON.`;
    expect(() => replyAsJson({ ok: true, value: { at: new Date(0) } })).toThrow(refusal('the reply.value.at (a Date)'));
    expect(() => replyAsJson({ ok: true, value: new Map() })).toThrow(refusal('the reply.value (a Map)'));
    expect(() => replyAsJson({ ok: true, value: [1, Number.NaN] })).toThrow(refusal('the reply.value[1] (NaN)'));
    expect(() => replyAsJson({ ok: true, value: [1, undefined] })).toThrow(refusal('the reply.value[1] (undefined)'));
    expect(() => replyAsJson({ ok: true, value: { size: 10n } })).toThrow(refusal('the reply.value.size (a bigint)'));
  });
});
