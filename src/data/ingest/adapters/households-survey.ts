/**
 * Household vaccination survey points (one row per household visited: province, longitude and
 * latitude or a GeoJSON point, members, members vaccinated, survey date). Personal data: the
 * adapter writes the RAW households table with the contract's minGroupSize, and the publish step
 * (src/data/published/aggregates.ts, run by the CLI) turns it into counts of at least k
 * households with complementary suppression; the records themselves are never published.
 */
import { findCoordinateColumns } from '../../import/detect-columns';
import { inThailand, matchPoints } from '../../import/match-points';
import { cellText, type RowPoint } from '../../import/raw-table';
import { DEFAULT_MIN_GROUP_SIZE } from '../../published/aggregates';
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

/** Header spellings of each column (the contract's own first). */
export const HOUSEHOLD_COLUMNS = {
  householdId: ['household_id', 'รหัสครัวเรือน', 'เลขที่ครัวเรือน', 'hh_id'],
  members: ['members', 'household_members', 'จำนวนสมาชิก', 'สมาชิกในครัวเรือน', 'สมาชิก'],
  vaccinated: ['members_vaccinated', 'vaccinated', 'สมาชิกที่ได้รับวัคซีน', 'ได้รับวัคซีน', 'จำนวนผู้ได้รับวัคซีน'],
  surveyed: ['surveyed', 'survey_date', 'วันที่สำรวจ', 'date', 'วันที่'],
} as const;

/** More members than this is a typing slip, not a household. */
export const MAX_MEMBERS = 30;

const SOURCE: LocalText = {
  th: 'การสำรวจครัวเรือนและการฉีดวัคซีน (ข้อมูลส่วนบุคคล เผยแพร่เฉพาะยอดรวม)',
  en: 'Household vaccination survey (personal data, published only in aggregate)',
};

type Columns = Record<keyof typeof HOUSEHOLD_COLUMNS, number | null>;

function columnsOf(source: ReadSource): Columns {
  return Object.fromEntries(
    Object.entries(HOUSEHOLD_COLUMNS).map(([key, names]) => [key, findColumn(source, names)]),
  ) as Columns;
}

/** Each row's point (null where left out: the reason is reported), or null with no coordinates. */
function pointsOf(source: ReadSource, report: ReportBuilder): readonly RowPoint[] | null {
  if (source.points !== null) {
    return source.points.map((point, r) => {
      const value = point === null ? '' : `${point[0]}, ${point[1]}`;
      const place = placeOf(source, r, 'geometry', value);
      if (point === null) {
        report.unmatchedRow(place, {
          th: 'ไม่มีพิกัดจุด — ใส่ลองจิจูดและละติจูดของที่อยู่ — แถวนี้ไม่ถูกนำเข้า',
          en: 'no point — give the dwelling’s longitude and latitude — row left out',
        });
        return null;
      }
      if (inThailand(point[0], point[1])) return point;
      report.outOfRangeValue(place, {
        th: 'พิกัดอยู่นอกประเทศไทย — ตรวจค่าลองจิจูด/ละติจูด — แถวนี้ไม่ถูกนำเข้า',
        en: 'the point is outside Thailand — check the longitude and latitude — row left out',
      });
      return null;
    });
  }
  const match = matchPoints(source.name, source.table, null);
  if (match === null) return null;
  for (const row of match.unmatched) {
    const place = {
      file: source.name,
      location: row.location,
      unit: row.unit,
      field: row.column,
      value: row.value,
    };
    const text = { th: `${row.th} — แถวนี้ไม่ถูกนำเข้า`, en: `${row.en} — row left out` };
    if (row.reason === 'outside-thailand' || row.reason === 'swapped') {
      report.outOfRangeValue(place, text);
    } else {
      report.unmatchedRow(place, text);
    }
  }
  for (const warning of match.warnings) report.warn(warning);
  return match.points;
}

