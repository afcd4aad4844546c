import type { DatabaseSync } from 'node:sqlite';
import { checkSchemeForAllowList, DEFAULT_ALLOWED_SCHEMES } from '../../shared/schemes.ts';
import type { SyncSettingsRepo } from './sync-repos.ts';
import { createStatementCache } from './statement-cache.ts';
import { UserError } from '../errors.ts';
import { CALL_POLICY, checkCallPolicy, checkNumberPlan, NUMBER_PLAN, operatorPlanKey, readCallPolicy, readNumberPlan, readOperatorPlan } from './call-settings.ts';

const ALLOWED_SCHEMES = 'allowedSchemes';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function createSettingsRepo(db: DatabaseSync): SyncSettingsRepo {
  const prepared = createStatementCache(db);
  const read = (key: string): unknown => {
    const row = prepared('SELECT value FROM settings WHERE key = ?').get(key);
    return typeof row?.value === 'string' ? JSON.parse(row.value) : undefined;
  };
  const write = (key: string, value: unknown): void => {
    db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, JSON.stringify(value));
  };

  return {
    allowedSchemes() {
      const stored = read(ALLOWED_SCHEMES);
      // A value this version cannot read falls back to the safe defaults rather than allowing anything.
      return isStringList(stored) ? stored : [...DEFAULT_ALLOWED_SCHEMES];
    },
    setAllowedSchemes(schemes) {
      const checked: string[] = [];
      for (const raw of schemes) {
        const result = checkSchemeForAllowList(raw);
        if (!result.ok) throw new UserError(result.error);
        if (!checked.includes(result.value)) checked.push(result.value);
      }
      write(ALLOWED_SCHEMES, checked);
    },
    callPolicy() {
      return readCallPolicy(read(CALL_POLICY));
    },
    setCallPolicy(policy) {
      write(CALL_POLICY, checkCallPolicy(policy));
    },
    numberPlan() {
      return readNumberPlan(read(NUMBER_PLAN));
    },
    setNumberPlan(plan) {
      write(NUMBER_PLAN, checkNumberPlan(plan));
    },
    operatorNumberPlan(operatorId) {
      return readOperatorPlan(read(operatorPlanKey(operatorId)));
    },
    setOperatorNumberPlan(operatorId, plan) {
      write(operatorPlanKey(operatorId), plan === null ? null : checkNumberPlan(plan));
    },
  };
}
