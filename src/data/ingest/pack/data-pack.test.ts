import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DatasetDef } from '../../manifest/manifest-types';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';
import {
  buildDataPack,
  packFileName,
  publishStepReason,
  zipDataPack,
  type PackInput,
} from './data-pack';
import { mergeDatasetEntries, mergeManifest } from './merge-manifest';

const NOW = '2026-12-07T10:00:00Z';

// The deployment's manifest as shipped: the order and the fields the merge must keep.
const SHIPPED = JSON.parse(
  readFileSync(new URL('../../../../public/data/manifest.json', import.meta.url), 'utf8'),
) as { datasets: Record<string, unknown>[] };
const SHIPPED_IDS = SHIPPED.datasets.map((entry) => entry.id);

// A MOPH snapshot in its published shape (BOM, unnamed index column, Thai names, timestamp).
const MOPH = [
  ',province,over_60_1st_dose,total_1st_dose,total_2nd_dose,total_3rd_dose,date',
  '0,กระบี่,41000,350000,310000,20000,2021-11-28T23:27',
  '1,Bangkok,1100000,8900000,7900000,960000,2021-11-28T23:27',
].join('\n');

async function vaccinationInput(): Promise<PackInput> {
  const result = await ingestFiles(
    'vaccination',
    [textFile('vaccination_by_dose.csv', MOPH, true)],
    testContext(),
    {},
    NOW,
  );
  if (!result.ok) throw new Error(result.report.errors.map((e) => e.en).join('; '));
  return {
    datasetId: 'vaccination',
    tables: result.tables,
    report: result.report,
    manifestJson: SHIPPED,
    manifestName: 'data/manifest.json',
    generatedAt: NOW,
  };
}

const entry = (id: string, extra: Record<string, unknown> = {}) => ({ id, ...extra });

describe('mergeDatasetEntries', () => {
  const existing = [
    entry('vaccination'),
    entry('road_safety'),
    entry('poverty', { futureField: 1 }),
    entry('road_safety_daily', { aggregateOf: 'road_safety' }),
    entry('drought'),
  ];
  const def = (id: string) => ({ id, title: { th: id, en: id } }) as unknown as DatasetDef;

  it('replaces the dataset and its aggregates where the first stood, keeping the rest in order', () => {
    const merged = mergeDatasetEntries(existing, 'road_safety', [
      def('road_safety'),
      def('road_safety_cells'),
    ]);
    expect(merged.map((e) => (e as { id: string }).id)).toEqual([
      'vaccination',
      'road_safety',
      'road_safety_cells',
      'poverty',
      'drought',
    ]);
    // Fields this app does not read stay as they were written.
    expect(merged[3]).toEqual({ id: 'poverty', futureField: 1 });
  });

  it('appends a dataset the manifest did not have', () => {
    const merged = mergeDatasetEntries(existing, 'rice_yield', [def('rice_yield')]);
    expect(merged.map((e) => (e as { id: string }).id)).toEqual([
      'vaccination',
      'road_safety',
      'poverty',
      'road_safety_daily',
      'drought',
      'rice_yield',
    ]);
  });
});

describe('mergeManifest', () => {
  it('refuses a file that is not a manifest, naming it', () => {
    const merged = mergeManifest({ version: 1 }, 'data/manifest.json', 'vaccination', [], NOW);
    expect(merged.ok).toBe(false);
    expect(!merged.ok && merged.error.en).toBe(
      'data/manifest.json: not a War Room manifest (no "datasets" list) — use the manifest.json of the deployment\'s data folder',
    );
  });

  it("refuses an entry the app would leave out, with the parser's reason", async () => {
    const input = await vaccinationInput();
    const broken = { ...input.tables[0]?.def, asOf: '28/11/2021' } as DatasetDef;
    const merged = mergeManifest(SHIPPED, 'data/manifest.json', 'vaccination', [broken], NOW);
    expect(merged.ok).toBe(false);
    expect(!merged.ok && merged.error.en).toMatch(
      /^the app would leave the new entry out of the manifest: .*asOf/,
    );
  });
});

