import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';
import { inProvince, provinceShapesOf, type ShapesContext } from './province-shapes';

const NOW = '2026-12-07T10:00:00Z';

/** The app's own province shapes, as the CLI and the builder give them to the ingest. */
function shapesContext(): ShapesContext {
  const url = new URL('../../../../public/geo/provinces.topo.json', import.meta.url);
  const topology = JSON.parse(readFileSync(url, 'utf8')) as Topology;
  return { ...testContext(), provinceShapes: provinceShapesOf(topology) };
}

describe('points and the province their row names', () => {
  it('knows a point in Chiang Mai from one in Phuket', () => {
    const context = shapesContext();
    expect(context.provinceShapes?.size).toBe(77);
    expect(inProvince(context, 50, 98.98, 18.79)).toBe(true);
    expect(inProvince(context, 50, 98.39, 7.88)).toBe(false);
    expect(inProvince(context, 83, 98.39, 7.88)).toBe(true);
    expect(inProvince(testContext(), 50, 98.39, 7.88)).toBeNull();
  });

  it('warns for each incident whose point lies outside its province, and keeps it', async () => {
    const text = [
      'date,province,lat,lon,deaths,injuries',
      '2025-04-13,Chiang Mai,18.79,98.98,0,1',
      '2025-04-14,Chiang Mai,7.88,98.39,1,0',
    ].join('\n');
    const result = await ingestFiles(
      'road_safety',
      [textFile('points.csv', text)],
      shapesContext(),
      {},
      NOW,
    );
    expect(result.ok && result.tables[0]?.rows.map((r) => r.province_code)).toEqual([50, 50]);
    expect(result.report.warnings.map((w) => w.en).filter((w) => w.includes('not in'))).toEqual([
      'points.csv, line 3: the point 7.88, 98.39 (lat, lon) is not in เชียงใหม่, the province the row names — ingested under that province; check the point or the province',
    ]);
  });
});
