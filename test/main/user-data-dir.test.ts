import { describe, expect, it } from 'vitest';
import { userDataOverride } from '../../src/main/user-data-dir.ts';

describe('SOFTPHONE_USER_DATA_DIR', () => {
  it('moves the data folder of an unpackaged app (development and the test suites)', () => {
    expect(userDataOverride(false, { SOFTPHONE_USER_DATA_DIR: '/tmp/softphone-e2e-1' })).toBe('/tmp/softphone-e2e-1');
  });

  it('is ignored by a packaged, installed app', () => {
    expect(userDataOverride(true, { SOFTPHONE_USER_DATA_DIR: '/tmp/attacker-db' })).toBeNull();
  });

  it('is ignored when unset, empty or relative', () => {
    expect(userDataOverride(false, {})).toBeNull();
    expect(userDataOverride(false, { SOFTPHONE_USER_DATA_DIR: '' })).toBeNull();
    expect(userDataOverride(false, { SOFTPHONE_USER_DATA_DIR: 'data' })).toBeNull();
  });
});
