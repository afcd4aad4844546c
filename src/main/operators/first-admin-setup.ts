import { hashPassword, passwordProblem, PASSWORDS_DIFFER, type ScryptCost } from '../auth/password.ts';
import { toUser, type Session, type SessionUser } from '../auth/session.ts';
import { UserError } from '../errors.ts';
import type { SampleDataAdded, Store } from '../store/contract.ts';
import { recordOperatorChanges } from './operator-audit.ts';
import { OPERATOR_CODE } from './operator-code.ts';

export const SETUP_DONE = 'The first administrator already exists: sign in instead.';

export type SetupRequest = {
  readonly code: string;
  readonly name: string;
  readonly password: string;
  readonly passwordAgain: string;
  readonly loadSampleData: boolean;
};

export type SetupResult = {
  /** The new administrator, already signed in. */
  readonly user: SessionUser;
  /** What the sample data added, or null when it was not asked for. */
  readonly sampleData: SampleDataAdded | null;
};

export type SetupDeps = { readonly store: Store; readonly session: Session; readonly now: () => Date; readonly cost: ScryptCost };

function checkSetup(request: SetupRequest): { code: string; name: string } {
  const code = request.code.trim();
  const name = request.name.trim();
  if (!OPERATOR_CODE.test(code)) throw new UserError(`Operator ID "${code}" must be 1 to 32 letters, digits, "-" or "_".`);
  if (name === '') throw new UserError('Enter the administrator\'s name.');
  const problem = passwordProblem(request.password);
  if (problem !== null) throw new UserError(problem);
  if (request.password !== request.passwordAgain) throw new UserError(PASSWORDS_DIFFER);
  return { code, name };
}

/**
 * The first-run setup: creates the first administrator (and, when asked, the sample data) all or
 * nothing, records it in the audit trail and signs the administrator in. Only while no administrator
 * who can sign in exists; the caller runs one setup at a time.
 */
export async function setupFirstAdmin({ store, session, now, cost }: SetupDeps, request: SetupRequest): Promise<SetupResult> {
  const needsSetup = async (): Promise<boolean> => (await store.operators.countActiveAdmins()) === 0;
  if (!(await needsSetup())) throw new UserError(SETUP_DONE);
  const { code, name } = checkSetup(request);
  const hash = await hashPassword(request.password, cost);
  // Checked again: nothing else may have created an administrator while the hash was computed.
  if (!(await needsSetup())) throw new UserError(SETUP_DONE);
  const result = await store.transaction(async (tx) => {
    const created = await tx.operators.create({ code, name, useSoftphone: false, note2: '' });
    await tx.operators.setRole(created.id, 'admin');
    const admin = await tx.operators.setPassword(created.id, hash);
    const user = toUser(admin);
    for (const row of recordOperatorChanges(null, admin, user, { at: now(), passwordChanged: true })) await tx.audit.append(row);
    return { user, sampleData: request.loadSampleData ? await tx.loadSampleData() : null };
  });
  session.signIn(result.user);
  return result;
}
