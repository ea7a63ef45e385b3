import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PROVINCES, normaliseProvince } from '../../src/data/places/provinces';
import { parseManifest } from '../../src/data/manifest/registry';
import type { GeneratorContext } from './context';
import { csvBytes } from './csv-writer';
import { DROUGHT_MONTHS, generateDrought } from './drought';
import type { GeneratedIndicator } from './indicator-entry';
import { manifestWithIndicators } from './indicator-manifest';
import { INSPECTION_AS_OF, INSPECTION_ROUNDS, generateInspection } from './inspection';
import { DEFAULT_OPTIONS } from './options';
import { readProvinces } from './reference-data';

// The indicator generators use the province list and the seed only: no geography needed.
const provinces = readProvinces(
  join(DEFAULT_OPTIONS.dataDir, 'provinces.csv'),
  join(DEFAULT_OPTIONS.dataDir, 'population-2020.csv'),
);
const context = (seed = DEFAULT_OPTIONS.seed): GeneratorContext => ({
  seed,
  provinces,
  samplers: new Map(),
});

type Row = Record<string, string>;

function rowsOf(indicator: GeneratedIndicator): { header: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(new TextDecoder().decode(indicator.bytes), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item) ?? '';
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return groups;
}

const regionOf = new Map(PROVINCES.map((p) => [p.code, p.region]));

describe('csvBytes', () => {
  it('quotes only cells that need it and writes null as an empty cell', () => {
    const bytes = csvBytes(
      ['a', 'b', 'c'],
      [
        ['x,y', null, 3],
        ['say "hi"', 'ไทย', 0.5],
      ],
    );
    expect(new TextDecoder().decode(bytes)).toBe('a,b,c\n"x,y",,3\n"say ""hi""",ไทย,0.5\n');
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => csvBytes(['a', 'b'], [['only one']])).toThrow(
      'CSV row 1 has 1 cells; the header has 2',
    );
  });
});

describe('drought', () => {
  const drought = generateDrought(context());
  const { header, rows } = rowsOf(drought);

  it('has the entry columns and one row per province and month, keyed by Thai name', () => {
    expect(header).toEqual(drought.entry.columns.map((c) => c.name));
    expect(rows).toHaveLength(77 * 6);
    expect(drought.rowCount).toBe(77 * 6);
    const codes = new Set(rows.map((row) => normaliseProvince(row.province)));
    expect(codes.has(null)).toBe(false);
    expect(codes.size).toBe(77);
    expect(rows.every((row) => /^[\u0E00-\u0E7F ]+$/.test(row.province ?? ''))).toBe(true);
    expect([...new Set(rows.map((row) => row.month))]).toEqual([...DROUGHT_MONTHS]);
    expect(drought.entry.asOf).toBe('2026-03-31');
    expect(drought.entry.period).toEqual({ from: '2025-10-01', to: '2026-03-31' });
    expect(drought.entry.keys).toEqual({ province: 'province', date: 'month' });
  });

  it('never lowers a province within the season nor exceeds its villages; Bangkok has none', () => {
    const byProvince = groupBy(rows, (row) => row.province);
    for (const [name, series] of byProvince) {
      const villages = series.map((row) => Number(row.villages));
      expect(villages, name).toEqual([...villages].sort((a, b) => a - b));
      expect(Math.max(...villages), name).toBeLessThanOrEqual(Number(series[0]?.villages_total));
    }
    const bangkok = byProvince.get('กรุงเทพมหานคร') ?? [];
    expect(bangkok.map((row) => [row.villages, row.villages_total])).toEqual(
      Array.from({ length: 6 }, () => ['0', '0']),
    );
  });

  it('has about 75,000 villages and hits the north-east hardest, then the north, the south least', () => {
    const march = rows.filter((row) => row.month === '2026-03-31');
    const total = march.reduce((sum, row) => sum + Number(row.villages_total), 0);
    expect(total).toBeGreaterThan(72_000);
    expect(total).toBeLessThan(78_000);
    const share = (region: string) => {
      const inRegion = march.filter(
        (row) => regionOf.get(normaliseProvince(row.province) ?? 0) === region,
      );
      const sum = (key: string) => inRegion.reduce((acc, row) => acc + Number(row[key]), 0);
      return sum('villages') / sum('villages_total');
    };
    expect(share('northeast')).toBeGreaterThan(share('north'));
    expect(share('north')).toBeGreaterThan(share('central'));
    expect(share('central')).toBeGreaterThan(share('south'));
    const october = rows.filter((row) => row.month === '2025-10-31');
    const sumOf = (list: Row[]) => list.reduce((acc, row) => acc + Number(row.villages), 0);
    expect(sumOf(march)).toBeGreaterThan(10 * sumOf(october));
  });
});

