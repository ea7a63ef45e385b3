/**
 * The Damrongdhama Center case export, in the documented template
 * (public/templates/complaints-template.csv; no public copy of the real export exists). One row
 * per case: number, province, category, status, date received, date closed, security flag.
 * Thai or English headers and words; categories and statuses become the contract's codes
 * (complaints-vocabulary.ts). A case that cannot be placed or dated is left out and reported.
 */
import { cellText } from '../../import/raw-table';
import type { LocalText } from '../../manifest/manifest-types';
import { coreEntry } from '../core-entries';
import type { Adapter, IngestContext, IngestOptions, IngestRow, ReadSource } from '../ingest-types';
import { placeOf, ReportBuilder } from '../report-builder';
import {
  cellAt,
  columnName,
  dateCell,
  findColumn,
  hasColumns,
  numberCell,
  provinceCodes,
} from '../source-cells';
import {
  ACCEPTED_CATEGORIES,
  ACCEPTED_STATUSES,
  categoryCode,
  statusCode,
  yesNo,
} from './complaints-vocabulary';

/** Header spellings of each template column (the template's own first). */
export const COMPLAINT_COLUMNS = {
  caseId: ['case_id', 'เลขที่เรื่อง', 'เลขที่รับเรื่อง', 'รหัสเรื่อง', 'case no', 'case number'],
  category: ['category', 'ประเภทเรื่อง', 'ประเภท', 'หมวดเรื่อง'],
  status: ['status', 'สถานะ', 'สถานะเรื่อง', 'ผลการดำเนินการ'],
  received: ['received', 'วันที่รับเรื่อง', 'วันรับเรื่อง', 'date received'],
  closed: ['closed', 'วันที่ยุติเรื่อง', 'วันยุติเรื่อง', 'date closed'],
  security: ['security_sensitive', 'เรื่องความมั่นคง', 'ความมั่นคง', 'security'],
} as const;

const SOURCE: LocalText = {
  th: 'ศูนย์ดำรงธรรม กระทรวงมหาดไทย: เรื่องร้องเรียนรายกรณี',
  en: 'Damrongdhama Center, Ministry of Interior: complaint cases',
};

/** INTEGER columns are 32-bit. */
const MAX_CASE_ID = 2 ** 31 - 1;

type Columns = Record<keyof typeof COMPLAINT_COLUMNS, number | null>;

interface FileState {
  readonly source: ReadSource;
  readonly context: IngestContext;
  readonly report: ReportBuilder;
  readonly columns: Columns;
}

/** The text of a cell, and the name of its column, for messages. */
function cell(state: FileState, r: number, key: keyof Columns) {
  const index = state.columns[key];
  const raw = cellAt(state.source, r, index);
  const name = index === null ? COMPLAINT_COLUMNS[key][0] : columnName(state.source, index);
  return { raw, text: cellText(raw), name };
}

/** A required date of row `r`, or undefined after reporting why it is unusable. */
function requiredDate(state: FileState, r: number, key: 'received' | 'closed') {
  const { raw, text, name } = cell(state, r, key);
  const date = dateCell(raw);
  const place = placeOf(state.source, r, name, text);
  if (date === null || date === undefined) {
    state.report.unmatchedRow(place, {
      th: `${date === null ? 'ไม่มีวันที่' : 'วันที่อ่านไม่ได้'} — ใส่วันที่ เช่น 2025-03-14 หรือ 14/03/2568 — แถวนี้ไม่ถูกนำเข้า`,
      en: `${date === null ? 'no date' : 'unreadable date'} — write a date such as 2025-03-14 or 14/03/2568 — row left out`,
    });
    return undefined;
  }
  if (date > state.context.today) {
    state.report.outOfRangeValue(place, {
      th: `วันที่ ${date} อยู่ในอนาคต — แถวนี้ไม่ถูกนำเข้า ตรวจสอบปี (พ.ศ./ค.ศ.)`,
      en: `date ${date} is in the future — row left out; check the year (BE/CE)`,
    });
    return undefined;
  }
  return date;
}

