/**
 * Reads one returned template: finds the template's id, checks the key cells against it
 * (province code and name changed, rows added, repeated or removed, headers renamed) and reads
 * each answered row's figures and reply date, checking them as the template's validation did
 * (Excel's check is easy to get round by pasting). Every problem keeps its file, row and column.
 */
import { cellText } from '../../import/raw-table';
import type { LocalText } from '../../manifest/manifest-types';
import type { IngestValue, ReadSource } from '../ingest-types';
import { placeOf, type Place } from '../report-builder';
import { cellAt, dateCell, numberCell } from '../source-cells';
import { parseTemplateId, type TemplateId } from './template-id';
import type { ReportColumn } from './template-spec';
import {
  CODE_COLUMN,
  ID_COLUMN,
  NAME_COLUMN,
  nameInHeader,
  REPLY_COLUMN,
} from './template-workbook';

/** A problem and where it is. */
export interface Problem {
  readonly place: Place;
  readonly text: LocalText;
}

/** One province's answer in one file. */
export interface Answer {
  readonly code: number;
  readonly place: Place;
  readonly values: Readonly<Record<string, IngestValue>>;
  readonly replyDate: string | null;
}

/** The columns of a file by the names in its headers' brackets. */
export function columnsByName(source: ReadSource): ReadonlyMap<string, number> {
  const columns = new Map<string, number>();
  source.table.headers.forEach((header, index) => {
    const name = nameInHeader(header);
    if (name !== null && !columns.has(name)) columns.set(name, index);
  });
  return columns;
}

/** The template id of the file: the first row whose id cell holds one. */
export function fileTemplateId(source: ReadSource): TemplateId | null {
  const index = columnsByName(source).get(ID_COLUMN);
  if (index === undefined) return null;
  for (let r = 0; r < source.table.rows.length; r += 1) {
    const id = parseTemplateId(cellText(cellAt(source, r, index)));
    if (id !== null) return id;
  }
  return null;
}

const KEEP_TEMPLATE = {
  th: 'ใช้แบบรายงานตามที่ส่งไป แถวนี้ไม่ถูกนำเข้า',
  en: 'use the template as sent; row left out',
};

function valueOf(
  column: ReportColumn,
  raw: ReturnType<typeof cellAt>,
): { value: IngestValue } | { problem: LocalText } {
  if (column.kind === 'category') {
    const text = cellText(raw);
    if (text === '') return { value: null };
    if ((column.options ?? []).includes(text)) return { value: text };
    const list = (column.options ?? []).join(', ');
    return {
      problem: {
        th: `ต้องเป็นค่าหนึ่งใน: ${list} — แก้แล้วส่งใหม่ ค่านี้ไม่ถูกนำเข้า`,
        en: `must be one of: ${list} — correct it and send again; value left out`,
      },
    };
  }
  const n = numberCell(raw);
  if (n === null) return { value: null };
  if (n !== undefined && n >= 0 && (column.kind === 'number' || Number.isInteger(n))) {
    return { value: n };
  }
  return column.kind === 'count'
    ? {
        problem: {
          th: 'ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป — แก้แล้วส่งใหม่ ค่านี้ไม่ถูกนำเข้า',
          en: 'must be a whole number, 0 or more — correct it and send again; value left out',
        },
      }
    : {
        problem: {
          th: 'ต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป — แก้แล้วส่งใหม่ ค่านี้ไม่ถูกนำเข้า',
          en: 'must be a number, 0 or more — correct it and send again; value left out',
        },
      };
}

/** What one file holds. */
export interface ReplyRead {
  readonly answers: readonly Answer[];
  readonly editedKeys: readonly Problem[];
  readonly invalidValues: readonly Problem[];
  /** Answered rows with figures left blank: allowed, but the centre follows them up. */
  readonly blankFigures: readonly Problem[];
}

