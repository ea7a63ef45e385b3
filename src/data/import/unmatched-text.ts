/** The reason an unmatched row is left out of a layer, in Thai and English, with what to do. */
import { quoted } from './import-messages';
import type { ImportText, UnmatchedReason } from './import-types';

/** The text of an unmatched row, by reason. */
export function unmatchedText(
  reason: UnmatchedReason,
  column: string | null,
  value: string,
  detail?: ImportText,
): ImportText {
  const col = column === null ? '' : quoted(column);
  switch (reason) {
    case 'province-unmatched':
      return value.trim() === ''
        ? { th: `ไม่มีชื่อจังหวัดในคอลัมน์ ${col}`, en: `no province in column ${col}` }
        : {
            th: `${quoted(value)} ในคอลัมน์ ${col} ไม่ตรงกับจังหวัดใด: แก้เป็นชื่อหรือรหัสจังหวัด`,
            en: `${quoted(value)} in column ${col} matches no province: use a province name or code`,
          };
    case 'total-row':
      return {
        th: `${quoted(value)} เป็นแถวผลรวม ไม่ใช่จังหวัด: ข้ามไป`,
        en: `${quoted(value)} is a total row, not a province: skipped`,
      };
    case 'ragged':
      return {
        th: `จำนวนช่องไม่เท่ากับหัวตาราง (${detail?.th ?? ''}): ตรวจเครื่องหมายจุลภาคหรือเครื่องหมายคำพูด`,
        en: `the number of fields differs from the header (${detail?.en ?? ''}): check commas and quotes`,
      };
    case 'coordinates-missing':
      return value.replace(/[\s,]/g, '') === ''
        ? {
            th: 'ไม่มีพิกัด: ใส่ลองจิจูดและละติจูด',
            en: 'no coordinates: add the longitude and latitude',
          }
        : {
            th: `พิกัด ${quoted(value)} ไม่ใช่ตัวเลข: แก้เป็นตัวเลขลองจิจูดและละติจูด`,
            en: `coordinates ${quoted(value)} are not numbers: write the longitude and latitude as numbers`,
          };
    case 'outside-thailand':
      return {
        th: `พิกัด ${quoted(value)} อยู่นอกประเทศไทย: ตรวจค่าลองจิจูด/ละติจูด`,
        en: `coordinates ${quoted(value)} are outside Thailand: check the longitude and latitude`,
      };
    case 'swapped':
      return {
        th: `พิกัด ${quoted(value)} ดูเหมือนสลับลองจิจูดกับละติจูด: สลับให้ถูกแล้วนำเข้าใหม่`,
        en: `coordinates ${quoted(value)} look like latitude and longitude swapped: swap them and import again`,
      };
    case 'geometry':
      return {
        th: `รูปทรงใช้ไม่ได้: ${detail?.th ?? value}`,
        en: `unusable geometry: ${detail?.en ?? value}`,
      };
  }
}
