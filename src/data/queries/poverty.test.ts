import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { testRegistry } from '../testing/fixtures';
import { POVERTY_CSV } from '../testing/query-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import {
  KNOWN_PROVINCE_CODES,
  NO_FILTERS,
  povertyByDimension,
  povertyByProvince,
  type PovertyDimension,
} from './index';

const registry = testRegistry();

describe('poverty builders check the dimension', () => {
  it('reject a dimension outside the six, injection payloads included', () => {
    for (const dimension of ["any' OR '1'='1", 'ANY', 'disability', '']) {
      expect(() =>
        povertyByProvince(registry, {
          dimension: dimension as PovertyDimension,
          provinceCodes: null,
        }),
      ).toThrow(`dimension ${JSON.stringify(dimension)} is not a poverty dimension`);
    }
  });

  it('send the dimension as a parameter', () => {
    const q = povertyByProvince(registry, { dimension: 'education', provinceCodes: null });
    expect(q.params).toEqual(['education', ...KNOWN_PROVINCE_CODES]);
    expect(q.sql).not.toContain('education');
  });
});

describe.each(TEST_ENGINES)('poverty builders on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { poverty: POVERTY_CSV });

  it('povertyByProvince: one row per province for the dimension, newest year only', async () => {
    expect(
      await db.rows(povertyByProvince(registry, { dimension: 'any', provinceCodes: null })),
    ).toEqual([
      { province_code: 10, target_people: 100, target_households: 40 },
      { province_code: 50, target_people: 200, target_households: 80 },
      { province_code: 90, target_people: 300, target_households: 120 },
    ]);
  });

  it('povertyByProvince: province lists, including provinces without that dimension', async () => {
    const health = await db.rows(
      povertyByProvince(registry, { dimension: 'health', provinceCodes: [10, 90] }),
    );
    expect(health).toEqual([{ province_code: 10, target_people: 30, target_households: 12 }]);
    const none = povertyByProvince(registry, { dimension: 'any', provinceCodes: [] });
    expect(await db.rows(none)).toEqual([]);
    const access = povertyByProvince(registry, { dimension: 'access', provinceCodes: null });
    expect(await db.rows(access)).toEqual([]);
  });

  it('povertyByProvince: result columns are INTEGER and DOUBLE', async () => {
    const table = await db.table(
      povertyByProvince(registry, { dimension: 'any', provinceCodes: null }),
    );
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'province_code:Int32',
      'target_people:Float64',
      'target_households:Float64',
    ]);
  });

  it('povertyByDimension: sums over all provinces, in the dimensions order, unknown last', async () => {
    expect(await db.rows(povertyByDimension(registry, NO_FILTERS))).toEqual([
      { dimension: 'any', target_people: 600, target_households: 240 },
      { dimension: 'health', target_people: 90, target_households: 37 },
      { dimension: 'education', target_people: 70, target_households: 30 },
      { dimension: 'income', target_people: 140, target_households: 55 },
      { dimension: 'disability', target_people: 5, target_households: 2 },
    ]);
  });

  it('povertyByDimension: province lists; from and to are ignored', async () => {
    const region = { provinceCodes: [10, 50], from: '2030-01-01', to: '2030-12-31' };
    expect(await db.rows(povertyByDimension(registry, region))).toEqual([
      { dimension: 'any', target_people: 300, target_households: 120 },
      { dimension: 'health', target_people: 90, target_households: 37 },
      { dimension: 'income', target_people: 140, target_households: 55 },
    ]);
    const none = { provinceCodes: [], from: null, to: null };
    expect(await db.rows(povertyByDimension(registry, none))).toEqual([]);
  });
});
