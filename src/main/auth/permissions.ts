import { SIGN_IN_FIRST, type SessionUser } from './session.ts';

/**
 * Who may call an IPC channel. Each channel's rule sits beside its handler in the route table
 * (ipc/routes.ts); main checks it on every call, with the user its session holds, before the handler
 * runs: what the renderer shows or hides never decides it.
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
export const OWN_DIALS_ONLY = 'Operators see only their own dials in the dial log.';
export const IMPORT_ADMIN_ONLY = 'Only an administrator can import debtors.';

export const PUBLIC: Access = { level: 'public' };
export const SIGNED_IN: Access = { level: 'signed-in' };
export const adminOnly = (refusal: string): Access => ({ level: 'admin', refusal });
export const ownRecord = (refusal: string): Access => ({ level: 'own-record', refusal });

function requestedOperatorId(request: unknown): number | null {
  if (typeof request !== 'object' || request === null || !Object.hasOwn(request, 'operatorId')) return null;
  const operatorId: unknown = Reflect.get(request, 'operatorId');
  return typeof operatorId === 'number' ? operatorId : null;
}

/**
 * Null when `user` may make this call, else the refusal to show. A channel without a rule is refused:
 * forgetting a rule must fail closed. `request` is the payload after schema validation.
 */
export function authorize(access: Access | undefined, channel: string, user: SessionUser | null, request: unknown): string | null {
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
