/**
 * The 7 dangerous days' daily report writes its own aggregates, so the builder packs it: raw
 * entry and aggregates as CSV, the old road-safety entries (cells included) replaced.
 */
import { readFileSync } from 'node:fs';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';
import { buildDataPack } from './data-pack';

const NOW = '2026-12-07T10:00:00Z';

const SHIPPED = JSON.parse(
  readFileSync(new URL('../../../../public/data/manifest.json', import.meta.url), 'utf8'),
) as { datasets: { id: string }[] };

// The template's shape (public/templates/road-safety-7days.csv), Thai names, Songkran days 1-2.
const REPORT = [
  'province,date,festival,festival_day,crashes,deaths,injuries',
  'กระบี่,2025-04-11,songkran,1,3,1,4',
  'Krabi,2025-04-12,songkran,2,2,0,2',
  'เชียงใหม่,2025-04-11,songkran,1,9,2,11',
].join('\n');

describe('packing a 7 dangerous days report', () => {
  it('packs the raw entry and its aggregates, replacing the road-safety entries', async () => {
    const result = await ingestFiles(
      'road_safety',
      [textFile('songkran.csv', REPORT)],
      testContext(),
      {},
      NOW,
    );
    if (!result.ok) throw new Error(result.report.errors.map((e) => e.en).join('; '));
    const pack = buildDataPack({
      datasetId: 'road_safety',
      tables: result.tables,
      report: result.report,
      manifestJson: SHIPPED,
      manifestName: 'manifest.json',
      generatedAt: NOW,
    });
    expect(pack.ok ? null : pack.error.en).toBeNull();
    if (!pack.ok) return;
    expect(pack.files.map((f) => f.name)).toEqual([
      'manifest.json',
      'road_safety.csv',
      'road_safety_daily.csv',
      'road_safety_causes.csv',
      'road_safety_vehicles.csv',
      'road_safety.report.json',
    ]);
    const manifest = JSON.parse(strFromU8(pack.files[0]?.bytes ?? new Uint8Array())) as {
      datasets: { id: string; format: string }[];
    };
    const others = SHIPPED.datasets.map((d) => d.id).filter((id) => !id.startsWith('road_safety'));
    expect(manifest.datasets.map((d) => d.id)).toEqual([
      'vaccination',
      'poverty',
      'road_safety',
      'road_safety_daily',
      'road_safety_causes',
      'road_safety_vehicles',
      ...others.slice(2),
    ]);
    expect(
      new Set(manifest.datasets.filter((d) => d.id.startsWith('road')).map((d) => d.format)),
    ).toEqual(new Set(['csv']));
    const daily = strFromU8(pack.files[2]?.bytes ?? new Uint8Array());
    expect(daily).toBe(
      [
        'province_code,date,festival,festival_day,crashes,deaths,injuries',
        '50,2025-04-11,songkran,1,9,2,11',
        '81,2025-04-11,songkran,1,3,1,4',
        '81,2025-04-12,songkran,2,2,0,2',
        '',
      ].join('\n'),
    );
  });
});
