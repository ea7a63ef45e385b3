import { readFileSync } from 'node:fs';
import { strFromU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mappingFromFlags } from '../../data/ingest/adapters/indicator-mapping';
import { textFile } from '../../data/ingest/testing/context';
import { checkFiles } from './admin-check';

const NOW = new Date('2026-12-07T10:00:00');
const PUBLIC = new URL('../../../public/data/', import.meta.url);
const SHIPPED: unknown = JSON.parse(readFileSync(new URL('manifest.json', PUBLIC), 'utf8'));
const DROUGHT = readFileSync(new URL('drought.csv', PUBLIC), 'utf8');

// April for the shipped demo `drought` (October to March), as the builder's form maps it.
const APRIL = textFile(
  'april.csv',
  'province,month,villages,households_affected\nเชียงใหม่,2026-04-30,120,3400\n',
);
const OPTIONS = {
  source: { th: 'ปภ.', en: 'DDPM' },
  licence: 'CC-BY-4.0',
  mapping: mappingFromFlags({
    province: 'province',
    date: 'month',
    measure: 'villages:sum,households_affected:sum',
    'title-th': 'หมู่บ้านที่ประสบภัยแล้ง',
    'unit-th': 'หมู่บ้าน',
  }),
};

// The deployment's data folder as the page fetches it: `files` by name, anything else 404.
function serve(files: Record<string, string>) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    const text = files[url];
    return Promise.resolve(
      text === undefined ? new Response('', { status: 404 }) : new Response(text),
    );
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the builder keeps the published months', () => {
  it('packs the earlier months of data/drought.csv with the new one', async () => {
    const asked = serve({ 'data/drought.csv': DROUGHT });
    const manifest = { state: 'ok', json: SHIPPED } as const;
    const outcome = await checkFiles('drought', [APRIL], OPTIONS, manifest, NOW);
    expect(asked).toEqual(['data/drought.csv']);
    if (outcome.pack?.ok !== true) throw new Error('no pack');
    const csv = outcome.pack.files.find((f) => f.name === 'drought.csv');
    const lines = strFromU8(csv?.bytes ?? new Uint8Array()).split('\n');
    expect(lines.length).toBe(1 + 6 * 77 + 1 + 1);
    expect(lines.slice(-2)).toEqual(['50,2026-04-30,120,3400', '']);
    expect(outcome.pack.entries[0]).toMatchObject({
      asOf: '2026-04-30',
      period: { from: '2025-10-01', to: '2026-04-30' },
      rows: 463,
    });
    expect(outcome.result.report.warnings[0]?.en).toBe(
      'data/drought.csv: kept 462 rows of the 6 earlier date(s) the new files do not have (2025-10-31 – 2026-03-31)',
    );
  });

  it('offers no pack when the published file cannot be fetched', async () => {
    serve({});
    const manifest = { state: 'ok', json: SHIPPED } as const;
    const outcome = await checkFiles('drought', [APRIL], OPTIONS, manifest, NOW);
    expect(outcome.pack).toBeNull();
    expect(outcome.result.ok).toBe(false);
    expect(outcome.result.report.errors.map((e) => e.en)).toEqual([
      'could not read the published data/drought.csv (HTTP 404) — fix or restore the published file before ingesting (nothing was written, so no earlier month is lost)',
    ]);
  });
});
