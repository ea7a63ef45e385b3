/**
 * The restricted tier in the complaints counts, legend and card, from query results made by hand
 * in the builders' column contract (no DuckDB; the query itself is tested on DuckDB in
 * src/data/published/complaints-security.test.ts). Signed in (complaints_security loaded), a
 * category filter adds the security cases of those categories to the map's counts and the card
 * shows the province's security figure; refused, the legend says why those cases are left out
 * and the card's security row reads จำกัดสิทธิ์ · restricted.
 */
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { RestrictedFileError } from '../../data/refresh/restricted-file';
import { testDataset } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../../state/app/app-state';
import { provinceCard } from '../../state/card/province-card';
import type { DatasetHealth } from '../../state/freshness/freshness';
import { kpiTiles } from '../../state/kpis/kpi-models';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { SECURITY_ROW_LABEL } from './card';
import { COMPLAINTS_MODULE } from './module';
import { SECURITY_BY_PROVINCE_KEY } from './queries';
import { complaintsCounts, securityNotBrokenDownNote } from './security-counts';

const COMPLAINTS = testDataset('complaints');
const FILE = 'restricted/complaints_security.parquet';

const REFUSED: DatasetHealth = {
  lastGoodAt: null,
  failedAt: 1,
  message: new RestrictedFileError(FILE, 403).message,
};
const LOADED: DatasetHealth = { lastGoodAt: 1, failedAt: null, message: null };

/** Bangkok (10, 5,588,222 people) and Chiang Mai (50, 1,784,370); 96 has security cases only. */
function state(
  security: DatasetHealth | null,
  url: Partial<AppState['url']> = {},
  lang: AppState['lang'] = 'en',
): AppState {
  const base = initialAppState();
  return {
    ...base,
    lang,
    datasets: [COMPLAINTS],
    url: { ...base.url, layers: ['complaints'], province: 50, ...url },
    health: security ? { complaints_security: security } : {},
    anchors: new Map([
      [10, [100.5, 13.7]],
      [50, [98.9, 18.8]],
      [96, [101.8, 6.4]],
    ]),
    results: {
      [QUERY_KEYS.complaintsByProvince]: tableFromJSON([
        { province_code: 10, open: 100, overdue: 10 },
        { province_code: 50, open: 178, overdue: 20 },
      ]),
      [QUERY_KEYS.complaintsPreviousByProvince]: tableFromJSON([
        { province_code: 10, open: 90, overdue: 5 },
        { province_code: 50, open: 170, overdue: 5 },
      ]),
      ...(security === LOADED
        ? {
            [SECURITY_BY_PROVINCE_KEY]: tableFromJSON([
              { province_code: 10, open: 559, overdue: 50, open_week_before: 500 },
              { province_code: 50, open: 89, overdue: 9, open_week_before: 80 },
              { province_code: 96, open: 4, overdue: 0, open_week_before: 3 },
            ]),
          }
        : {}),
    },
  };
}

const entries = (map: ReadonlyMap<number, number> | null) => (map ? [...map] : null);

