import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/data/manifest/registry';
import { droughtEntryJson } from '../../src/data/testing/indicator-fixtures';
import { publishRawManifest } from './raw-manifest';

const dir = mkdtempSync(join(tmpdir(), 'indicator-publish-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Names and codes, as a ministry's file may mix them. */
const DROUGHT_CSV = 'province_code,month,villages\nเชียงใหม่,2026-03-01,4\n10,2026-03-01,2\n';

describe('npm run aggregate with an indicator entry', () => {
  it('copies its file as it is and keeps its entry, kind, keys and measures', async () => {
    mkdirSync(join(dir, 'raw'));
    writeFileSync(join(dir, 'raw', 'drought.csv'), DROUGHT_CSV);
    writeFileSync(join(dir, 'raw', 'preview.json'), '{}');
    const entry = { ...droughtEntryJson(), file: 'raw/drought.csv' };
    const rawManifest = {
      version: 1,
      generatedAt: '2026-04-01T00:00:00Z',
      datasets: [entry],
      preview: { dataset: 'drought', file: 'raw/preview.json' },
    };
    const rawPath = join(dir, 'manifest.json');
    writeFileSync(rawPath, JSON.stringify(rawManifest));
    const out = join(dir, 'out');

    const run = await publishRawManifest(rawPath, out);

    expect(run.written).toEqual(['drought.csv', 'preview.json', 'manifest.json']);
    expect(readFileSync(join(out, 'drought.csv'), 'utf8')).toBe(DROUGHT_CSV);
    const published = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      datasets: Record<string, unknown>[];
    };
    // The entry as written, its file renamed next to the manifest and its schema spelt out.
    const { columns, ...rest } = published.datasets[0] ?? {};
    expect(rest).toEqual({ ...entry, file: 'drought.csv' });
    expect(columns).toEqual([
      { name: 'province_code', type: 'INTEGER', nullable: true },
      { name: 'month', type: 'DATE', nullable: true },
      { name: 'villages', type: 'DOUBLE', nullable: true },
    ]);
    const reread = parseManifest(published, 'manifest.json').datasets[0];
    expect(reread).toEqual({
      ...parseManifest(rawManifest, 'raw').datasets[0],
      file: 'drought.csv',
    });
  });
});
