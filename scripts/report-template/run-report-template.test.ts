import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/universal';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTemplateId } from '../../src/data/ingest/province-report/template-id';
import { parseTemplateOptions, runReportTemplate } from './run-report-template';

const folder = mkdtempSync(join(tmpdir(), 'report-template-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('npm run report-template', () => {
  it('reads the options with their defaults, paths from the folder it was typed in', () => {
    expect(parseTemplateOptions(['drought'], '2026-12-07', '/home/staff')).toMatchObject({
      datasetId: 'drought',
      group: null,
      period: '2026-12',
      deadline: null,
      out: '/home/staff/report-drought-2026-12.xlsx',
    });
    expect(parseTemplateOptions(['--help'], '2026-12-07')).toBeNull();
    expect(() => parseTemplateOptions(['drought', '--groop', 'x'], '2026-12-07')).toThrow(
      'unknown option --groop — use --group, --period, --deadline, --out, --manifest',
    );
    expect(() => parseTemplateOptions(['drought', '--period'], '2026-12-07')).toThrow(
      '--period needs a value',
    );
  });

  it('writes the template of a region from the published manifest and groupings', async () => {
    const out = join(folder, 'north.xlsx');
    const options = parseTemplateOptions(
      [
        'drought',
        '--group',
        'region:north',
        '--period',
        '2026-04',
        '--deadline',
        '2026-05-05',
        '--out',
        out,
      ],
      '2026-12-07',
    );
    if (options === null) throw new Error('options expected');
    const lines = runReportTemplate(options);
    expect(lines[1]).toBe(
      `template drought, period 2026-04: 9 provinces (Region: Northern region) → ${out}`,
    );
    const sheets = await readXlsxFile(new Blob([readFileSync(out)]));
    const rows = sheets[0]?.data ?? [];
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['รหัสจังหวัด (province_code)', 'จังหวัด (province)'],
      [50, 'เชียงใหม่'],
      [51, 'ลำพูน'],
      [52, 'ลำปาง'],
      [53, 'อุตรดิตถ์'],
      [54, 'แพร่'],
      [55, 'น่าน'],
      [56, 'พะเยา'],
      [57, 'เชียงราย'],
      [58, 'แม่ฮ่องสอน'],
    ]);
    expect(parseTemplateId(String(rows[1]?.at(-1)))?.spec).toMatchObject({
      period: '2026-04',
      deadline: '2026-05-05',
    });
  });

  it('offers the words of a text column found in the published file as a list', () => {
    const out = join(folder, 'inspection.xlsx');
    const options = parseTemplateOptions(
      ['inspection', '--period', '2026-06', '--out', out],
      '2026-12-07',
    );
    if (options === null) throw new Error('options expected');
    expect(runReportTemplate(options)[2]).toBe(
      'columns: days_late, overdue, done, status (lists: status)',
    );
  });

  it('makes the template of a dataset not yet published from its column mapping', async () => {
    const mapping = join(folder, 'flood.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        title: { th: 'ครัวเรือนที่ประสบอุทกภัย', en: 'Households flooded' },
        unit: { th: 'ครัวเรือน', en: 'households' },
        province: 'province_code',
        date: null,
        measures: [
          {
            column: 'households',
            title: { th: 'ครัวเรือน', en: 'Households' },
            unit: { th: 'ครัวเรือน', en: 'households' },
            better: 'lower',
            aggregate: 'sum',
          },
        ],
      }),
    );
    const out = join(folder, 'flood.xlsx');
    const options = parseTemplateOptions(
      [
        'flood',
        '--mapping',
        mapping,
        '--group',
        'region:south',
        '--period',
        'ต.ค. 2569',
        '--out',
        out,
      ],
      '2026-12-07',
    );
    if (options === null) throw new Error('options expected');
    expect(runReportTemplate(options).slice(1, 3)).toEqual([
      `template flood, period ต.ค. 2569: 14 provinces (Region: Southern region) → ${out}`,
      'columns: households',
    ]);
    const sheets = await readXlsxFile(new Blob([readFileSync(out)]));
    expect(sheets[0]?.data[0]).toEqual([
      'รหัสจังหวัด (province_code)',
      'จังหวัด (province)',
      'ครัวเรือน (households)',
      'วันที่ตอบ (reply_date)',
      'รหัสแบบรายงาน (template_id)',
    ]);
  });

  it('says which datasets it can make a template for', () => {
    const options = parseTemplateOptions(['nope', '--out', join(folder, 'x.xlsx')], '2026-12-07');
    if (options === null) throw new Error('options expected');
    expect(() => runReportTemplate(options)).toThrow(/no dataset 'nope' — indicator datasets: /);
  });
});
