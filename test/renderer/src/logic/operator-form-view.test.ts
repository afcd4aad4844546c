import { describe, expect, it } from 'vitest';
import type { OperatorAccount } from '../../../../src/shared/ipc-contract.ts';
import { DEFAULT_ALLOWED_SCHEMES } from '../../../../src/shared/schemes.ts';
import {
  FIX_NOTE2_REASON,
  INVALID_PREVIEW,
  OFF_PREVIEW,
  SAVE_FIRST_REASON,
  blankDraft,
  draftOf,
  isDirty,
  noHandlerWarning,
  operatorFormView,
  type OperatorDraft,
} from '../../../../src/renderer/src/logic/operator-form-view.ts';

const stored: OperatorAccount = {
  id: 7,
  code: '452',
  name: 'Ann Lee',
  useSoftphone: true,
  note2: 'UDP:/192.168.2.122:1544:452',
  role: 'operator',
  active: true,
  hasPassword: true,
};
const editing = (change: Partial<OperatorDraft>): OperatorDraft => ({ ...draftOf(stored), ...change });
const view = (draft: OperatorDraft, saved: OperatorAccount | null = stored, schemes = DEFAULT_ALLOWED_SCHEMES) =>
  operatorFormView(draft, saved, schemes);

describe('operatorFormView preview', () => {
  it('shows the seed payload and destination for a UDP Note 2', () => {
    expect(view(editing({})).preview).toBe('452,5551237777 to 192.168.2.122:1544');
  });

  it('adds the 12-digit authcode of client 1234 and debtor 12345678 with #authcode', () => {
    expect(view(editing({ note2: 'UDP:/192.168.2.122:1544:452#authcode' })).preview).toBe(
      '452,5551237777,123412345678 to 192.168.2.122:1544',
    );
  });

  it('accepts the syntax-section spelling UDP/:host:port;extension', () => {
    expect(view(editing({ note2: 'UDP/:192.168.2.122:1544;452' })).preview).toBe('452,5551237777 to 192.168.2.122:1544');
  });

  it('shows the URI for a protocol prefix and names its scheme for the handler check', () => {
    const result = view(editing({ note2: 'sip:' }));
    expect(result.preview).toBe('sip:5551237777');
    expect(result.scheme).toBe('sip');
  });

  it('fills a {number} template', () => {
    expect(view(editing({ note2: 'sip:{number}@pbx.example.com' })).preview).toBe('sip:5551237777@pbx.example.com');
  });

  it('applies the floor\'s dial plan, as a click sends it', () => {
    const plan = { outsideLine: '9', homeCountry: '1', intlPrefix: '011' };
    expect(operatorFormView(editing({}), stored, DEFAULT_ALLOWED_SCHEMES, plan).preview).toBe('452,95551237777 to 192.168.2.122:1544');
    expect(operatorFormView(editing({ note2: 'tel:' }), stored, DEFAULT_ALLOWED_SCHEMES, plan).preview).toBe('tel:+15551237777');
    expect(operatorFormView(editing({}), stored, DEFAULT_ALLOWED_SCHEMES, {}).preview).toBe('452,5551237777 to 192.168.2.122:1544');
  });

  it('says nothing is sent when the toggle is off, whatever Note 2 holds', () => {
    const result = view(editing({ useSoftphone: false, note2: 'nonsense' }));
    expect(result.preview).toBe(OFF_PREVIEW);
    expect(result.preview).toBe('Softphone dialing is off: nothing is sent.');
    expect(result.note2Error).toBeNull();
    expect(result.saveBlockedReason).toBeNull();
    expect(result.scheme).toBeNull();
  });
});

describe('operatorFormView validation', () => {
  it("shows parseNote2's own message and blocks saving while the toggle is on", () => {
    const result = view(editing({ note2: 'UDP:/192.168.2.122:1544:452#auth' }));
    expect(result.note2Error).toBe('Unknown command "#auth": the only command is #authcode. Example: UDP:/192.168.2.122:1544:452#authcode');
    expect(result.saveBlockedReason).toBe(FIX_NOTE2_REASON);
    expect(result.saveBlockedReason).toBe('Fix Note 2 before saving');
    expect(result.preview).toBe(INVALID_PREVIEW);
    expect(result.scheme).toBeNull();
  });

  it('blocks an empty Note 2 while the toggle is on', () => {
    expect(view(editing({ note2: '  ' })).note2Error).toMatch(/^Note 2 is empty\./);
  });

  it('refuses a scheme missing from the allow-list, and accepts it once an administrator adds it', () => {
    expect(view(editing({ note2: 'zoiper:' })).note2Error).toMatch(/"zoiper:" protocol is not on the allowed list/);
    const allowed = view(editing({ note2: 'zoiper:' }), stored, [...DEFAULT_ALLOWED_SCHEMES, 'zoiper']);
    expect(allowed.note2Error).toBeNull();
    expect(allowed.preview).toBe('zoiper:5551237777');
  });

  it('refuses a forbidden scheme even when listed as allowed', () => {
    expect(view(editing({ note2: 'https:' }), stored, ['https']).saveBlockedReason).toBe(FIX_NOTE2_REASON);
  });
});

describe('dirty state and the test dial', () => {
  it('allows a test dial only for a saved, unchanged operator', () => {
    expect(view(editing({})).testBlockedReason).toBeNull();
    expect(view(editing({ name: 'Ann Lee-Smith' })).testBlockedReason).toBe(SAVE_FIRST_REASON);
    expect(view(blankDraft(), null).testBlockedReason).toBe('Save the operator first');
  });

  it('sees every field change, and a change undone as clean again', () => {
    expect(isDirty(editing({ code: '453' }), stored)).toBe(true);
    expect(isDirty(editing({ useSoftphone: false }), stored)).toBe(true);
    expect(isDirty(editing({ note2: 'sip:' }), stored)).toBe(true);
    expect(isDirty(editing({ role: 'admin' }), stored)).toBe(true);
    expect(isDirty(editing({ active: false }), stored)).toBe(true);
    expect(isDirty(editing({ note2: stored.note2 }), stored)).toBe(false);
    expect(isDirty(blankDraft(), null)).toBe(true);
  });
});

describe('drafts', () => {
  it('starts a new operator as an active Operator, never an administrator', () => {
    expect(blankDraft()).toEqual({ id: null, code: '', name: '', useSoftphone: false, note2: '', role: 'operator', active: true });
  });

  it('takes exactly the fields operator:save accepts from a stored account (no hasPassword)', () => {
    expect(draftOf({ ...stored, role: 'admin', active: false })).toEqual({
      id: 7,
      code: '452',
      name: 'Ann Lee',
      useSoftphone: true,
      note2: 'UDP:/192.168.2.122:1544:452',
      role: 'admin',
      active: false,
    });
  });

  it('does not count a password being set as an unsaved change', () => {
    expect(isDirty(draftOf(stored), { ...stored, hasPassword: false })).toBe(false);
  });
});

it('words the missing-handler warning exactly', () => {
  expect(noHandlerWarning('sip')).toBe('No program on this computer handles sip: links. Calls will fail until a softphone is installed.');
});