describe('buildDataPack', () => {
  it('packs the merged manifest, the CSV, the preview and the report', async () => {
    const pack = buildDataPack(await vaccinationInput());
    expect(pack.ok).toBe(true);
    if (!pack.ok) return;
    expect(pack.files.map((f) => f.name)).toEqual([
      'manifest.json',
      'vaccination.csv',
      'vaccination-latest.json',
      'vaccination.report.json',
    ]);
    const text = (name: string) =>
      strFromU8(pack.files.find((f) => f.name === name)?.bytes ?? new Uint8Array());
    const manifest = JSON.parse(text('manifest.json')) as {
      generatedAt: string;
      datasets: Record<string, unknown>[];
    };
    expect(manifest.generatedAt).toBe(NOW);
    expect(manifest.datasets.map((e) => e.id)).toEqual(SHIPPED_IDS);
    expect(manifest.datasets.slice(1)).toEqual(SHIPPED.datasets.slice(1));
    expect(manifest.datasets[0]).toMatchObject({
      id: 'vaccination',
      demo: false,
      format: 'csv',
      file: 'vaccination.csv',
      rows: 2,
      asOf: '2021-11-28',
      provenance: { adapter: 'moph-vaccination', ingestedAt: NOW },
    });
    expect(text('vaccination.csv')).toBe(
      [
        'province_code,week_end,population,dose1,dose2,dose3',
        '10,2021-11-28,5588222,8900000,7900000,960000',
        '81,2021-11-28,477770,350000,310000,20000',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(text('vaccination-latest.json'))).toEqual({
      dataset: 'vaccination',
      asOf: '2021-11-28',
      rows: [
        { province_code: 10, population: 5588222, dose1: 8900000, dose2: 7900000, dose3: 960000 },
        { province_code: 81, population: 477770, dose1: 350000, dose2: 310000, dose3: 20000 },
      ],
    });
    const report = JSON.parse(text('vaccination.report.json')) as { rowsWritten: number };
    expect(report.rowsWritten).toBe(2);
  });

  it('zips the files at the top level, byte for byte', async () => {
    const pack = buildDataPack(await vaccinationInput());
    if (!pack.ok) throw new Error('no pack');
    const unzipped = unzipSync(zipDataPack(pack.files, new Date(NOW)));
    expect(Object.keys(unzipped)).toEqual(pack.files.map((f) => f.name));
    for (const file of pack.files) expect(unzipped[file.name]).toEqual(file.bytes);
    expect(packFileName('vaccination', NOW)).toBe('war-room-data-vaccination-2026-12-07.zip');
  });

  it('packs nothing for a failed ingest', async () => {
    const input = await vaccinationInput();
    const pack = buildDataPack({ ...input, report: { ...input.report, ok: false } });
    expect(pack.ok).toBe(false);
    expect(!pack.ok && pack.error.en).toBe(
      'nothing to pack: the vaccination ingest failed — fix what the report says and try again',
    );
  });

  it('sends personal data, and raw records without their aggregates, to npm run ingest', async () => {
    expect(publishStepReason('vaccination', null)).toBeNull();
    expect(publishStepReason('rice_yield', null)).toBeNull();
    // Before a check road safety may be either shape; households are records whatever the file.
    expect(publishStepReason('road_safety', null)).toBeNull();
    expect(publishStepReason('households', null)?.en).toMatch(
      /households_cells\) that the publish step computes with DuckDB and it is personal data: only totals of at least 10 records per group/,
    );
    const input = await vaccinationInput();
    const raw = { def: { ...input.tables[0]?.def, id: 'road_safety' } as DatasetDef, rows: [] };
    const daily = {
      def: { ...raw.def, id: 'road_safety_daily', aggregateOf: 'road_safety' },
      rows: [],
    };
    expect(publishStepReason('road_safety', [raw])?.en).toBe(
      'road_safety must be ingested with npm run ingest on a machine with the project installed: its map reads summary tables (road_safety_daily, road_safety_causes, road_safety_vehicles, road_safety_cells) that the publish step computes with DuckDB',
    );
    expect(publishStepReason('road_safety', [raw, daily])).toBeNull();
    const pack = buildDataPack({ ...input, datasetId: 'households' });
    expect(!pack.ok && pack.error).toEqual(publishStepReason('households', null));
  });
});
