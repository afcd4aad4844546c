import { checkSchemeForAllowList, DEFAULT_ALLOWED_SCHEMES } from '../../../shared/schemes.ts';
import type { SettingsRepo } from '../contract.ts';
import { StoreError } from '../store-error.ts';
import { one, type Db } from './pg-db.ts';

const ALLOWED_SCHEMES = 'allowedSchemes';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function createPgSettingsRepo(db: Db): SettingsRepo {
  return {
    async allowedSchemes() {
      const row = await one(db, 'SELECT value FROM settings WHERE key = $1', [ALLOWED_SCHEMES]);
      // A value this version cannot read falls back to the safe defaults rather than allowing anything.
      return isStringList(row?.value) ? row.value : [...DEFAULT_ALLOWED_SCHEMES];
    },
    async setAllowedSchemes(schemes) {
      const checked: string[] = [];
      for (const raw of schemes) {
        const result = checkSchemeForAllowList(raw);
        if (!result.ok) throw new StoreError(result.error);
        if (!checked.includes(result.value)) checked.push(result.value);
      }
      await db.query(
        'INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [ALLOWED_SCHEMES, JSON.stringify(checked)],
      );
    },
  };
}
