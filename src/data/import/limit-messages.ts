/**
 * The importer's messages about limits and about the import itself (expanded size, vertices,
 * cancel), in Thai and English. Each names the file, the size found, the limit and what to do.
 */
import { quoted } from './import-messages';
import type { ImportMessage } from './import-types';

const MB = 1024 * 1024;
/** One formatter, kept: toLocaleString builds a new one per call (slow for hundreds of rows). */
const EN_COUNT = new Intl.NumberFormat('en-US');
const count = (n: number): string => EN_COUNT.format(n);
const megabytes = (bytes: number): string => `${count(Math.round((bytes / MB) * 10) / 10)} MB`;

const message = (code: string, th: string, en: string): ImportMessage => ({ code, th, en });

/** What is compressed: a workbook (ZIP) or a Parquet file. */
export type PackedKind = 'xlsx' | 'zip' | 'parquet';

const PACKED: Readonly<Record<PackedKind, { th: string; en: string }>> = {
  xlsx: { th: 'สมุดงาน Excel', en: 'The Excel workbook' },
  zip: { th: 'ไฟล์ ZIP', en: 'The ZIP archive' },
  parquet: { th: 'ไฟล์ Parquet', en: 'The Parquet file' },
};

export const limitMsg = {
  /** `counted`: the size was reached while inflating (headers under-declared it), so "at least". */
  expandedTooLarge: (
    file: string,
    kind: PackedKind,
    expanded: number,
    limit: number,
    counted = false,
  ) =>
    message(
      'expanded-too-large',
      `${PACKED[kind].th} ${quoted(file)} เมื่อคลายการบีบอัดจะมีขนาด${counted ? 'อย่างน้อย' : ''} ${megabytes(expanded)} เกินขีดจำกัด ${megabytes(limit)} จึงไม่ได้เปิดอ่าน: บันทึกเฉพาะแผ่นงานหรือคอลัมน์ที่ใช้ แบ่งเป็นหลายไฟล์ หรือรวมข้อมูลเป็นรายจังหวัดก่อน`,
      `${PACKED[kind].en} ${quoted(file)} would expand to ${counted ? 'at least ' : ''}${megabytes(expanded)}, over the ${megabytes(limit)} limit, so it was not opened: save only the sheet or columns you need, split it into smaller files, or aggregate it by province first`,
    ),
  tooManyVertices: (file: string, vertices: number, limit: number) =>
    message(
      'too-many-vertices',
      `ไฟล์ ${quoted(file)} มีจุดยอดของรูปทรง ${count(vertices)} จุด เกินขีดจำกัด ${count(limit)} จุด: ลดความละเอียดของรูปทรง (เช่น Simplify ใน QGIS หรือ mapshaper) แล้วนำเข้าอีกครั้ง หรือใช้ไฟล์ที่มีแต่จุดหรือรหัสจังหวัด`,
      `${quoted(file)} has ${count(vertices)} shape vertices, over the ${count(limit)} limit: simplify the shapes (e.g. Simplify in QGIS or mapshaper) and import it again, or use a file of points or province codes`,
    ),
  cancelled: (file: string) =>
    message(
      'import-cancelled',
      `ยกเลิกการนำเข้าแล้ว: ${quoted(file)} ไม่ได้ถูกเพิ่ม ชั้นข้อมูลและตารางเดิมยังอยู่ครบ`,
      `Import cancelled: ${quoted(file)} was not added; the layers and tables are as they were`,
    ),
  workerFailed: (file: string, detail: string) =>
    message(
      'import-worker-failed',
      `อ่านไฟล์ ${quoted(file)} ไม่สำเร็จ (${detail}): โหลดหน้าใหม่แล้วลองอีกครั้ง`,
      `${quoted(file)} could not be read (${detail}): reload the page and try again`,
    ),
};
