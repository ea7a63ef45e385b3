import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetDef } from '../../src/data/manifest/manifest-types';
import { parseManifest } from '../../src/data/manifest/registry';
import { buildRawDemoSet } from '../demo-data/generate';
import { buildManifest } from '../demo-data/manifest';
import { openParquetQuery } from '../demo-data/query-parquet';
import { SMALL_RUN_OPTIONS } from '../demo-data/small-run';
import { parseAggregateOptions } from './cli-options';
import { publishBytes } from './publish-bytes';
import { publishRawManifest, type RawManifestRun } from './raw-manifest';

const raw = buildRawDemoSet({ ...SMALL_RUN_OPTIONS, outDir: 'unused' });
let dir: string;
let rawPath: string;
let run: RawManifestRun;
const outDir = () => join(dir, 'out');

/** A ministry's layout: raw/ next to the manifest, road incidents as CSV, one more personal file. */
async function writeRawFolder(): Promise<void> {
  mkdirSync(join(dir, 'raw'));
  const datasets: DatasetDef[] = raw.datasets.map((def) => ({ ...def, file: `raw/${def.file}` }));
  for (const def of raw.datasets) {
    writeFileSync(join(dir, 'raw', def.file), raw.files.get(def.file) ?? new Uint8Array());
  }
  const query = await openParquetQuery();
  try {
    const parquet = join(dir, 'raw', 'road_safety.parquet');
    await query.all(
      `COPY (SELECT * FROM read_parquet('${parquet}')) TO '${join(dir, 'raw', 'road_safety.csv')}' (HEADER)`,
    );
  } finally {
    query.close();
  }
  const road = datasets.findIndex((def) => def.id === 'road_safety');
  datasets[road] = {
    ...(datasets[road] as DatasetDef),
    file: 'raw/road_safety.csv',
    format: 'csv',
  };
  writeFileSync(join(dir, 'raw', 'patients.csv'), 'province_code\n10\n10\n');
  const patients: DatasetDef = {
    ...(datasets[0] as DatasetDef),
    id: 'patients',
    file: 'raw/patients.csv',
    format: 'csv',
    minGroupSize: 5,
    columns: [{ name: 'province_code', type: 'INTEGER', nullable: false }],
  };
  const manifest = {
    ...buildManifest([...datasets, patients]),
    preview: { dataset: 'vaccination', file: 'raw/preview.json' },
  };
  writeFileSync(join(dir, 'raw', 'preview.json'), JSON.stringify(raw.preview));
  writeFileSync(rawPath, JSON.stringify(manifest));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'war-room-aggregate-'));
  rawPath = join(dir, 'raw-manifest.json');
  await writeRawFolder();
  run = await publishRawManifest(rawPath, outDir());
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run aggregate -- --raw FILE --out DIR', () => {
  it('writes the published set: raw layers as <id>.<format>, aggregates, preview, manifest', () => {
    expect(readdirSync(outDir()).sort()).toEqual(
      [
        'complaints.parquet',
        'households.parquet',
        'households_cells.parquet',
        'manifest.json',
        'poverty.parquet',
        'preview.json',
        'restricted',
        'road_safety.csv',
        'road_safety_causes.parquet',
        'road_safety_cells.parquet',
        'road_safety_daily.parquet',
        'road_safety_vehicles.parquet',
        'vaccination.parquet',
      ].sort(),
    );
    expect(readdirSync(join(outDir(), 'restricted'))).toEqual(['complaints_security.parquet']);
    expect(run.written.at(-1)).toBe('manifest.json');
    expect(run.result.withheld).toEqual(['patients']);
    expect(readFileSync(join(outDir(), 'road_safety.csv'))).toEqual(
      readFileSync(join(dir, 'raw', 'road_safety.csv')),
    );
  });

  it('writes a manifest the app parses, with the raw generatedAt and the files it wrote', () => {
    const path = join(outDir(), 'manifest.json');
    const manifest = parseManifest(JSON.parse(readFileSync(path, 'utf8')), path);
    expect(manifest.generatedAt).toBe(buildManifest(raw.datasets).generatedAt);
    expect(manifest.preview).toEqual({ dataset: 'vaccination', file: 'preview.json' });
    expect(manifest.datasets.map((def) => def.id)).not.toContain('patients');
    for (const def of manifest.datasets)
      expect(existsSync(join(outDir(), def.file)), def.file).toBe(true);
    expect(manifest.datasets.find((def) => def.id === 'road_safety')?.format).toBe('csv');
  });

  it('gives the same aggregate bytes from CSV as the demo generator from Parquet', async () => {
    const { result } = await publishBytes(raw.datasets, raw.files);
    expect([...result.files.keys()]).toEqual([...run.result.files.keys()]);
    for (const [name, bytes] of result.files) {
      expect(Buffer.from(bytes).equals(readFileSync(join(outDir(), name))), name).toBe(true);
    }
  });

  it('refuses to write over the raw files', async () => {
    await expect(publishRawManifest(rawPath, join(dir, 'raw'))).rejects.toThrow(
      // complaints.parquet is its first published file that is also a raw input.
      'writing complaints.parquet there would overwrite a raw input',
    );
  });

  it('names the dataset and file when a raw file does not fit its manifest entry', async () => {
    const bad = join(dir, 'bad-manifest.json');
    const manifest = JSON.parse(readFileSync(rawPath, 'utf8')) as { datasets: DatasetDef[] };
    manifest.datasets = manifest.datasets.map((def) =>
      def.id === 'complaints' ? { ...def, file: 'raw/poverty.parquet' } : def,
    );
    writeFileSync(bad, JSON.stringify(manifest));
    await expect(publishRawManifest(bad, join(dir, 'out-bad'))).rejects.toThrow(
      /raw dataset 'complaints' \(.*raw\/poverty\.parquet\): cannot read it/,
    );
  });
});

describe('parseAggregateOptions', () => {
  it('needs --raw and --out to publish, nothing for --print-sql', () => {
    expect(() => parseAggregateOptions(['--raw', 'x.json'])).toThrow(
      '--raw and --out are required',
    );
    expect(parseAggregateOptions(['--print-sql'])).toEqual({
      rawPath: undefined,
      outDir: undefined,
      printSql: true,
    });
    expect(parseAggregateOptions(['--help'])).toBeNull();
  });
});
