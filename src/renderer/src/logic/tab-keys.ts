/**
 * The tab a key press moves to in a tablist (WAI-ARIA tabs pattern): arrows wrap around, Home and End
 * jump to the ends. Null when the key does not move.
 */
export function nextTab<K>(keys: readonly K[], current: K, key: string): K | null {
  const index = keys.indexOf(current);
  if (index === -1 || keys.length === 0) return null;
  const last = keys.length - 1;
  switch (key) {
    case 'ArrowRight':
      return keys[index === last ? 0 : index + 1] ?? null;
    case 'ArrowLeft':
      return keys[index === 0 ? last : index - 1] ?? null;
    case 'Home':
      return keys[0] ?? null;
    case 'End':
      return keys[last] ?? null;
    default:
      return null;
  }
}