/** Reads the rows of `source`, a reply to `template`. */
export function readReply(
  source: ReadSource,
  template: TemplateId,
  nameOf: ReadonlyMap<number, string>,
  today: string,
): ReplyRead {
  const { spec } = template;
  const columns = columnsByName(source);
  const editedKeys: Problem[] = [];
  const invalidValues: Problem[] = [];
  const blankFigures: Problem[] = [];
  const answers: Answer[] = [];
  const fileWide = (field: string | null, value: string | null, text: LocalText): Problem => ({
    place: { file: source.name, location: null, unit: null, field, value },
    text,
  });
  const wanted = [CODE_COLUMN, NAME_COLUMN, ...spec.columns.map((c) => c.name), REPLY_COLUMN];
  for (const name of wanted.filter((n) => !columns.has(n))) {
    editedKeys.push(
      fileWide(name, null, {
        th: `ไม่พบคอลัมน์ (${name}) — หัวคอลัมน์ถูกแก้ไขหรือลบ ใช้แบบรายงานตามที่ส่งไป`,
        en: `no column (${name}) — a header was changed or deleted; use the template as sent`,
      }),
    );
  }
  const codeIndex = columns.get(CODE_COLUMN) ?? null;
  const nameIndex = columns.get(NAME_COLUMN) ?? null;
  const idIndex = columns.get(ID_COLUMN) ?? null;
  const replyIndex = columns.get(REPLY_COLUMN) ?? null;
  const firstRow = new Map<number, number | null>();
  // Codes whose row is still there, even if its name was edited: only the others were removed.
  const present = new Set<number>();
  source.table.rows.forEach((_, r) => {
    const cell = (index: number | null) => cellAt(source, r, index);
    const filled = spec.columns.some((c) => cellText(cell(columns.get(c.name) ?? null)) !== '');
    const answered = filled || cellText(cell(replyIndex)) !== '';
    const edited = (field: string, value: string, text: LocalText) =>
      editedKeys.push({
        place: placeOf(source, r, field, value),
        text: { th: `${text.th} — ${KEEP_TEMPLATE.th}`, en: `${text.en} — ${KEEP_TEMPLATE.en}` },
      });
    if (cellText(cell(idIndex)) !== template.text) {
      if (answered) {
        edited(ID_COLUMN, '', {
          th: 'แถวนี้ไม่มีในแบบรายงาน (เพิ่มเข้ามาหรือคัดลอกจากแบบรายงานอื่น)',
          en: 'this row is not in the template (added, or copied from another template)',
        });
      }
      return;
    }
    const codeText = cellText(cell(codeIndex));
    const code = numberCell(cell(codeIndex));
    if (typeof code !== 'number' || !spec.codes.includes(code)) {
      edited(CODE_COLUMN, codeText, {
        th: 'รหัสจังหวัดถูกแก้ไข (ไม่มีในแบบรายงาน)',
        en: 'the province code was changed (not in the template)',
      });
      return;
    }
    present.add(code);
    const expected = nameOf.get(code) ?? String(code);
    const name = cellText(cell(nameIndex));
    if (name !== expected) {
      edited(NAME_COLUMN, name, {
        th: `ชื่อจังหวัดถูกแก้ไข จากเดิม "${expected}"`,
        en: `the province name was changed from "${expected}"`,
      });
      return;
    }
    const place = placeOf(source, r, null, null);
    if (firstRow.has(code)) {
      edited(CODE_COLUMN, codeText, {
        th: `จังหวัดนี้ซ้ำกับแถว ${String(firstRow.get(code))}`,
        en: `this province repeats row ${String(firstRow.get(code))}`,
      });
      return;
    }
    firstRow.set(code, place.location);
    if (!answered) return;
    const values: Record<string, IngestValue> = {};
    const blank: string[] = [];
    for (const column of spec.columns) {
      const index = columns.get(column.name) ?? null;
      const read = valueOf(column, cell(index));
      if ('value' in read) {
        values[column.name] = read.value;
        if (read.value === null) blank.push(column.name);
        continue;
      }
      values[column.name] = null;
      const value = cellText(cell(index));
      invalidValues.push({ place: placeOf(source, r, column.name, value), text: read.problem });
    }
    if (blank.length > 0) {
      blankFigures.push({
        place: placeOf(source, r, blank.join(', '), ''),
        text: {
          th: 'ยังว่าง — กรอกตัวเลข หรือยืนยันกับจังหวัดว่าไม่มีข้อมูล',
          en: 'left blank — fill in the figure, or confirm with the province that there is none',
        },
      });
    }
    let replyDate = dateCell(cell(replyIndex)) ?? null;
    const replyText = cellText(cell(replyIndex));
    const replyProblem = (th: string, en: string) =>
      invalidValues.push({ place: placeOf(source, r, REPLY_COLUMN, replyText), text: { th, en } });
    if (replyDate === null) {
      replyProblem(
        replyText === '' ? 'ไม่มีวันที่ตอบ — ใส่วันที่ตอบ (วัน/เดือน/ปี)' : 'อ่านวันที่ตอบไม่ได้ — ใส่เป็น วัน/เดือน/ปี',
        replyText === ''
          ? 'no reply date — fill in the date of the reply'
          : 'unreadable reply date — write it as day/month/year',
      );
    } else if (replyDate > today) {
      replyProblem(
        `วันที่ตอบ ${replyDate} อยู่ในอนาคต — ตรวจสอบปี (พ.ศ./ค.ศ.) วันที่นี้ไม่ถูกนำเข้า`,
        `reply date ${replyDate} is in the future — check the year (BE/CE); date left out`,
      );
      replyDate = null;
    }
    answers.push({ code, place, values, replyDate });
  });
  const missing = spec.codes.filter((code) => !present.has(code));
  if (missing.length > 0 && codeIndex !== null) {
    const names = missing.map((code) => nameOf.get(code) ?? String(code)).join(', ');
    editedKeys.push(
      fileWide(CODE_COLUMN, names, {
        th: `แถวของ ${names} ถูกลบหรือแก้ไข — ใช้แบบรายงานตามที่ส่งไป`,
        en: `the rows of ${names} were deleted or changed — use the template as sent`,
      }),
    );
  }
  return { answers, editedKeys, invalidValues, blankFigures };
}
