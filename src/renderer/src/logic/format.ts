const pad = (n: number): string => String(n).padStart(2, '0');

/** A log time as `2025-11-26 14:03:09` in local time; text that is not a date is shown as it came. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

export function countDebtors(total: number): string {
  return total === 1 ? '1 debtor' : `${total.toLocaleString('en-US')} debtors`;
}

export function operatorOptionText(operator: { readonly name: string; readonly code: string }): string {
  return `${operator.name} (${operator.code})`;
}

export function methodLabel(method: 'udp' | 'uri' | null): string {
  if (method === 'udp') return 'UDP';
  if (method === 'uri') return 'URI';
  return '—';
}
