/**
 * Who the end-to-end tests sign in as. The app has no default password anywhere: every password
 * below is test data that a test itself sets through the UI (the setup screen for the administrator,
 * the Operator form for the sample operators) before signing in with it.
 */
export type Account = {
  readonly code: string;
  readonly name: string;
  /** "Name (CODE)", as the header's "Signed in as …" line shows the account. */
  readonly option: string;
  readonly password: string;
};

const account = (code: string, name: string): Account => ({
  code,
  name,
  option: `${name} (${code})`,
  password: `e2e-${code.toLowerCase()}-passphrase`,
});

/** The first administrator, created on the setup screen at the start of most tests. */
export const ADMIN = account('ADA', 'Ada Admin');

/** The sample data's operators (loaded by the setup screen's "Load the sample data"), without passwords. */
export const OPERATORS = {
  anna: account('ANNA', 'Anna Softphone'),
  ben: account('BEN', 'Ben UDP'),
  cara: account('CARA', 'Cara Authcode'),
  dan: account('DAN', 'Dan Desk'),
} as const;

export type SeededOperator = (typeof OPERATORS)[keyof typeof OPERATORS];
