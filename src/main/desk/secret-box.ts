/**
 * Keeps the floor database's password encrypted at rest. The Electron app passes one built on
 * safeStorage (src/main/electron-secret-box.ts: the OS keychain, DPAPI or libsecret/kwallet); where
 * the OS offers none, or outside Electron, there is NO_SECRET_BOX and a password is never written.
 */
export type SecretBox = {
  /** False where nothing can encrypt: saving a password is then refused. */
  readonly available: boolean;
  /** The encrypted text, base64. */
  encrypt(plain: string): string;
  /** Throws when the text cannot be decrypted (another user's or another computer's). */
  decrypt(encrypted: string): string;
};

export const NO_ENCRYPTION =
  'This computer offers no way to keep a password encrypted (Electron safeStorage is not available here, e.g. Linux without a ' +
  'keyring), so the password is not saved. Connect with a desk role that needs no password from this computer, or have IT ' +
  'set SOFTPHONE_DATABASE_URL for the app.';

export const NO_SECRET_BOX: SecretBox = {
  available: false,
  encrypt() {
    throw new Error(NO_ENCRYPTION);
  },
  decrypt() {
    throw new Error(NO_ENCRYPTION);
  },
};
