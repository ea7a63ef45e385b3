/**
 * Reads a source file into rows with the importer's readers (CSV/TSV in UTF-8, UTF-16 or
 * TIS-620, Excel .xlsx, GeoJSON/JSON). Parquet is not a published source shape, so it is refused
 * here with a message saying so. Never throws.
 */
import { detectFormat } from '../import/detect-format';
import type { ImportMessage } from '../import/import-types';
import { readDelimited } from '../import/read-delimited';
import { readGeojson } from '../import/read-geojson';
import { readXlsx } from '../import/read-xlsx';
import type { ReadSource, SourceFile } from './ingest-types';

/** A read file, or the reason it could not be read. */
export type SourceRead =
  | { readonly ok: true; readonly source: ReadSource }
  | { readonly ok: false; readonly error: ImportMessage };

/** Reads `file` (the first worksheet with data of a workbook). */
export async function readSource(file: SourceFile): Promise<SourceRead> {
  if (file.bytes.byteLength === 0) {
    return {
      ok: false,
      error: {
        code: 'empty-file',
        th: `${file.name}: ไฟล์ว่าง ไม่มีข้อมูล — ตรวจสอบว่าบันทึกไฟล์ครบหรือไม่`,
        en: `${file.name}: the file is empty — check that it was saved completely`,
      },
    };
  }
  const choice = detectFormat(file.name, file.bytes);
  if (!choice.ok) return { ok: false, error: choice.error };
  if (choice.format === 'parquet') {
    return {
      ok: false,
      error: {
        code: 'parquet-source',
        th: `${file.name}: ไฟล์ Parquet ไม่ใช่รูปแบบที่แหล่งข้อมูลเผยแพร่ — ใช้ไฟล์ CSV, Excel หรือ GeoJSON ต้นฉบับ`,
        en: `${file.name}: Parquet is not a shape sources publish — give the original CSV, Excel or GeoJSON file`,
      },
    };
  }
  if (choice.format === 'geojson' || choice.format === 'json') {
    const json = readGeojson(file.name, file.bytes);
    if (!json.ok) return { ok: false, error: json.error };
    const points = json.geometry?.points ?? null;
    return { ok: true, source: { name: file.name, table: json.table, points } };
  }
  const outcome =
    choice.format === 'xlsx'
      ? await readXlsx(file.name, file.bytes, undefined)
      : readDelimited(file.name, file.bytes, choice.format === 'tsv');
  if (!outcome.ok) return { ok: false, error: outcome.error };
  return { ok: true, source: { name: file.name, table: outcome.table, points: null } };
}
