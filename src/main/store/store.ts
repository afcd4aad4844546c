import type { DatabaseSync } from 'node:sqlite';
import type { DebtorPage, DialLogEntry, OperatorDetail } from '../../shared/ipc-contract.ts';
import { createDebtorsRepo } from './debtors-repo.ts';
import { createDialLogRepo } from './dial-log-repo.ts';
import { createOperatorsRepo } from './operators-repo.ts';
import { createSettingsRepo } from './settings-repo.ts';

export { StoreError } from './store-error.ts';

export type OperatorInput = { code: string; name: string; useSoftphone: boolean; note2: string };

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
    close() {
      if (db.isOpen) db.close();
    },
  };
}
