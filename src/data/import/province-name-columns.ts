/**
 * Province names beside province codes: `province_th` and `province_en` after a table's
 * `province_code` column. Done in the import worker for a file's table (a million names would
 * hold the page for seconds), and by the table view for any other table.
 */
import type { Table, Vector } from 'apache-arrow';
import { tableOfColumns, utf8Vector } from '../formats/arrow-vectors';
import { PROVINCE_BY_CODE } from '../places/provinces';

/**
 * `table` with `province_th` and `province_en` after its `province_code` column; the table
 * itself when it has no codes or already has the names.
 */
export function addProvinceNames(table: Table): Table {
  const names = table.schema.fields.map((f) => f.name);
  const codeIndex = names.indexOf('province_code');
  if (codeIndex < 0 || names.includes('province_th')) return table;
  const codes = table.getChildAt(codeIndex);
  const nameOf = (lang: 'nameTh' | 'nameEn') =>
    utf8Vector(
      Array.from({ length: table.numRows }, (_, row) => {
        const province = PROVINCE_BY_CODE.get(Number(codes?.get(row)));
        return province ? province[lang] : null;
      }),
    );
  const columns: [string, Vector][] = [];
  table.schema.fields.forEach((field, c) => {
    const vector = table.getChildAt(c);
    if (vector) columns.push([field.name, vector]);
    if (c === codeIndex) {
      columns.push(['province_th', nameOf('nameTh')]);
      columns.push(['province_en', nameOf('nameEn')]);
    }
  });
  return tableOfColumns(columns);
}
