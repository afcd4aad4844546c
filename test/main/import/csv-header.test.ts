import { describe, expect, it } from 'vitest';
import { phoneLabel, readHeader } from '../../../src/main/import/csv-header.ts';

describe('readHeader', () => {
  it('finds the columns in any order and case, and labels phone columns from their names', () => {
    const header = readHeader([' Debtor_Name', 'PHONE_HOME', 'notes', 'file_number', 'phone', 'client_name', 'Phone_Work_Cell', 'CLIENT_NUMBER', '']);
    expect(header).toEqual({
      ok: true,
      value: {
        width: 9,
        columns: { file_number: 3, client_number: 7, client_name: 5, debtor_name: 0 },
        phones: [
          { index: 1, header: 'PHONE_HOME', label: 'Home' },
          { index: 4, header: 'phone', label: 'Phone' },
          { index: 6, header: 'Phone_Work_Cell', label: 'Work cell' },
        ],
        call: { address: {}, doNotCall: null, phoneMarks: [] },
        ignored: ['notes'],
      },
    });
  });

  it('finds the call guard columns: address, do_not_call, and dnc_<label> beside its phone_<label>', () => {
    const header = readHeader(['file_number', 'client_number', 'client_name', 'debtor_name', 'phone', 'Phone_Home', 'ZIP', 'timezone', 'state', 'do_not_call', 'DNC_home', 'dnc']);
    expect(header.ok ? header.value.call : header.error).toEqual({
      address: { zip: 6, timezone: 7, state: 8 },
      doNotCall: 9,
      phoneMarks: [{ index: 10, header: 'DNC_home', phoneIndex: 5 }, { index: 11, header: 'dnc', phoneIndex: 4 }],
    });
  });

  it('refuses a dnc_<label> column without its phone_<label> column', () => {
    const header = readHeader(['file_number', 'client_number', 'client_name', 'debtor_name', 'phone_home', 'dnc_work']);
    expect(header.ok ? null : header.error).toMatch(/^The column "dnc_work" marks the phone in column phone_work, but the file has no such column\./);
  });

  it('refuses phone_ with no label', () => {
    const header = readHeader(['file_number', 'client_number', 'client_name', 'debtor_name', 'phone_']);
    expect(header.ok ? null : header.error).toMatch(/^The column "phone_" looks like a phone column but is not named phone or phone_<label>/);
  });
});

describe('phoneLabel', () => {
  it('capitalizes the first letter and turns underscores into spaces', () => {
    expect([phoneLabel('home'), phoneLabel('work_2'), phoneLabel(undefined), phoneLabel('after_hours_line')]).toEqual([
      'Home', 'Work 2', 'Phone', 'After hours line',
    ]);
  });
});