describe('inspection', () => {
  const inspection = generateInspection(context());
  const { header, rows } = rowsOf(inspection);
  const openRound = rows.filter((row) => row.fiscal_year === '2569');

  it('has the entry columns and one row per province and round, keyed by code', () => {
    expect(header).toEqual(inspection.entry.columns.map((c) => c.name));
    expect(rows).toHaveLength(77 * INSPECTION_ROUNDS.length);
    expect(new Set(rows.map((row) => Number(row.province_code)))).toEqual(
      new Set(PROVINCES.map((p) => p.code)),
    );
    expect(inspection.entry.keys).toEqual({ province: 'province_code', date: 'round_opens' });
    expect([...new Set(rows.map((row) => row.round_opens))]).toEqual(
      INSPECTION_ROUNDS.map((round) => round.opens),
    );
  });

  it('keeps status, dates and counts consistent on the as-of date', () => {
    for (const row of rows) {
      const where = `${row.province_code} ${row.fiscal_year}/${row.round}`;
      const planned = row.planned_date ?? '';
      expect(planned >= (row.round_opens ?? ''), where).toBe(true);
      if (row.status === 'done') {
        const held = row.actual_date ?? '';
        expect([row.done, row.overdue, held !== ''], where).toEqual(['1', '0', true]);
        expect(held <= INSPECTION_AS_OF && held >= planned, where).toBe(true);
        expect(Number(row.days_late), where).toBe((Date.parse(held) - Date.parse(planned)) / 864e5);
      } else if (row.status === 'overdue') {
        expect([row.done, row.overdue, row.actual_date], where).toEqual(['0', '1', '']);
        expect(planned <= INSPECTION_AS_OF, where).toBe(true);
      } else {
        expect([row.status, row.done, row.overdue, row.days_late], where).toEqual([
          'planned',
          '0',
          '0',
          '',
        ]);
        expect(planned > INSPECTION_AS_OF, where).toBe(true);
      }
    }
    expect(rows.filter((row) => row.fiscal_year === '2568').every((r) => r.status === 'done')).toBe(
      true,
    );
    expect(new Set(openRound.map((row) => row.status))).toEqual(
      new Set(['done', 'overdue', 'planned']),
    );
  });

  it('gives every province one demo zone of 3 to 5 provinces, 18 zones in all', () => {
    const zoneOf = new Map<string, string>();
    for (const row of rows) {
      const zone = zoneOf.get(row.province_code ?? '');
      if (zone !== undefined) expect(row.zone).toBe(zone);
      zoneOf.set(row.province_code ?? '', row.zone ?? '');
    }
    const sizes = [...groupBy(zoneOf.values(), (zone) => zone).values()].map((z) => z.length);
    expect(sizes).toHaveLength(18);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5);
    expect(inspection.entry.source.en).toContain("Prime Minister's Office order");
    expect(inspection.entry.source.th).toContain('คำสั่งสำนักนายกรัฐมนตรี');
  });
});

describe('seeding', () => {
  it('gives the same bytes for the same seed and other bytes for another seed', () => {
    for (const generate of [generateDrought, generateInspection]) {
      const first = Buffer.from(generate(context()).bytes);
      expect(first.equals(Buffer.from(generate(context()).bytes))).toBe(true);
      expect(first.equals(Buffer.from(generate(context(78)).bytes))).toBe(false);
    }
  });
});

describe('manifestWithIndicators', () => {
  const committed = parseManifest(
    JSON.parse(readFileSync(join(DEFAULT_OPTIONS.outDir, 'manifest.json'), 'utf8')),
    'manifest.json',
  );
  const published = {
    ...committed,
    generatedAt: '2026-01-05T00:00:00.000Z',
    datasets: committed.datasets.filter((def) => def.indicator === undefined),
  };
  const drought = generateDrought(context());

  it('adds the entries as written, dated by the newest asOf of all', () => {
    const json = manifestWithIndicators(published, [drought]) as {
      generatedAt: string;
      datasets: unknown[];
    };
    expect(json.generatedAt).toBe('2026-03-31T00:00:00.000Z');
    expect(json.datasets.at(-1)).toBe(drought.entry);
    expect(json.datasets).toHaveLength(published.datasets.length + 1);
  });

  it('fails the run on an entry the app would leave out, naming the entry and the field', () => {
    const [first, ...others] = drought.entry.measures;
    if (first === undefined) throw new Error('drought has no measure');
    const median = { ...first, aggregate: 'median' as 'sum' };
    const bad = { ...drought, entry: { ...drought.entry, measures: [median, ...others] } };
    expect(() => manifestWithIndicators(published, [bad])).toThrow(
      "(drought): measures[0]: aggregate 'median' is not one of sum, mean, weighted, ratio",
    );
  });
});
