/**
 * Injection (issue 8), the analyst's own files: payloads in the file name, the column names and
 * the cells of a CSV, a Parquet and a GeoJSON file reach the legend, the layer card, the table
 * view, the console and the CSV export as text; SQL in column names stays a name; `__proto__`
 * keys in GeoJSON properties pollute nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  PAYLOADS,
  RUN,
  expectNoInjection,
  expectPrototypesClean,
  parquetOf,
  probedShared,
} from './injection-helpers';
import {
  PANEL,
  consoleTables,
  exportCsv,
  parseCsv,
  pickFile,
  runQuery,
  tableCounts,
} from './injection-tools';
import { poll, settle } from './whole-helpers';

const open = probedShared(inject('baseUrl'));

/** A CSV cell, quoted as a spreadsheet would write it. */
const cell = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/** Waits for the import of the n-th file (its legend) and returns the new user table's name. */
async function imported(page: Page, layer: string, before: readonly string[]): Promise<string> {
  await page.locator(`.legend[data-layer="user-${layer}"]`).waitFor({ timeout: 30_000 });
  let added: string[] = [];
  await poll(async () => {
    added = (await consoleTables(page)).filter((t) => !before.includes(t));
    return added.length;
  }).toBe(1);
  return added[0] ?? '';
}

describe('injection: your own files', () => {
  it('shows payloads from a CSV name, headers and cells as text and exports them formula-safe', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    const fileName = `ข้อมูล ${PAYLOADS.img}.csv`;
    const csv = [
      ['จังหวัด', PAYLOADS.svg, "=cmd|' /C calc'!A0", 'หมายเหตุ'],
      ['กรุงเทพมหานคร', '10', '=1+1', PAYLOADS.img],
      ['เชียงใหม่', '20', '+SUM(1)', PAYLOADS.script],
      ['นครราชสีมา', '30', '-2+3', '@SUM(1)'],
      ['ขอนแก่น', '40', '-5', PAYLOADS.js],
      ['ภูเก็ต', '50', `<svg onload=${RUN}>`, PAYLOADS.template],
    ]
      .map((row) => row.map(cell).join(','))
      .join('\r\n');
    const before = await consoleTables(page);
    await pickFile(page, fileName, csv);
    const table = await imported(page, 'u1', before);
    expect(table).toMatch(/^user_[a-z0-9_]+$/);

    const legend = await page.locator('.legend[data-layer="user-u1"]').innerText();
    expect(legend).toContain(fileName);
    expect(await page.locator(`${PANEL} [data-import-summary]`).getAttribute('data-file')).toBe(
      fileName,
    );
    const card = page.locator(`${PANEL} [data-user-layer="u1"]`);
    expect(await card.locator('[data-layer-column] option').allInnerTexts()).toContain(
      PAYLOADS.svg,
    );
    const view = page.locator(`${PANEL} [data-table-view]`);
    await poll(() => view.getAttribute('data-rows')).toBe('5');
    const shown = await view.innerText();
    for (const part of [PAYLOADS.svg, PAYLOADS.img, '"><script>', 'javascript:']) {
      expect(shown).toContain(part);
    }

    const file = await exportCsv(page);
    expect(file.name).toMatch(/^war-room_[a-z0-9ก-๙-]+\.csv$/);
    const rows = parseCsv(file.text);
    expect(rows.map((r) => r.province_code)).toEqual(['10', '50', '30', '40', '83']);
    expect(rows.map((r) => r["'=cmd|' /C calc'!A0"])).toEqual([
      "'=1+1",
      "'+SUM(1)",
      "'-2+3",
      '-5',
      `<svg onload=${RUN}>`,
    ]);
    expect(rows.map((r) => r['หมายเหตุ'])).toEqual([
      PAYLOADS.img,
      PAYLOADS.script,
      "'@SUM(1)",
      PAYLOADS.js,
      PAYLOADS.template,
    ]);
    expect(rows.map((r) => r[PAYLOADS.svg])).toEqual(['10', '20', '30', '40', '50']);

    // The user table in DuckDB has the same names and values.
    const column = `"${PAYLOADS.svg.replaceAll('"', '""')}"`;
    await runQuery(page, `SELECT sum(${column}) AS total_u1 FROM ${table}`, 'total_u1');
    expect(parseCsv((await exportCsv(page)).text)[0]?.total_u1).toBe('150');
    await expectNoInjection(app);
    await expectPrototypesClean(page);
  });

  it('keeps SQL in column and file names as names: the user tables work and no table changes', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    const tables = await consoleTables(page);
    const counts = await tableCounts(page, tables);
    const names = [
      'a"; DROP TABLE vaccination; --',
      '"); DELETE FROM vaccination; --',
      'vaccination',
      "x' OR '1'='1",
    ];
    const csv = [
      ['province_code', ...names].map(cell).join(','),
      ['10', '1', '2', '3', '4'].join(','),
      ['30', '5', '6', '7', '8'].join(','),
    ].join('\n');
    await pickFile(page, 'a"; DROP TABLE vaccination; --.csv', csv);
    const first = await imported(page, 'u1', tables);
    await pickFile(page, 'vaccination.csv', csv);
    const second = await imported(page, 'u2', [...tables, first]);
    expect(second).toBe('user_vaccination');

    const dir = mkdtempSync(path.join(tmpdir(), 'injection-'));
    const parquet = await parquetOf(
      `SELECT 50 AS province_code, 5 AS "${PAYLOADS.img.replaceAll('"', '""')}", 'x''); DROP TABLE vaccination; --' AS "note"`,
      path.join(dir, 'evil.parquet'),
    );
    await pickFile(page, `${PAYLOADS.svg}.parquet`, parquet);
    const third = await imported(page, 'u3', [...tables, first, second]);

    const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
    await runQuery(
      page,
      `SELECT ${names.map((n, i) => `sum(${ident(n)}) AS s${i}`).join(', ')}, count(*) AS rows_u1 FROM ${first}`,
      'rows_u1',
    );
    expect(parseCsv((await exportCsv(page)).text)[0]).toMatchObject({
      s0: '6',
      s1: '8',
      s2: '10',
      s3: '12',
      rows_u1: '2',
    });
    await runQuery(page, `SELECT * FROM ${third}`, 'note');
    const shown = await page.locator(`${PANEL} [data-table-view]`).innerText();
    expect(shown).toContain(PAYLOADS.img);
    expect(shown).toContain("x'); DROP TABLE vaccination; --");
    expect(await tableCounts(page, tables)).toEqual(counts);
    await expectNoInjection(app);
  });

  it('reads GeoJSON with payload and __proto__ properties without polluting anything', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    const feature = (lon: number, lat: number, name: string) =>
      `{"type": "Feature", "geometry": {"type": "Point", "coordinates": [${lon}, ${lat}]},
        "properties": {"name": ${JSON.stringify(name)}, "__proto__": {"polluted": "yes"},
          "constructor": {"prototype": {"polluted": "yes"}}, "value": 3}}`;
    const geojson = `{"type": "FeatureCollection", "__proto__": {"polluted": "yes"}, "features": [
      ${feature(100.5, 13.75, PAYLOADS.img)}, ${feature(98.98, 18.79, PAYLOADS.script)}]}`;
    const before = await consoleTables(page);
    await pickFile(page, `${PAYLOADS.svg}.geojson`, geojson);
    const table = await imported(page, 'u1', before);
    expect(await page.locator('.legend[data-layer="user-u1"]').innerText()).toContain(PAYLOADS.svg);
    const view = page.locator(`${PANEL} [data-table-view]`);
    await poll(() => view.getAttribute('data-rows')).toBe('2');
    const shown = await view.innerText();
    expect(shown).toContain(PAYLOADS.img);
    expect(shown).toContain('"><script>');
    await runQuery(page, `SELECT name, value AS value_u1 FROM ${table} ORDER BY name`, 'value_u1');
    expect(parseCsv((await exportCsv(page)).text).map((r) => r.name)).toEqual([
      PAYLOADS.script,
      PAYLOADS.img,
    ]);
    // The __proto__ and constructor properties are kept as data (under some column name).
    await runQuery(page, `SELECT *, 1 AS all_u1 FROM ${table}`, 'all_u1');
    const all = parseCsv((await exportCsv(page)).text);
    const columnsHolding = (text: string) =>
      Object.keys(all[0] ?? {}).filter((key) => all.every((row) => row[key] === text));
    expect(columnsHolding('{"polluted":"yes"}')).toHaveLength(1);
    expect(columnsHolding('{"prototype":{"polluted":"yes"}}')).toEqual(['constructor']);
    await expectPrototypesClean(page);
    await expectNoInjection(app);
  });
});
