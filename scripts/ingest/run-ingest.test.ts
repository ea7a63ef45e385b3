import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/data/manifest/registry';
import { REPO_ROOT } from '../demo-data/options';
import type { IngestCliOptions } from './ingest-options';
import { runIngest } from './run-ingest';

const NOW = new Date('2026-12-07T10:00:00Z');
let dir: string;
let out: string;

// MOPH's provincial snapshot in its republished shape: Thai names, an unnamed index column.
const MOPH = [
  ',province,over_60_1st_dose,total_1st_dose,total_2nd_dose,total_3rd_dose,date',
  '0,กระบี่,41000,350000,310000,20000,2021-11-28T23:27',
  '1,กรุงเทพมหานคร,1100000,8900000,7900000,960000,2021-11-28T23:27',
  '2,บึงกาฬ,30000,250000,200000,5000,2021-11-28T23:27',
].join('\n');

function options(files: string[], extra: Partial<IngestCliOptions> = {}): IngestCliOptions {
  return { datasetId: 'vaccination', files, outDir: out, dryRun: false, extra: {}, ...extra };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  out = join(dir, 'data');
  cpSync(join(REPO_ROOT, 'public/data'), out, { recursive: true });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it('writes the dataset, its preview and report, and merges its entry keeping the others', async () => {
    const before = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      datasets: { id: string }[];
    };
    const lines: string[] = [];
    const run = await runIngest(options([file('moph.csv', MOPH)]), NOW, (l) => lines.push(l));
    expect(run).toEqual({
      ok: true,
      written: [
        'vaccination.report.json',
        'vaccination.parquet',
        'vaccination-latest.json',
        'manifest.json',
      ],
    });
    expect(lines[0]).toBe('vaccination: นำเข้าสำเร็จ · ingested (moph-vaccination)');
    const text = readFileSync(join(out, 'manifest.json'), 'utf8');
    const manifest = parseManifest(JSON.parse(text), 'manifest.json');
    expect(manifest.leftOut).toBeUndefined();
    expect(manifest.datasets.map((d) => d.id)).toEqual(before.datasets.map((d) => d.id));
    const entry = manifest.datasets.find((d) => d.id === 'vaccination');
    expect(manifest.generatedAt).toBe('2026-12-07T10:00:00.000Z');
    expect(entry).toMatchObject({ demo: false, asOf: '2021-11-28' });
    expect(entry?.provenance?.files[0]?.name).toBe('moph.csv');
    const caveats = entry?.caveats?.map((c) => c.en) ?? [];
    expect(caveats).toHaveLength(3);
    expect(caveats[0]).toMatch(/^กรุงเทพมหานคร: coverage over 100 % — MOPH counts doses where/);
    expect(caveats[1]).toBe('one snapshot only (2021-11-28) — no weekly trend');
    expect(caveats[2]).toMatch(/^no data for 74 province\(s\): สมุทรปราการ, /);
    expect(manifest.datasets.find((d) => d.id === 'poverty')?.demo).toBe(true);
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const reader = await connection.runAndReadAll(
      `SELECT province_code, CAST(week_end AS VARCHAR) AS week, population, dose2 FROM '${join(out, 'vaccination.parquet')}' ORDER BY 1`,
    );
    expect(reader.getRowObjectsJson()).toEqual([
      { province_code: 10, week: '2021-11-28', population: 5588222, dose2: 7900000 },
      { province_code: 38, week: '2021-11-28', population: 422042, dose2: 200000 },
      { province_code: 81, week: '2021-11-28', population: 477770, dose2: 310000 },
    ]);
    connection.closeSync();
    const preview = JSON.parse(readFileSync(join(out, 'vaccination-latest.json'), 'utf8')) as {
      asOf: string;
      rows: unknown[];
    };
    expect(preview.asOf).toBe('2021-11-28');
    expect(preview.rows).toHaveLength(3);
    const report = JSON.parse(readFileSync(join(out, 'vaccination.report.json'), 'utf8')) as {
      provincesMatched: number;
    };
    expect(report.provincesMatched).toBe(3);
  });

  it('a file of another shape changes nothing published and says what it needs', async () => {
    const manifestBefore = readFileSync(join(out, 'manifest.json'));
    const parquetBefore = readFileSync(join(out, 'vaccination.parquet'));
    const lines: string[] = [];
    const run = await runIngest(
      options([file('cases.csv', 'province,cases\nกระบี่,3\n')]),
      NOW,
      (l) => lines.push(l),
    );
    expect(run).toEqual({ ok: false, written: ['vaccination.report.json'] });
    expect(lines[0]).toBe(
      'vaccination: ไม่ได้นำเข้า — ข้อมูลเดิมยังอยู่ครบ · NOT ingested — the published data is unchanged',
    );
    expect(lines.join('\n')).toContain('columns found: cases.csv [province, cases]');
    expect(readFileSync(join(out, 'manifest.json'))).toEqual(manifestBefore);
    expect(readFileSync(join(out, 'vaccination.parquet'))).toEqual(parquetBefore);
  });

  it('an indicator described by flags becomes a CSV dataset of its own', async () => {
    const csv = file('flood.csv', 'จังหวัด,หมู่บ้าน\nเชียงใหม่,12\nน่าน,7\n');
    const extra = {
      province: 'จังหวัด',
      measure: 'หมู่บ้าน:sum',
      'as-of': '2026-11-30',
      'title-th': 'หมู่บ้านน้ำท่วม',
      'title-en': 'Flooded villages',
      'unit-th': 'หมู่บ้าน',
      'unit-en': 'villages',
    };
    const run = await runIngest(
      options([csv], {
        datasetId: 'flood_villages',
        extra,
        sourceTh: 'ปภ.',
        sourceEn: 'DDPM',
        licence: 'CC-BY-4.0',
      }),
      NOW,
      () => undefined,
    );
    expect(run).toEqual({
      ok: true,
      written: ['flood_villages.report.json', 'flood_villages.csv', 'manifest.json'],
    });
    const manifest = parseManifest(
      JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')),
      'manifest.json',
    );
    const entry = manifest.datasets.find((d) => d.id === 'flood_villages');
    expect(entry).toMatchObject({ format: 'csv', asOf: '2026-11-30', demo: false });
    // The province column keeps its name and holds the TIS codes the names matched.
    expect(entry?.indicator?.keys).toEqual({ province: 'จังหวัด', date: null });
    expect(readFileSync(join(out, 'flood_villages.csv'), 'utf8')).toBe(
      'จังหวัด,หมู่บ้าน\n50,12\n55,7\n',
    );
  });

  it('a 7 dangerous days report is published as the aggregates it already is', async () => {
    const report = file(
      '7days.csv',
      'province,date,festival,festival_day,crashes,deaths,injuries\nเชียงใหม่,2025-04-11,songkran,1,12,2,10\nกรุงเทพมหานคร,2025-04-11,songkran,1,30,4,28\n',
    );
    const run = await runIngest(options([report], { datasetId: 'road_safety' }), NOW, () => {});
    expect(run.written).toEqual([
      'road_safety.report.json',
      'road_safety.csv',
      'road_safety_daily.parquet',
      'road_safety_causes.parquet',
      'road_safety_vehicles.parquet',
      'manifest.json',
    ]);
    const manifest = parseManifest(
      JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')),
      'manifest.json',
    );
    // No incident points: the demo's hexagon cells go with the rest of the old road safety.
    expect(
      manifest.datasets.filter((d) => d.id.startsWith('road_safety')).map((d) => d.id),
    ).toEqual(['road_safety', 'road_safety_daily', 'road_safety_causes', 'road_safety_vehicles']);
    expect(manifest.leftOut).toBeUndefined();
  });

  it('--dry-run reports and writes nothing', async () => {
    const run = await runIngest(options([file('moph.csv', MOPH)], { dryRun: true }), NOW, () => {});
    expect(run).toEqual({ ok: true, written: [] });
  });
});
