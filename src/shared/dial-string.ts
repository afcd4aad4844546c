/** A UDP dial string as a dialer reads it: `extension,number[,authcode]`. */
export type ParsedDialString = {
  readonly extension: string | null;
  readonly number: string | null;
  readonly authcode: string | null;
  readonly wellFormed: boolean;
  readonly problem: string | null;
};

/** Reads a received datagram the way a dialer would; says what is wrong instead of throwing. */
export function parseDialString(payload: string): ParsedDialString {
  const fields = payload.split(',');
  const [extension = null, number = null, authcode = null] = fields;
  const problem = dialStringProblem(fields, payload);
  return { extension, number, authcode, wellFormed: problem === null, problem };
}

function dialStringProblem(fields: string[], payload: string): string | null {
  if (/[^\x20-\x7e]/.test(payload)) return 'payload holds characters outside printable ASCII';
  if (fields.length < 2 || fields.length > 3) return `expected 2 or 3 comma-separated fields, got ${fields.length}`;
  const [extension = '', number = '', authcode] = fields;
  if (!/^[0-9]{1,15}$/.test(extension)) return `extension "${extension}" is not 1 to 15 digits`;
  if (!/^[0-9]{3,20}$/.test(number)) return `number "${number}" is not 3 to 20 digits`;
  if (authcode !== undefined && !/^[0-9]{12}$/.test(authcode)) return `authcode "${authcode}" is not 12 digits`;
  return null;
}