/** A whole number in [min, max] of row `r`, or undefined after reporting it. */
function count(
  source: ReadSource,
  r: number,
  index: number,
  range: { min: number; max: number },
  report: ReportBuilder,
): number | undefined {
  const raw = cellAt(source, r, index);
  const value = numberCell(raw);
  if (value !== null && value !== undefined && Number.isInteger(value)) {
    if (value >= range.min && value <= range.max) return value;
  }
  report.outOfRangeValue(placeOf(source, r, columnName(source, index), cellText(raw)), {
    th: `ต้องเป็นจำนวนเต็มตั้งแต่ ${range.min} ถึง ${range.max} — แถวนี้ไม่ถูกนำเข้า`,
    en: `must be a whole number from ${range.min} to ${range.max} — row left out`,
  });
  return undefined;
}

/** A household read; its number is given after every file is read when the file has none. */
type Household = {
  readonly household_id: number | null;
  readonly province_code: number;
  readonly lon: number;
  readonly lat: number;
  readonly members: number;
  readonly members_vaccinated: number;
  readonly surveyed: string;
};

function householdRow(
  source: ReadSource,
  r: number,
  columns: Columns,
  context: IngestContext,
  report: ReportBuilder,
): Omit<Household, 'province_code' | 'lon' | 'lat'> | null {
  if (columns.members === null || columns.vaccinated === null) return null;
  const members = count(source, r, columns.members, { min: 1, max: MAX_MEMBERS }, report);
  if (members === undefined) return null;
  const vaccinated = count(source, r, columns.vaccinated, { min: 0, max: members }, report);
  if (vaccinated === undefined) return null;
  const dateRaw = cellAt(source, r, columns.surveyed);
  const surveyed = dateCell(dateRaw);
  const field = columns.surveyed === null ? 'surveyed' : columnName(source, columns.surveyed);
  const place = placeOf(source, r, field, cellText(dateRaw));
  if (surveyed === null || surveyed === undefined) {
    report.unmatchedRow(place, {
      th: `${surveyed === null ? 'ไม่มีวันที่สำรวจ' : 'วันที่สำรวจอ่านไม่ได้'} — ใส่วันที่ เช่น 2025-06-30 — แถวนี้ไม่ถูกนำเข้า`,
      en: `${surveyed === null ? 'no survey date' : 'unreadable survey date'} — write a date such as 2025-06-30 — row left out`,
    });
    return null;
  }
  if (surveyed > context.today) {
    report.outOfRangeValue(place, {
      th: `วันที่สำรวจ ${surveyed} อยู่ในอนาคต — แถวนี้ไม่ถูกนำเข้า ตรวจสอบปี (พ.ศ./ค.ศ.)`,
      en: `survey date ${surveyed} is in the future — row left out; check the year (BE/CE)`,
    });
    return null;
  }
  let id: number | null = null;
  if (columns.householdId !== null) {
    const idRaw = cellAt(source, r, columns.householdId);
    const value = numberCell(idRaw);
    if (value === null || value === undefined || !Number.isInteger(value) || value < 1) {
      report.unmatchedRow(
        placeOf(source, r, columnName(source, columns.householdId), cellText(idRaw)),
        {
          th: 'รหัสครัวเรือนต้องเป็นจำนวนเต็มบวก — แถวนี้ไม่ถูกนำเข้า',
          en: 'the household number must be a whole number above 0 — row left out',
        },
      );
      return null;
    }
    id = value;
  }
  return { household_id: id, members, members_vaccinated: vaccinated, surveyed };
}

function readFile(
  source: ReadSource,
  context: IngestContext,
  report: ReportBuilder,
  seen: Map<number, string>,
  kept: Household[],
): void {
  report.file(source);
  const codes = provinceCodes(source, context, report);
  const points = pointsOf(source, report);
  if (codes === null) return;
  if (points === null) {
    report.error({
      th: `${source.name}: ไม่พบพิกัด — ต้องมีคอลัมน์ lon และ lat (ลองจิจูด ละติจูด) หรือเป็นไฟล์ GeoJSON แบบจุด`,
      en: `${source.name}: no coordinates — it needs lon and lat columns or GeoJSON points`,
    });
    return;
  }
  const columns = columnsOf(source);
  source.table.rows.forEach((_, r) => {
    const code = codes[r];
    const point = points[r];
    if (code === null || code === undefined || point === null || point === undefined) return;
    const row = householdRow(source, r, columns, context, report);
    if (row === null) return;
    if (row.household_id !== null) {
      const place = placeOf(source, r, null, null);
      const first = seen.get(row.household_id);
      if (first !== undefined) {
        report.duplicate(place, {
          th: `รหัสครัวเรือน ${row.household_id} ซ้ำกับ ${first} — ใช้แถวแรก`,
          en: `household ${row.household_id} repeats ${first} — the first row is kept`,
        });
        return;
      }
      seen.set(
        row.household_id,
        `${source.name} ${place.unit ?? 'row'} ${place.location ?? r + 1}`,
      );
    }
    kept.push({ ...row, province_code: code, lon: point[0], lat: point[1] });
  });
}