describe('security cases in the map counts', () => {
  it('without a category filter, counts the public tier alone (it has every case)', () => {
    const counts = complaintsCounts(state(LOADED));
    expect(entries(counts.open)).toEqual([
      [10, 100],
      [50, 178],
    ]);
    expect(entries(counts.openWeekBefore)).toEqual([
      [10, 90],
      [50, 170],
    ]);
  });

  it('signed in, a category filter adds the security cases of those categories', () => {
    const filtered = state(LOADED, { categories: ['land'] });
    const counts = complaintsCounts(filtered);
    expect(entries(counts.open)).toEqual([
      [10, 659],
      [50, 267],
      [96, 4],
    ]);
    expect(entries(counts.overdue)).toEqual([
      [10, 60],
      [50, 29],
      [96, 0],
    ]);
    expect(entries(counts.openWeekBefore)).toEqual([
      [10, 590],
      [50, 250],
      [96, 3],
    ]);
    const layer = COMPLAINTS_MODULE.layer(filtered, COMPLAINTS);
    if (layer.kind !== 'province-symbols') throw new Error('symbols expected');
    expect(layer.symbols.map((s) => [s.code, s.value])).toEqual([
      [10, 659],
      [50, 267],
      [96, 4],
    ]);
    expect(layer.legend?.qualityNote ?? null).toBeNull();
    // 930 open against 843 a week before: up 87 / 843 = 10.32 %.
    const tile = kpiTiles(filtered).find((k) => k.id === 'complaints');
    expect(tile?.value).toBe(930);
    expect(tile?.change).toBeCloseTo(10.3203, 4);
  });

  it('adds nothing when the withheld category is chosen too (the public tier has them all)', () => {
    const counts = complaintsCounts(state(LOADED, { categories: ['land', 'restricted'] }));
    expect(entries(counts.open)).toEqual([
      [10, 100],
      [50, 178],
    ]);
  });

  it('with a province threshold, adds only to the provinces the threshold kept', () => {
    const thresholds = [{ measure: 'open' as const, op: 'ge' as const, value: 50 }];
    const counts = complaintsCounts(state(LOADED, { categories: ['land'], thresholds }));
    expect(entries(counts.open)).toEqual([
      [10, 659],
      [50, 267],
    ]);
  });

  it('refused, the legend says the security cases are not broken down by category', () => {
    const refused = state(REFUSED, { categories: ['land'] });
    expect(entries(complaintsCounts(refused).open)).toEqual([
      [10, 100],
      [50, 178],
    ]);
    const note =
      'เรื่องด้านความมั่นคงไม่แยกตามหมวด (จำกัดสิทธิ์) จึงไม่นับรวมในหมวดที่เลือก · security cases are not broken down by category (restricted), so the chosen categories leave them out';
    expect(securityNotBrokenDownNote(refused)).toBe(note);
    const layer = COMPLAINTS_MODULE.layer(refused, COMPLAINTS);
    expect(layer.legend?.qualityNote).toBe(note);
    // No category filter, or signed in: nothing is left out, nothing to say.
    expect(securityNotBrokenDownNote(state(REFUSED))).toBeNull();
    expect(securityNotBrokenDownNote(state(LOADED, { categories: ['land'] }))).toBeNull();
  });
});

describe('the security complaints row of the province card', () => {
  const rowsOf = (s: AppState) =>
    provinceCard(s)?.rows.map((r) => [r.id, r.label, r.valueText, r.nationalText, r.rankText]);

  it('reads จำกัดสิทธิ์ · restricted under the complaints row when refused, in both languages', () => {
    for (const lang of ['th', 'en'] as const) {
      expect(rowsOf(state(REFUSED, {}, lang))?.[1]).toEqual([
        'complaints_security',
        SECURITY_ROW_LABEL,
        'จำกัดสิทธิ์ · restricted',
        '',
        '',
      ]);
    }
    expect(SECURITY_ROW_LABEL).toBe('เรื่องร้องเรียนด้านความมั่นคง · security complaints');
  });

  it("signed in, shows the province's open security cases per 100,000", () => {
    // Chiang Mai: 178 public and 89 security cases of 1,784,370 people (9.98 and 4.99). The
    // nation: 278 of 7,372,592 (3.77); 652 of 8,177,021 with Narathiwat (7.97). Security ranks:
    // Bangkok 10.00, Chiang Mai 4.99, Narathiwat 0.50.
    expect(rowsOf(state(LOADED))).toEqual([
      ['complaints', 'Open complaints per 100,000', '10', '3.8', 'Rank 1 of 2'],
      ['complaints_security', SECURITY_ROW_LABEL, '5', '8', 'Rank 2 of 3'],
    ]);
    // Under a category filter the complaints row counts the security cases too: 267.
    expect(rowsOf(state(LOADED, { categories: ['land'] }))?.[0]?.[2]).toBe('15');
  });

  it('has no security row while the restricted tier has not answered either way', () => {
    expect(rowsOf(state(null))?.map((r) => r[0])).toEqual(['complaints']);
  });
});
