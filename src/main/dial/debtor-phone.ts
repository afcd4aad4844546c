import { normalizeNumber } from '../../shared/phone-number.ts';
import type { DebtorRow } from '../../shared/ipc-contract.ts';
import type { Store } from '../store/contract.ts';

/** Debtor file `file` (of client `client`, when the caller knows it), or null. File numbers are unique in the store. */
export async function findDebtor(store: Store, file: string, client?: string): Promise<DebtorRow | null> {
  const { rows } = await store.debtors.search(file, 0, 50);
  return rows.find((row) => row.fileNumber === file && (client === undefined || row.clientNumber === client)) ?? null;
}

/** The phone of that debtor that `number` is (digits compared as dialed), or null when they hold no such number. */
export async function findDebtorPhone(store: Store, file: string, number: string, client?: string): Promise<number | null> {
  const digits = digitsOf(number);
  if (digits === null) return null;
  const debtor = await findDebtor(store, file, client);
  return debtor?.phones.find((phone) => digitsOf(phone.number) === digits)?.id ?? null;
}

function digitsOf(number: string): string | null {
  const normalized = normalizeNumber(number);
  return normalized.ok ? normalized.value.digits : null;
}
