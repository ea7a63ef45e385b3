/**
 * The provinces a province file has no row for, said on import: a national file that silently
 * lacks one (TPMAP has no Bangkok row) would otherwise read as "no data" on the map with nothing
 * to say why. A file naming fewer than half the provinces is a subset on purpose: nothing is said.
 */
import { PROVINCES } from '../places/provinces';
import { quoted } from './import-messages';
import type { ImportMessage } from './import-types';

/** Names listed at most; the rest are counted. */
const MAX_NAMED = 10;
/** A file with rows for at least this many provinces is read as meant to cover the country. */
const NATIONAL_FROM = 39;

/** One warning naming the provinces without a row, or none when every province has one. */
export function missingProvincesWarning(
  file: string,
  codes: readonly (number | null)[],
): ImportMessage | null {
  const present = new Set(codes.filter((code): code is number => code !== null));
  const missing = PROVINCES.filter((province) => !present.has(province.code));
  if (missing.length === 0 || present.size === 0) return null;
  if (present.size < NATIONAL_FROM) return null;
  const named = missing.slice(0, MAX_NAMED);
  const rest = missing.length - named.length;
  return {
    code: 'missing-provinces',
    th:
      `ไฟล์ ${quoted(file)} ไม่มีแถวของ ${missing.length} จังหวัด: ${named.map((p) => p.nameTh).join(', ')}` +
      (rest > 0 ? ` และอีก ${rest} จังหวัด` : '') +
      '; แผนที่แสดงเป็น "ไม่มีข้อมูล" ตรวจสอบว่าไฟล์ครบหรือไม่',
    en:
      `${quoted(file)} has no row for ${missing.length} province${missing.length === 1 ? '' : 's'}: ${named.map((p) => p.nameEn).join(', ')}` +
      (rest > 0 ? ` and ${rest} more` : '') +
      '; the map shows them as "no data": check whether the file is complete',
  };
}
