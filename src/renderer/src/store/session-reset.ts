/**
 * What each store forgets when the signed-in user changes. A store registers its own reset beside its
 * definition, so a new store cannot be forgotten in a hand-kept list.
 */
const resets = new Set<() => void>();

export function resetOnSessionChange(reset: () => void): void {
  resets.add(reset);
}

/** Forgets everything the last signed-in user saw or typed, so the next one starts clean. */
export function resetSessionStores(): void {
  for (const reset of resets) reset();
}
