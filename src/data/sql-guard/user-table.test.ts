import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import { imported } from '../import/__fixtures__/import-helpers';
import { TEST_ENGINES } from '../testing/engines';
import { VACCINATION_CSV, bytesOf, testDataset } from '../testing/fixtures';
import {
  checkUserTableName,
  userTableFromImport,
  userTableLoad,
  userTableName,
} from './user-table';

describe('user table names', () => {
  it.each(['user_a', 'user_moph_2564', 'user_x_1'])('accepts %j', (name) => {
    expect(() => {
      checkUserTableName(name);
    }).not.toThrow();
  });

  it.each([
    'vaccination',
    'user_',
    'User_a',
    'user_a__staging',
    'user_a; DROP TABLE vaccination',
    'user_"x"',
    `user_${'a'.repeat(41)}`,
  ])('refuses %j', (name) => {
    expect(() => {
      checkUserTableName(name);
    }).toThrow(/user table/);
  });

  it('refuses the name of a dataset', () => {
    expect(() => {
      checkUserTableName('user_vacc', ['user_vacc']);
    }).toThrow(/dataset already has this name/);
  });

  it('derives a free name from the file name', () => {
    expect(userTableName('MOPH vaccination (2564).csv', [])).toBe('user_moph_vaccination_2564');
    expect(userTableName('ข้อมูล.xlsx', [])).toBe('user_file');
    expect(userTableName('a.csv', ['user_a', 'user_a_2'])).toBe('user_a_3');
    const long = userTableName(`${'x'.repeat(80)}.csv`, []);
    expect(() => {
      checkUserTableName(long);
    }).not.toThrow();
  });
});

const CSV = [
  'จังหวัด,ยอด,วันที่,หมายเหตุ,Value,value',
  'กรุงเทพมหานคร,"1,234",1/1/2564,"say ""hi"", ok",1,2',
  'เชียงใหม่,-5.5,2021-02-03,=SUM(A1),3,4',
  'ไม่มีจังหวัดนี้,1,,x,5,6',
].join('\n');

describe('user tables from an import', () => {
  it('puts province_code first and keeps the typed columns, unique ignoring case', async () => {
    const table = userTableFromImport(await imported('mine.csv', CSV));
    const names = table.schema.fields.map((f) => f.name);
    expect(names[0]).toBe('province_code');
    expect(names).toContain('ยอด');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const rows = tableRows(table);
    expect(rows.map((r) => r.province_code)).toEqual([10, 50]);
    expect(rows.map((r) => r['ยอด'])).toEqual([1234, -5.5]);
    expect(rows.map((r) => r['วันที่'])).toEqual([Date.UTC(2021, 0, 1), Date.UTC(2021, 1, 3)]);
  });

  it('puts lon and lat first for points', async () => {
    const csv = 'name,lat,lon\nก,13.75,100.5\nข,18.79,98.98\n';
    const table = userTableFromImport(await imported('pts.csv', csv));
    expect(table.schema.fields.slice(0, 2).map((f) => f.name)).toEqual(['lon', 'lat']);
    expect(tableRows(table).map((r) => [r.lon, r.lat])).toEqual([
      [100.5, 13.75],
      [98.98, 18.79],
    ]);
  });
});

describe.each(TEST_ENGINES)('user tables in DuckDB (%s)', (_name, createEngine) => {
  it('loads every value as typed, text with quotes and formulas unchanged', async () => {
    const engine = await createEngine();
    try {
      const table = userTableFromImport(await imported('mine.csv', CSV));
      const { def, bytes } = userTableLoad('user_mine', table);
      expect(await engine.loadTable(def, bytes)).toBe(2);
      const result = await engine.query({
        sql: 'SELECT * FROM user_mine ORDER BY province_code',
        params: [],
      });
      const rows = tableRows(result);
      expect(rows.map((r) => r['หมายเหตุ'])).toEqual(['say "hi", ok', '=SUM(A1)']);
      expect(rows.map((r) => r['ยอด'])).toEqual([1234, -5.5]);
      expect(rows.map((r) => r['วันที่'])).toEqual([Date.UTC(2021, 0, 1), Date.UTC(2021, 1, 3)]);
      const types = result.schema.fields.map((f) => `${f.name}:${String(f.type)}`);
      expect(types[0]).toBe('province_code:Int32');
    } finally {
      await engine.terminate();
    }
  });

  it('reads back text full of other delimiters, quotes and line breaks', async () => {
    const engine = await createEngine();
    try {
      const texts = ['a;b;c|d', 'tab\there', 'two\nlines', '"quoted"', '', 'ก,ข'];
      const table = tableFromArrays({
        province_code: Int32Array.from(texts.map((_, i) => 10 + i)),
        note: texts,
      });
      const { def, bytes } = userTableLoad('user_text', table);
      expect(await engine.loadTable(def, bytes)).toBe(texts.length);
      const rows = tableRows(
        await engine.query({
          sql: 'SELECT note FROM user_text ORDER BY province_code',
          params: [],
        }),
      );
      // An empty text cell is read back as NULL (the CSV reader cannot tell them apart).
      expect(rows.map((r) => r.note)).toEqual(texts.map((text) => (text === '' ? null : text)));
    } finally {
      await engine.terminate();
    }
  });

  it('leaves dataset tables alone and drops only the user table', async () => {
    const engine = await createEngine();
    try {
      await engine.loadTable(testDataset('vaccination'), bytesOf(VACCINATION_CSV));
      const table = userTableFromImport(await imported('mine.csv', CSV));
      const { def, bytes } = userTableLoad('user_mine', table);
      await engine.loadTable(def, bytes);
      await engine.dropTable('user_mine');
      const left = tableRows(
        await engine.query({
          sql: 'SELECT table_name FROM information_schema.tables ORDER BY 1',
          params: [],
        }),
      ).map((r) => r.table_name);
      expect(left).toEqual(['vaccination']);
    } finally {
      await engine.terminate();
    }
  });
});
