import { checkSchemeForAllowList, DEFAULT_ALLOWED_SCHEMES } from '../../../shared/schemes.ts';
import type { SettingsRepo } from '../contract.ts';
import { UserError } from '../../errors.ts';
import { one, type Db } from './pg-db.ts';
import { CALL_POLICY, checkCallPolicy, checkNumberPlan, NUMBER_PLAN, operatorPlanKey, readCallPolicy, readNumberPlan, readOperatorPlan } from '../call-settings.ts';

async function write(db: Db, key: string, value: unknown): Promise<void> {
  await db.query('INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, JSON.stringify(value)]);
}

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
        if (!result.ok) throw new UserError(result.error);
        if (!checked.includes(result.value)) checked.push(result.value);
      }
      await db.query(
        'INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [ALLOWED_SCHEMES, JSON.stringify(checked)],
      );
    },
    async callPolicy() {
      return readCallPolicy((await one(db, 'SELECT value FROM settings WHERE key = $1', [CALL_POLICY]))?.value);
    },
    setCallPolicy: async (policy) => write(db, CALL_POLICY, checkCallPolicy(policy)),
    async numberPlan() {
      return readNumberPlan((await one(db, 'SELECT value FROM settings WHERE key = $1', [NUMBER_PLAN]))?.value);
    },
    setNumberPlan: async (plan) => write(db, NUMBER_PLAN, checkNumberPlan(plan)),
    async operatorNumberPlan(operatorId) {
      return readOperatorPlan((await one(db, 'SELECT value FROM settings WHERE key = $1', [operatorPlanKey(operatorId)]))?.value);
    },
    setOperatorNumberPlan: async (operatorId, plan) => write(db, operatorPlanKey(operatorId), plan === null ? null : checkNumberPlan(plan)),
  };
}
