/** The composition root's SecretBox: Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet). */
import { safeStorage } from 'electron';
import { NO_SECRET_BOX, type SecretBox } from './desk/secret-box.ts';

/** Asked after app.whenReady(): on Linux safeStorage knows only then whether a keyring answers. */
export function electronSecretBox(): SecretBox {
  if (!safeStorage.isEncryptionAvailable()) return NO_SECRET_BOX;
  // Linux "basic_text" is a hard-coded key, not encryption worth the name: treated as none.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return NO_SECRET_BOX;
  return {
    available: true,
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (encrypted) => safeStorage.decryptString(Buffer.from(encrypted, 'base64')),
  };
}
