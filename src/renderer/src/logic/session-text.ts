import type { OperatorRole, OperatorSummary, SessionInfo } from '../../../shared/ipc-contract.ts';
import { operatorOptionText } from './format.ts';
import { MIN_PASSWORD_LENGTH } from '../../../shared/password-rules.ts';

/** The two levels, in the words the screens use. */
export const ROLE_WORD: Readonly<Record<OperatorRole, string>> = {
  admin: 'Administrator',
  operator: 'Operator',
};

/** What main requires of a new password (it checks; this only tells the user before they type). */
export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters, not only spaces, and not a common password such as password123.`;

export const READ_ONLY_NOTE = 'Only an administrator can change these settings.';

/** "Signed in as Ada Admin (ADA)": who every dial is made as. */
export function signedInText(session: Pick<SessionInfo, 'name' | 'code'>): string {
  return `Signed in as ${operatorOptionText(session)}`;
}

/** Administrators manage every operator; an operator only sees their own settings. */
export function settingsTabLabel(role: OperatorRole | null): string {
  return role === 'admin' ? 'Operators' : 'My settings';
}

/** What the operator list says beside a name, so an administrator sees at once who cannot sign in. */
export function operatorMarkers(operator: Pick<OperatorSummary, 'role' | 'active' | 'hasPassword'>): string[] {
  const markers: string[] = [];
  if (operator.role === 'admin') markers.push(ROLE_WORD.admin);
  if (!operator.active) markers.push('Deactivated');
  if (!operator.hasPassword) markers.push('No password');
  return markers;
}
