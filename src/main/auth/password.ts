import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { passwordProblem } from '../../shared/password-rules.ts';
import { UserError } from '../errors.ts';

export { MIN_PASSWORD_LENGTH, passwordProblem } from '../../shared/password-rules.ts';
export const PASSWORDS_DIFFER = 'The two passwords are not the same. Type the password twice, exactly alike.';

export type ScryptCost = { readonly N: number; readonly r: number; readonly p: number };

/**
 * N = 2^15 took 70–95 ms per hash on the development machine (2^14: 30–80 ms, 2^16: 170–240 ms), the
 * cost the scrypt paper suggests for interactive sign-in. Stored hashes name their own cost, so this
 * can be raised later without locking anyone out.
 */
export const SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 64;
/** Refuse stored costs far beyond ours: a tampered row must not make sign-in eat gigabytes. */
const MAX_N = 2 ** 20;

/** scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly that at our cost, so allow twice. */
function optionsFor(cost: ScryptCost): ScryptOptions {
  return { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r * cost.p };
}

/** Async scrypt: it runs on libuv's thread pool, so the main process stays responsive while it works. */
function derive(password: string, salt: Buffer, cost: ScryptCost, keyBytes: number): Promise<Buffer> {
  // NFC: the same password typed through different input methods gives the same bytes.
  const secret = password.normalize('NFC');
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, keyBytes, optionsFor(cost), (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * `scrypt$N$r$p$salt$hash` (salt and hash in base64): self-describing, so verifying needs nothing but
 * the stored string. Throws UserError when the password breaks the rule (passwordProblem).
 */
export async function hashPassword(password: string, cost: ScryptCost = SCRYPT_COST): Promise<string> {
  const problem = passwordProblem(password);
  if (problem !== null) throw new UserError(problem);
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, cost, KEY_BYTES);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

type ParsedHash = { cost: ScryptCost; salt: Buffer; hash: Buffer };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function positiveInt(text: string | undefined): number | null {
  return text !== undefined && /^[1-9]\d{0,9}$/.test(text) ? Number(text) : null;
}

function isPowerOfTwo(n: number): boolean {
  return n >= 2 && n <= MAX_N && (n & (n - 1)) === 0;
}

function parseStored(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, n, r, p, salt = '', hash = ''] = parts;
  const [N, R, P] = [positiveInt(n), positiveInt(r), positiveInt(p)];
  if (N === null || R === null || P === null || !isPowerOfTwo(N) || R * P > 64) return null;
  if (!BASE64.test(salt) || !BASE64.test(hash)) return null;
  return { cost: { N, r: R, p: P }, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

/** True only when `password` hashes to `stored`; a stored value that is not one of our hashes never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (parsed === null || parsed.hash.length === 0) return false;
  const candidate = await derive(password, parsed.salt, parsed.cost, parsed.hash.length);
  return timingSafeEqual(candidate, parsed.hash);
}
