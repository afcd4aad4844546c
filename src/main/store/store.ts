import type { DatabaseSync } from 'node:sqlite';
import type {
  AuditEntry,
  DebtorPage,
  DialLogEntry,
  OperatorAccount,
  OperatorDetail,
  OperatorRole,
} from '../../shared/ipc-contract.ts';
import { createAuditLogRepo } from './audit-log-repo.ts';
import { createDebtorsRepo } from './debtors-repo.ts';
import { createDialLogRepo } from './dial-log-repo.ts';
import { createOperatorsRepo } from './operators-repo.ts';
import { loadSampleData, type SampleDataAdded } from './seed.ts';
import { createSettingsRepo } from './settings-repo.ts';
import { inTransaction } from './transaction.ts';

export { StoreError } from './store-error.ts';

export type OperatorInput = { code: string; name: string; useSoftphone: boolean; note2: string };

export type { AuditEntry, OperatorAccount, OperatorRole } from '../../shared/ipc-contract.ts';

/** What sign-in checks. Only the auth service should ask for it: it holds the password hash. */
export type OperatorCredentials = {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly hash: string | null;
  readonly active: boolean;
  readonly role: OperatorRole;
};

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

export type PhoneContext = {
  phoneId: number;
  label: string;
  number: string;
  debtorId: number;
  debtorName: string;
  fileNumber: string;
  clientNumber: string;
};

export type NewDialLogEntry = Omit<DialLogEntry, 'id'> & { operatorId: number | null };

export type OperatorsRepo = {
  /** Ordered by name. */
  list(): OperatorDetail[];
  get(id: number): OperatorDetail | null;
  /** Throws StoreError when the code is empty or already taken (codes compare case-insensitively). */
  create(input: OperatorInput): OperatorDetail;
  /** Throws StoreError when the operator does not exist or the code is taken by another one. */
  update(id: number, input: OperatorInput): OperatorDetail;
  account(id: number): OperatorAccount | null;
  /** Ordered by name, inactive ones included. */
  accounts(): OperatorAccount[];
  /** By operator code, ignoring case; null when no operator has that code. */
  credentials(code: string): OperatorCredentials | null;
  /** The setters throw StoreError when the operator does not exist, and return the operator as stored. */
  setPassword(id: number, hash: string | null): OperatorAccount;
  setRole(id: number, role: OperatorRole): OperatorAccount;
  setActive(id: number, active: boolean): OperatorAccount;
  /** Administrators who can sign in: active and with a password. */
  countActiveAdmins(): number;
};

export type AuditLogRepo = {
  append(entry: NewAuditEntry): AuditEntry;
  /** Newest first. */
  listForOperator(operatorId: number, limit: number): AuditEntry[];
  /** Every change, app-wide settings included; newest first. */
  list(limit: number): AuditEntry[];
};

export type DebtorsRepo = {
  search(query: string, offset: number, limit: number): DebtorPage;
  phoneContext(phoneId: number): PhoneContext | null;
};

export type DialLogRepo = {
  append(entry: NewDialLogEntry): DialLogEntry;
  /** Newest first. */
  list(limit: number): DialLogEntry[];
};

export type SettingsRepo = {
  /** DEFAULT_ALLOWED_SCHEMES until an administrator stores a list. */
  allowedSchemes(): string[];
  /** Throws StoreError naming the first scheme that can never be allowed. */
  setAllowedSchemes(schemes: readonly string[]): void;
};

export type Store = {
  readonly path: string;
  operators: OperatorsRepo;
  debtors: DebtorsRepo;
  dialLog: DialLogRepo;
  settings: SettingsRepo;
  audit: AuditLogRepo;
  /** Runs `work` in one transaction (nested calls join it): all of its writes are stored, or none. */
  transaction<T>(work: () => T): T;
  /**
   * Adds the sample operators, clients and debtors that are not there yet (a sample whose code, client
   * number or file number is already taken is left out, so real data is never touched), all or nothing.
   */
  loadSampleData(): SampleDataAdded;
  close(): void;
};

/** Composes the repositories over one open, migrated connection. */
export function createStore(db: DatabaseSync, path: string, now: () => Date): Store {
  return {
    path,
    operators: createOperatorsRepo(db, now),
    debtors: createDebtorsRepo(db),
    dialLog: createDialLogRepo(db),
    settings: createSettingsRepo(db),
    audit: createAuditLogRepo(db),
    transaction: (work) => inTransaction(db, work),
    loadSampleData: () => loadSampleData(db, now),
    close() {
      if (db.isOpen) db.close();
    },
  };
}
