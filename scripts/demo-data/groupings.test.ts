import { describe, expect, it } from 'vitest';
import { BUNDLED_GROUPINGS } from '../../src/data/places/groupings-load';
import { demoZones } from './inspection';
import { DEFAULT_OPTIONS } from './options';
import { readProvinces } from './reference-data';
import { join } from 'node:path';

describe('inspection grouping', () => {
  it('assigns every province the zone the demo inspection dataset gives it', () => {
    const provinces = readProvinces(
      join(DEFAULT_OPTIONS.dataDir, 'provinces.csv'),
      join(DEFAULT_OPTIONS.dataDir, 'population-2020.csv'),
    );
    const zones = demoZones(provinces);
    const inspection = BUNDLED_GROUPINGS.find((g) => g.id === 'inspection');
    const fromGrouping = new Map(
      inspection?.groups.flatMap((group) => group.codes.map((code) => [code, Number(group.id)])),
    );
    expect(fromGrouping).toEqual(new Map(zones));
    expect(fromGrouping.size).toBe(77);
  });
});
