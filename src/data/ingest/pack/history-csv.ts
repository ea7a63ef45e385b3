/**
 * Reads back a published indicator CSV (the shape pack-csv.ts writes and the demo files use:
 * UTF-8, optional BOM, a header row, commas, RFC 4180 quotes, LF or CRLF line ends) so a new
 * ingest can keep its earlier dates. Strict on purpose: a file it cannot read stops the ingest
 * rather than losing rows, so every failure names the file and the line.
 */
import type { LocalText } from '../../manifest/manifest-types';

/** One data line: its 1-based line number in the file and its fields as text. */
export interface CsvLine {
  readonly line: number;
  readonly fields: readonly string[];
}

/** The file's header and data lines, or why it does not read. */
export type CsvRead =
  | { readonly ok: true; readonly header: readonly string[]; readonly lines: readonly CsvLine[] }
  | { readonly ok: false; readonly error: LocalText };

/** Splits `text` into records of fields; each record carries the line it starts on. */
function records(text: string): { line: number; fields: string[] }[] | number {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      fields.push(field);
      out.push({ line: start, fields });
      fields = [];
      field = '';
      line += 1;
      start = line;
    } else {
      field += char;
    }
  }
  // An open quote at the end means the file was cut short: its last rows are not all there.
  if (quoted) return start;
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    out.push({ line: start, fields });
  }
  return out;
}

/** Reads `text` (the file `name`) as a CSV with a header row. Never throws. */
export function readHistoryCsv(name: string, text: string): CsvRead {
  const parsed = records(text.replace(/^\uFEFF/, ''));
  if (typeof parsed === 'number') {
    return {
      ok: false,
      error: {
        th: `${name} บรรทัด ${parsed}: เครื่องหมายคำพูดไม่ปิด — ไฟล์อาจไม่ครบ คืนไฟล์เดิมที่สมบูรณ์ก่อนนำเข้า`,
        en: `${name}, line ${parsed}: a quote is never closed — the file may be cut short; restore the complete file before ingesting`,
      },
    };
  }
  const nonEmpty = parsed.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  const [head, ...rest] = nonEmpty;
  if (head === undefined) {
    return {
      ok: false,
      error: {
        th: `${name}: ไฟล์ว่าง ไม่มีแถวหัวตาราง — คืนไฟล์เดิมหรือลบรายการนี้ออกจาก manifest.json ก่อนนำเข้า`,
        en: `${name}: the file is empty, with no header row — restore it, or remove its entry from manifest.json, before ingesting`,
      },
    };
  }
  const header = head.fields.map((f) => f.trim());
  for (const record of rest) {
    if (record.fields.length !== header.length) {
      return {
        ok: false,
        error: {
          th: `${name} บรรทัด ${record.line}: มี ${record.fields.length} ช่อง แต่หัวตารางมี ${header.length} — แก้บรรทัดนี้หรือคืนไฟล์เดิมก่อนนำเข้า`,
          en: `${name}, line ${record.line}: ${record.fields.length} fields where the header has ${header.length} — fix this line or restore the file before ingesting`,
        },
      };
    }
  }
  return { ok: true, header, lines: rest.map((r) => ({ line: r.line, fields: r.fields })) };
}
