import { err, ok, type Result } from '../../../shared/result.ts';
import { checkSchemeForAllowList } from '../../../shared/schemes.ts';

/**
 * The allow-list with one more scheme, checked by the same rule main applies when saving
 * (checkSchemeForAllowList): a forbidden or malformed scheme is refused with its reason.
 */
export function addScheme(schemes: readonly string[], raw: string): Result<readonly string[], string> {
  const checked = checkSchemeForAllowList(raw);
  if (!checked.ok) return checked;
  if (schemes.includes(checked.value)) return err(`${checked.value}: is already on the list.`);
  return ok([...schemes, checked.value]);
}

export function removeScheme(schemes: readonly string[], scheme: string): readonly string[] {
  return schemes.filter((s) => s !== scheme);
}

/** Same schemes in the same order: nothing to save. */
export function sameSchemes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((scheme, index) => scheme === b[index]);
}
