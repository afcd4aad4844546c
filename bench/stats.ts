/** Nearest-rank percentile of `values` (p in 0..100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Rounded for the report: 3 decimals below 10, 1 above. */
export function round(value: number): number {
  const digits = Math.abs(value) < 10 ? 3 : 1;
  return Number(value.toFixed(digits));
}
