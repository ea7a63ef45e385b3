import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSpec } from '../../src/data/ingest/province-report/template-spec';
import { templateWorkbook } from '../../src/data/ingest/province-report/template-workbook';
import { filledCopy, ZONES } from '../../src/data/ingest/province-report/testing/drought-template';
import { parseManifest } from '../../src/data/manifest/registry';
import { PROVINCES } from '../../src/data/places/provinces';
import { REPO_ROOT } from '../demo-data/options';
import type { IngestCliOptions } from './ingest-options';
import { runIngest } from './run-ingest';

const NOW = new Date('2026-12-07T10:00:00Z');
let dir: string;
let out: string;

// April for the shipped demo `drought` (October to March), described by mapping flags.
const APRIL =
  'province,month,villages,households_affected\nเชียงใหม่,2026-04-30,120,3400\nน่าน,2026-04-30,80,2100\n';
const FLAGS = {
  province: 'province',
  date: 'month',
  measure: 'villages:sum,households_affected:sum',
  'title-th': 'หมู่บ้านที่ประสบภัยแล้ง',
  'title-en': 'Drought-affected villages',
  'unit-th': 'หมู่บ้าน',
  'unit-en': 'villages',
  cadence: 'monthly',
};

function options(files: string[]): IngestCliOptions {
  return {
    datasetId: 'drought',
    files,
    outDir: out,
    dryRun: false,
    extra: FLAGS,
    sourceTh: 'ปภ.',
    sourceEn: 'DDPM',
    licence: 'CC-BY-4.0',
  };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-history-'));
  out = join(dir, 'data');
  cpSync(join(REPO_ROOT, 'public/data'), out, { recursive: true });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest of one more month', () => {
  it('keeps the months already published and adds the new one', async () => {
    const lines: string[] = [];
    const run = await runIngest(options([file('april.csv', APRIL)]), NOW, (l) => lines.push(l));
    expect(run).toEqual({
      ok: true,
      written: ['drought.report.json', 'drought.csv', 'manifest.json'],
    });
    const csv = readFileSync(join(out, 'drought.csv'), 'utf8').split('\n');
    // The names of the published file became codes; villages_total is named by no measure now.
    expect(csv[0]).toBe('province,month,villages,households_affected');
    expect(csv[1]).toBe('10,2025-10-31,0,0');
    expect(csv.slice(-3)).toEqual(['50,2026-04-30,120,3400', '55,2026-04-30,80,2100', '']);
    const months = new Map<string, number>();
    for (const line of csv.slice(1, -1)) {
      const month = line.split(',')[1] ?? '';
      months.set(month, (months.get(month) ?? 0) + 1);
    }
    expect([...months]).toEqual([
      ['2025-10-31', 77],
      ['2025-11-30', 77],
      ['2025-12-31', 77],
      ['2026-01-31', 77],
      ['2026-02-28', 77],
      ['2026-03-31', 77],
      ['2026-04-30', 2],
    ]);
    const manifest = parseManifest(
      JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')),
      'manifest.json',
    );
    const entry = manifest.datasets.find((d) => d.id === 'drought');
    expect(entry).toMatchObject({
      asOf: '2026-04-30',
      period: { from: '2025-10-01', to: '2026-04-30' },
      demo: false,
    });
    expect(entry?.caveats?.map((c) => c.en)).toContain(
      'figures dated 2025-10-31 to 2026-03-31 are the earlier demo data, not real figures',
    );
    const report = JSON.parse(readFileSync(join(out, 'drought.report.json'), 'utf8')) as {
      rowsWritten: number;
      warnings: { en: string }[];
    };
    expect(report.rowsWritten).toBe(464);
    const name = join(out, 'drought.csv');
    expect(report.warnings.map((w) => w.en)).toEqual([
      `${name}: kept 462 rows of the 6 earlier date(s) the new files do not have (2025-10-31 – 2026-03-31)`,
      `${name}: column(s) villages_total dropped — the new files do not have them and no measure names them`,
    ]);
    expect(lines.join('\n')).toContain(`${name}: kept 462 rows`);
  });

  it('a month sent again replaces that month only', async () => {
    const march = APRIL.replaceAll('2026-04-30', '2026-03-31');
    await runIngest(options([file('march.csv', march)]), NOW, () => undefined);
    const csv = readFileSync(join(out, 'drought.csv'), 'utf8').split('\n');
    expect(csv.filter((line) => line.includes(',2026-03-31,'))).toEqual([
      '50,2026-03-31,120,3400',
      '55,2026-03-31,80,2100',
    ]);
    expect(csv.filter((line) => line.includes(',2026-02-28,'))).toHaveLength(77);
    const report = JSON.parse(readFileSync(join(out, 'drought.report.json'), 'utf8')) as {
      warnings: { en: string }[];
    };
    expect(report.warnings[1]?.en).toBe(
      `${join(out, 'drought.csv')}: replaced 77 rows of 2026-03-31`,
    );
  });

  it('a published file that does not read stops the ingest and changes nothing', async () => {
    const broken = readFileSync(join(out, 'drought.csv'), 'utf8').replace(
      'กรุงเทพมหานคร,2025-11-30',
      'Gotham,2025-11-30',
    );
    writeFileSync(join(out, 'drought.csv'), broken);
    const manifestBefore = readFileSync(join(out, 'manifest.json'));
    const lines: string[] = [];
    const run = await runIngest(options([file('april.csv', APRIL)]), NOW, (l) => lines.push(l));
    expect(run).toEqual({ ok: false, written: ['drought.report.json'] });
    expect(lines.join('\n')).toContain(
      `${join(out, 'drought.csv')}, line 3, column province: "Gotham" is not a known province`,
    );
    expect(readFileSync(join(out, 'drought.csv'), 'utf8')).toBe(broken);
    expect(readFileSync(join(out, 'manifest.json'))).toEqual(manifestBefore);
  });

  it("adds April's province report replies to the published months", async () => {
    const published = parseManifest(
      JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')),
      'manifest.json',
    ).datasets.find((d) => d.id === 'drought');
    if (published === undefined) throw new Error('no shipped drought');
    const choice = { period: '2026-04', deadline: '2026-05-05', group: 'zone:9' };
    const spec = reportSpec(published, choice, ZONES, PROVINCES);
    if (!spec.ok) throw new Error(spec.error.en);
    // Bangkok (row 2) and Nonthaburi (row 3) reply; the other two of the zone do not.
    const reply = await filledCopy(templateWorkbook(spec.spec, PROVINCES).bytes, [
      { row: 2, column: 2, value: 0 },
      { row: 2, column: 3, value: 0 },
      { row: 2, column: 4, value: 0 },
      { row: 2, column: 5, value: { date: '2026-05-02' } },
      { row: 3, column: 2, value: 70 },
      { row: 3, column: 3, value: 15000 },
      { row: 3, column: 4, value: 1021 },
      { row: 3, column: 5, value: { date: '2026-05-04' } },
    ]);
    const path = join(dir, 'zone9.xlsx');
    writeFileSync(path, reply);
    const run = await runIngest(
      { datasetId: 'drought', files: [path], outDir: out, dryRun: false, extra: {} },
      NOW,
      () => undefined,
    );
    expect(run.ok).toBe(true);
    const csv = readFileSync(join(out, 'drought.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe(
      'province_code,month,villages,households_affected,villages_total,reply_date',
    );
    expect(csv[1]).toBe('10,2025-10-31,0,0,0,');
    expect(csv.length).toBe(1 + 6 * 77 + 2 + 1);
    expect(csv.slice(-3)).toEqual([
      '10,2026-04-30,0,0,0,2026-05-02',
      '12,2026-04-30,70,15000,1021,2026-05-04',
      '',
    ]);
  });
});
