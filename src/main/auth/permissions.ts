import type { IpcChannel } from '../../shared/ipc-contract.ts';
import { SIGN_IN_FIRST, type SessionUser } from '../services/session.ts';

/**
 * Who may call each IPC channel. main checks this on every call, with the user its session holds,
 * before the handler runs: what the renderer shows or hides never decides it.
 * - public: anyone, signed in or not (the setup and sign-in screens need these);
 * - signed-in: any active, signed-in operator;
 * - own-record: an operator for their own operator id (`request.operatorId`), an administrator for any;
 * - admin: administrators only; `refusal` says what was refused.
 */
export type Access =
  | { readonly level: 'public' }
  | { readonly level: 'signed-in' }
  | { readonly level: 'own-record'; readonly refusal: string }
  | { readonly level: 'admin'; readonly refusal: string };

export const OPERATOR_SETTINGS_ADMIN_ONLY = 'Only an administrator can change operator settings.';
export const OWN_RECORD_ONLY = 'Operators can see only their own operator settings.';
export const OWN_TEST_DIAL_ONLY = 'Operators can test-dial only with their own settings.';
export const IMPORT_ADMIN_ONLY = 'Only an administrator can import debtors.';

const PUBLIC: Access = { level: 'public' };
const SIGNED_IN: Access = { level: 'signed-in' };
const adminOnly = (refusal: string): Access => ({ level: 'admin', refusal });
const OPERATOR_ADMIN = adminOnly(OPERATOR_SETTINGS_ADMIN_ONLY);
const IMPORT_ADMIN = adminOnly(IMPORT_ADMIN_ONLY);

/** Every channel of the contract must appear here: adding a channel without a rule does not compile. */
const CHANNEL_RULES: Readonly<Record<IpcChannel, Access>> = {
  'app:state': PUBLIC,
  'auth:setup': PUBLIC,
  'auth:sign-in': PUBLIC,
  'auth:sign-out': PUBLIC,
  'operator:get': { level: 'own-record', refusal: OWN_RECORD_ONLY },
  // Operators see their own DETAIL tab read-only: every save, even of their own record, is an admin's.
  'operator:save': OPERATOR_ADMIN,
  'operator:set-password': OPERATOR_ADMIN,
  'audit:list': adminOnly('Only an administrator can see the audit trail.'),
  'schemes:save': adminOnly('Only an administrator can change the scheme allow-list.'),
  'debtors:search': SIGNED_IN,
  'dial:phone': SIGNED_IN,
  'dial:number': SIGNED_IN,
  // A test dial sends as `operatorId`: operators may test only their own settings.
  'dial:test': { level: 'own-record', refusal: OWN_TEST_DIAL_ONLY },
  'dial-log:list': SIGNED_IN,
  'scheme:handler': SIGNED_IN,
  // Every step of an import, upload and status included: an operator learns nothing of one.
  'import:begin': IMPORT_ADMIN,
  'import:chunk': IMPORT_ADMIN,
  'import:start': IMPORT_ADMIN,
  'import:status': IMPORT_ADMIN,
  'import:cancel': IMPORT_ADMIN,
};

export const CHANNEL_ACCESS: Readonly<Record<string, Access>> = CHANNEL_RULES;

function requestedOperatorId(request: unknown): number | null {
  if (typeof request !== 'object' || request === null || !Object.hasOwn(request, 'operatorId')) return null;
  const operatorId: unknown = Reflect.get(request, 'operatorId');
  return typeof operatorId === 'number' ? operatorId : null;
}

/**
 * Null when `user` may make this call, else the refusal to show. A channel without a rule is refused:
 * forgetting a rule must fail closed. `request` is the payload after schema validation.
 */
export function authorize(channel: string, user: SessionUser | null, request: unknown): string | null {
  const access = Object.hasOwn(CHANNEL_ACCESS, channel) ? CHANNEL_ACCESS[channel] : undefined;
  if (access === undefined) return `Refused: no permission rule covers ${channel}.`;
  if (access.level === 'public') return null;
  if (user === null) return SIGN_IN_FIRST;
  switch (access.level) {
    case 'signed-in':
      return null;
    case 'own-record':
      return user.role === 'admin' || requestedOperatorId(request) === user.operatorId ? null : access.refusal;
    case 'admin':
      return user.role === 'admin' ? null : access.refusal;
  }
}