/** Provinces with fewer than k households: the publish step will show nothing for them. */
function underK(rows: readonly Household[], k: number, context: IngestContext): LocalText[] {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const code = row.province_code;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const few = context.provinces.filter((p) => {
    const n = counts.get(p.code);
    return n !== undefined && n < k;
  });
  if (few.length === 0) return [];
  const names = few.map((p) => `${p.nameTh} (${counts.get(p.code) ?? 0})`).join(', ');
  return [
    {
      th: `${names}: สำรวจน้อยกว่า ${k} ครัวเรือน — จะไม่แสดงผลจังหวัดนี้เพื่อปกป้องข้อมูลส่วนบุคคล`,
      en: `${names}: fewer than ${k} households surveyed — not shown, to protect personal data`,
    },
  ];
}

function highestId(sources: readonly ReadSource[]): number {
  let highest = 0;
  for (const source of sources) {
    const index = columnsOf(source).householdId;
    if (index === null) continue;
    source.table.rows.forEach((_, r) => {
      const value = numberCell(cellAt(source, r, index));
      if (typeof value === 'number' && Number.isSafeInteger(value))
        highest = Math.max(highest, value);
    });
  }
  return highest;
}

function ingest(sources: readonly ReadSource[], context: IngestContext, options: IngestOptions) {
  const report = new ReportBuilder('households', householdsSurvey.id, context);
  const kept: Household[] = [];
  const seen = new Map<number, string>();
  for (const source of sources) readFile(source, context, report, seen, kept);
  if (kept.length === 0 && !report.failed) {
    return report.failNothingKept();
  }
  // Files without a household number are numbered after the highest number in any file, so
  // a number in the report (even of a row left out) never names two households.
  let next = highestId(sources) + 1;
  const rows: IngestRow[] = kept
    .map((row) => ({ ...row, household_id: row.household_id ?? next++ }))
    .sort((a, b) => a.household_id - b.household_id);
  const dates = rows.map((row) => String(row.surveyed)).sort();
  const asOf = dates[dates.length - 1] ?? '';
  const period = { from: dates[0] ?? asOf, to: asOf };
  const def = coreEntry('households', {
    source: options.source ?? SOURCE,
    licence: options.licence ?? 'personal data: not for publication as records',
    asOf,
    period,
  });
  const k = def.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  for (const text of underK(kept, k, context)) report.warn(text);
  report.caveat({
    th: `ข้อมูลส่วนบุคคล: แสดงเฉพาะกลุ่มที่มีอย่างน้อย ${k} ครัวเรือน กลุ่มที่เล็กกว่าถูกปิดไว้`,
    en: `personal data: only groups of at least ${k} households are shown; smaller groups are suppressed`,
  });
  const codes = new Set(rows.map((row) => Number(row.province_code)));
  return report.done([{ def, rows }], codes, asOf, period);
}

export const householdsSurvey: Adapter = {
  id: 'households-survey',
  dataset: 'households',
  describe: {
    th: 'จุดสำรวจครัวเรือน (CSV/Excel ที่มีลองจิจูด/ละติจูด หรือ GeoJSON แบบจุด)',
    en: 'household survey points (CSV/Excel with lon/lat, or GeoJSON points)',
  },
  needs: ['province', 'lon + lat (or GeoJSON points)', 'members', 'members_vaccinated', 'surveyed'],
  recognises: (source) =>
    hasColumns(source, [HOUSEHOLD_COLUMNS.members, HOUSEHOLD_COLUMNS.vaccinated]) &&
    (source.points !== null || findCoordinateColumns(source.table.headers) !== null),
  ingest,
};
