import { normalizeNumber } from '../../shared/phone-number.ts';
import type { Store } from '../store/contract.ts';

/**
 * The phone of debtor file `file` (of client `client`, when the caller knows it) that `number` is, or null
 * when no such debtor holds that number. File numbers are unique in the store; digits are compared as dialed.
 */
export async function findDebtorPhone(store: Store, file: string, number: string, client?: string): Promise<number | null> {
  const digits = digitsOf(number);
  if (digits === null) return null;
  const { rows } = await store.debtors.search(file, 0, 50);
  const debtor = rows.find((row) => row.fileNumber === file && (client === undefined || row.clientNumber === client));
  return debtor?.phones.find((phone) => digitsOf(phone.number) === digits)?.id ?? null;
}

function digitsOf(number: string): string | null {
  const normalized = normalizeNumber(number);
  return normalized.ok ? normalized.value.digits : null;
}
