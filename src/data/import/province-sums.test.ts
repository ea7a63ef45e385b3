import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { utf8 } from './__fixtures__/encodings';
import { inlineRunner } from './import-client';
import { runImportJob } from './import-job';
import { provinceSums, rememberSums, valuesByProvince } from './province-sums';

const TABLE = tableFromArrays({
  province_code: Int32Array.from([10, 10, 50, 999, 50]),
  value: Float64Array.from([1, 2, 7, 100, NaN]),
  cases: Int32Array.from([4, 5, 6, 7, 8]),
  label: ['a', 'b', 'c', 'd', 'e'],
});

const CSV = [
  'province_code,cases,rate,note',
  '10,3,1.5,a',
  '50,4,,b',
  '10,5,2.5,c',
  '40,1,,d',
].join('\n');

describe('sums per province', () => {
  it('sums every numeric column and counts rows, leaving unknown codes out', () => {
    expect(provinceSums(TABLE, 'province_code')).toEqual({
      codeColumn: 'province_code',
      columns: [
        {
          column: null,
          values: [
            [10, 2],
            [50, 2],
          ],
        },
        {
          column: 'value',
          values: [
            [10, 3],
            [50, 7],
          ],
        },
        {
          column: 'cases',
          values: [
            [10, 9],
            [50, 14],
          ],
        },
      ],
    });
  });

  it('reads remembered sums instead of the rows, and the rows for anything not remembered', () => {
    const table = tableFromArrays({
      province_code: Int32Array.from([10, 20]),
      value: Float64Array.from([1, 2]),
    });
    rememberSums(table, {
      codeColumn: 'province_code',
      columns: [{ column: 'value', values: [[10, 41]] }],
    });
    expect([...valuesByProvince(table, 'province_code', 'value')]).toEqual([[10, 41]]);
    // Not in the remembered sums: the rows are read.
    expect([...valuesByProvince(table, 'province_code', null)]).toEqual([
      [10, 1],
      [20, 1],
    ]);
  });

  it('the import job sends the sums of a province file, equal to reading its table', async () => {
    const done = await runImportJob({ name: 'p.csv', bytes: utf8(CSV) }, {}, () => undefined);
    if (!done.ok) throw new Error(done.error.en);
    expect(done.provinceSums).toEqual({
      codeColumn: 'province_code',
      columns: [
        {
          column: null,
          values: [
            [10, 2],
            [50, 1],
            [40, 1],
          ],
        },
        // The file's own code column is a number column too, renamed beside the key.
        {
          column: 'province_code_2',
          values: [
            [10, 20],
            [50, 50],
            [40, 40],
          ],
        },
        {
          column: 'cases',
          values: [
            [10, 8],
            [50, 4],
            [40, 1],
          ],
        },
        {
          column: 'rate',
          values: [
            [10, 4],
            [50, null],
            [40, null],
          ],
        },
      ],
    });
    const bytes = utf8(CSV);
    const file = { name: 'p.csv', size: bytes.length, arrayBuffer: () => bytes.slice().buffer };
    const run = inlineRunner()(
      { ...file, arrayBuffer: () => Promise.resolve(file.arrayBuffer()) },
      {},
      () => undefined,
    );
    const outcome = await run.outcome;
    if (!outcome?.ok) throw new Error('expected a table');
    // The page's table answers from the sums; the loader's table (another object) is read row by
    // row: the two agree.
    for (const column of [null, 'province_code_2', 'cases', 'rate']) {
      const remembered = valuesByProvince(outcome.table, 'province_code', column);
      const read = valuesByProvince(outcome.loaderTable, 'province_code', column);
      expect([...remembered]).toEqual([...read]);
    }
    expect([...valuesByProvince(outcome.table, 'province_code', 'rate')]).toEqual([
      [10, 4],
      [50, null],
      [40, null],
    ]);
  });

  it('a points file has no sums', async () => {
    const points = 'lat,lon,v\n13.75,100.5,1\n18.79,98.98,2\n';
    const done = await runImportJob({ name: 'x.csv', bytes: utf8(points) }, {}, () => undefined);
    if (!done.ok) throw new Error(done.error.en);
    expect(done.provinceSums).toBeNull();
  });
});