/** The contract row of row `r`, or null when it is left out (the reason is reported). */
function caseRow(state: FileState, r: number, code: number): IngestRow | null {
  const { source, report } = state;
  const id = cell(state, r, 'caseId');
  const caseId = numberCell(id.raw);
  if (
    caseId === null ||
    caseId === undefined ||
    !Number.isInteger(caseId) ||
    caseId < 1 ||
    caseId > MAX_CASE_ID
  ) {
    report.unmatchedRow(placeOf(source, r, id.name, id.text), {
      th: 'เลขที่เรื่องต้องเป็นจำนวนเต็มบวก — แถวนี้ไม่ถูกนำเข้า',
      en: 'the case number must be a whole number above 0 — row left out',
    });
    return null;
  }
  const cat = cell(state, r, 'category');
  const category = categoryCode(cat.text);
  if (category === null) {
    report.unmatchedRow(placeOf(source, r, cat.name, cat.text), {
      th: `ไม่รู้จักประเภทเรื่อง "${cat.text}" — ใช้ได้: ${ACCEPTED_CATEGORIES.th} — แถวนี้ไม่ถูกนำเข้า`,
      en: `unknown category "${cat.text}" — use one of: ${ACCEPTED_CATEGORIES.en} — row left out`,
    });
    return null;
  }
  const st = cell(state, r, 'status');
  const status = statusCode(st.text);
  if (status === null) {
    report.unmatchedRow(placeOf(source, r, st.name, st.text), {
      th: `ไม่รู้จักสถานะ "${st.text}" — ใช้ได้: ${ACCEPTED_STATUSES.th} — แถวนี้ไม่ถูกนำเข้า`,
      en: `unknown status "${st.text}" — use one of: ${ACCEPTED_STATUSES.en} — row left out`,
    });
    return null;
  }
  const received = requiredDate(state, r, 'received');
  if (received === undefined) return null;
  const closedCell = cell(state, r, 'closed');
  let closed: string | null = null;
  if (status === 'closed') {
    const date = requiredDate(state, r, 'closed');
    if (date === undefined) return null;
    if (date < received) {
      report.outOfRangeValue(placeOf(source, r, closedCell.name, closedCell.text), {
        th: `วันยุติเรื่อง ${date} อยู่ก่อนวันรับเรื่อง ${received} — แก้วันที่ — แถวนี้ไม่ถูกนำเข้า`,
        en: `closed ${date} is before received ${received} — correct the dates — row left out`,
      });
      return null;
    }
    closed = date;
  } else if (closedCell.text !== '') {
    report.outOfRangeValue(placeOf(source, r, closedCell.name, closedCell.text), {
      th: `มีวันยุติเรื่องแต่สถานะเป็น ${status} — ไม่ใช้วันยุติเรื่อง แก้สถานะเป็น "ยุติเรื่อง" หากยุติแล้ว`,
      en: `a closed date on a case whose status is ${status} — the date is left out; set the status to closed if it is`,
    });
  }
  const sec = cell(state, r, 'security');
  const sensitive = typeof sec.raw === 'boolean' ? sec.raw : yesNo(sec.text);
  if (sensitive === null) {
    report.unmatchedRow(placeOf(source, r, sec.name, sec.text), {
      th: 'ต้องระบุว่าเป็นเรื่องความมั่นคงหรือไม่ — เขียน ใช่ หรือ ไม่ใช่ (yes/no) — แถวนี้ไม่ถูกนำเข้า',
      en: 'say whether the case touches on security — write yes or no (ใช่/ไม่ใช่) — row left out',
    });
    return null;
  }
  return {
    case_id: caseId,
    province_code: code,
    category,
    status,
    received,
    closed,
    security_sensitive: sensitive,
  };
}

function readFile(state: FileState, seen: Map<number, string>, rows: IngestRow[]): void {
  const { source, report } = state;
  report.file(source);
  const codes = provinceCodes(source, state.context, report);
  if (codes === null) return;
  if (state.columns.security === null) {
    report.error({
      th: `${source.name}: ไม่มีคอลัมน์ security_sensitive (เรื่องความมั่นคง) — เพิ่มคอลัมน์และใส่ ใช่/ไม่ใช่ ทุกแถว เพราะเรื่องความมั่นคงแสดงได้เฉพาะยอดรวม`,
      en: `${source.name}: no security_sensitive column — add it with yes/no on every row: security cases may only be shown in aggregate`,
    });
    return;
  }
  source.table.rows.forEach((_, r) => {
    const code = codes[r];
    if (code === null || code === undefined) return;
    const row = caseRow(state, r, code);
    if (row === null) return;
    const caseId = Number(row.case_id);
    const place = placeOf(source, r, cell(state, r, 'caseId').name, String(caseId));
    const first = seen.get(caseId);
    if (first !== undefined) {
      report.duplicate(place, {
        th: `เลขที่เรื่อง ${caseId} ซ้ำกับ ${first} — ใช้แถวแรก`,
        en: `case ${caseId} repeats ${first} — the first row is kept`,
      });
      return;
    }
    seen.set(caseId, `${source.name} ${place.unit ?? 'row'} ${place.location ?? r + 1}`);
    rows.push(row);
  });
}

function ingest(sources: readonly ReadSource[], context: IngestContext, options: IngestOptions) {
  const report = new ReportBuilder('complaints', complaintsTemplate.id, context);
  const rows: IngestRow[] = [];
  const seen = new Map<number, string>();
  for (const source of sources) {
    const columns = Object.fromEntries(
      Object.entries(COMPLAINT_COLUMNS).map(([key, names]) => [key, findColumn(source, names)]),
    ) as Columns;
    readFile({ source, context, report, columns }, seen, rows);
  }
  if (rows.length === 0 && !report.failed) {
    return report.failNothingKept();
  }
  rows.sort((a, b) => Number(a.case_id) - Number(b.case_id));
  const dates = rows.flatMap((row) => [
    String(row.received),
    ...(row.closed === null ? [] : [String(row.closed)]),
  ]);
  dates.sort();
  const received = rows.map((row) => String(row.received)).sort();
  const asOf = dates[dates.length - 1] ?? '';
  const period = { from: received[0] ?? asOf, to: asOf };
  const facts = {
    source: options.source ?? SOURCE,
    licence: options.licence ?? 'internal data of the Ministry of Interior (not for publication)',
    asOf,
    period,
  };
  const codes = new Set(rows.map((row) => Number(row.province_code)));
  return report.done([{ def: coreEntry('complaints', facts), rows }], codes, asOf, period);
}

export const complaintsTemplate: Adapter = {
  id: 'complaints-template',
  dataset: 'complaints',
  describe: {
    th: 'แม่แบบเรื่องร้องเรียนศูนย์ดำรงธรรม (public/templates/complaints-template.csv, CSV/Excel)',
    en: 'Damrongdhama Center case template (public/templates/complaints-template.csv, CSV/Excel)',
  },
  needs: [
    'case_id',
    'province',
    'category',
    'status',
    'received',
    '[closed]',
    'security_sensitive',
  ],
  recognises: (source) =>
    hasColumns(source, [
      COMPLAINT_COLUMNS.caseId,
      COMPLAINT_COLUMNS.category,
      COMPLAINT_COLUMNS.status,
      COMPLAINT_COLUMNS.received,
    ]),
  ingest,
};
