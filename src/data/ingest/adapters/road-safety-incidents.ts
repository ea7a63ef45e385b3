/**
 * Per-incident crash files (CSV or Excel, Thai or English headers; the accepted spellings are in
 * public/templates/README.md): one row per crash with its date (and time), province, lat/lon,
 * deaths, injuries, cause and vehicle. Rows become the road_safety contract: numbered in time
 * order, cause and vehicle words mapped onto the app's codes, festival and festival_day derived
 * from the date. Rows with no usable point, a negative count or a future date are left out and
 * named in the report.
 */
import { matchPoints } from '../../import/match-points';
import { cellText, type RawCell } from '../../import/raw-table';
import type { LocalText } from '../../manifest/manifest-types';
import { coreEntry } from '../core-entries';
import type { Adapter, IngestContext, IngestOptions, IngestRow, ReadSource } from '../ingest-types';
import { placeOf, prefixOf, ReportBuilder } from '../report-builder';
import {
  cellAt,
  columnName,
  dateCell,
  findColumn,
  hasColumns,
  numberCell,
  provinceCodes,
} from '../source-cells';
import { findCoordinateColumns } from '../../import/detect-columns';
import { inProvince, type ShapesContext } from './province-shapes';
import {
  CAUSE_CODES,
  causeMapper,
  festivalOf,
  unknownWordsWarning,
  VEHICLE_CODES,
  vehicleMapper,
  type WordMapper,
} from './road-safety-vocab';

export const INCIDENT_COLUMNS = {
  date: ['date', 'occurred_at', 'วันที่', 'วันที่เกิดเหตุ', 'วันเกิดเหตุ', 'accident_date', 'incident_date'],
  time: ['time', 'เวลา', 'เวลาเกิดเหตุ', 'accident_time', 'incident_time'],
  id: ['incident_id', 'id', 'case_no', 'เลขที่', 'เลขที่เหตุ', 'รหัสเหตุ'],
  deaths: ['deaths', 'dead', 'killed', 'เสียชีวิต', 'ผู้เสียชีวิต', 'จำนวนผู้เสียชีวิต', 'ตาย'],
  injuries: ['injuries', 'injured', 'บาดเจ็บ', 'ผู้บาดเจ็บ', 'จำนวนผู้บาดเจ็บ', 'เจ็บ'],
  cause: ['cause', 'สาเหตุ', 'มูลเหตุ', 'สาเหตุหลัก', 'มูลเหตุสันนิษฐาน'],
  vehicle: ['vehicle', 'ยานพาหนะ', 'พาหนะ', 'ประเภทรถ', 'vehicle_type', 'รถ'],
} as const;

const SOURCE: LocalText = {
  th: 'ไฟล์อุบัติเหตุรายเหตุการณ์ที่นำเข้า (ระบุผู้เผยแพร่ด้วย --source-th และ --source-en)',
  en: 'Per-incident crash file as ingested (name its publisher with --source-th and --source-en)',
};

/** "HH:MM[:SS]" found in `text` after a date or on its own, as HH:MM:SS; null when none. */
function timeOfText(text: string): string | null {
  const match = /(?:^|[T\s])(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*น\.?)?\s*$/.exec(text);
  if (match === null) return null;
  const [, h = '', m = '', s = '00'] = match;
  if (Number(h) > 23 || Number(m) > 59 || Number(s) > 59) return null;
  return `${h.padStart(2, '0')}:${m}:${s}`;
}

/** The time of day of a cell: an Excel time (a fraction of a day or a Date) or text. */
function timeOfCell(cell: RawCell): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (cell instanceof Date) {
    return `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}:${pad(cell.getUTCSeconds())}`;
  }
  if (typeof cell === 'number' && cell >= 0 && cell < 1) {
    const seconds = Math.round(cell * 86_400);
    return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  }
  return timeOfText(cellText(cell));
}

interface Incident {
  readonly occurredAt: string;
  readonly code: number;
  readonly lon: number;
  readonly lat: number;
  readonly deaths: number;
  readonly injuries: number;
  readonly vehicle: string;
  readonly cause: string;
}

interface Mappers {
  readonly vehicle: WordMapper;
  readonly cause: WordMapper;
}

/** A count cell: a whole number not below 0, or undefined with the row noted as out of range. */
function countOf(
  source: ReadSource,
  r: number,
  index: number,
  report: ReportBuilder,
): number | undefined {
  const cell = cellAt(source, r, index);
  const value = numberCell(cell);
  if (value === null) return 0;
  if (value !== undefined && value >= 0 && Number.isInteger(value)) return value;
  report.outOfRangeValue(placeOf(source, r, columnName(source, index), cellText(cell)), {
    th: 'จำนวนผู้เสียชีวิตหรือบาดเจ็บต้องเป็นจำนวนเต็มไม่ติดลบ — แถวนี้ไม่ถูกนำเข้า แก้ตัวเลขแล้วนำเข้าใหม่',
    en: 'deaths and injuries must be whole numbers, not negative — row left out; correct the figure and ingest again',
  });
  return undefined;
}

/** A warning for a point outside the province its row names: the row is kept as it is. */
function outsideProvince(
  source: ReadSource,
  r: number,
  code: number,
  point: readonly [number, number],
  context: IngestContext,
  report: ReportBuilder,
): void {
  const name = context.provinces.find((p) => p.code === code)?.nameTh ?? String(code);
  const prefix = prefixOf(placeOf(source, r, null, `${point[0]}, ${point[1]}`));
  report.warn({
    th: `${prefix.th}: พิกัด ${point[1]}, ${point[0]} (ละติจูด, ลองจิจูด) ไม่อยู่ใน${name} ซึ่งเป็นจังหวัดที่ระบุ — นำเข้าตามจังหวัดที่ระบุ ตรวจสอบพิกัดหรือชื่อจังหวัด`,
    en: `${prefix.en}: the point ${point[1]}, ${point[0]} (lat, lon) is not in ${name}, the province the row names — ingested under that province; check the point or the province`,
  });
}

function readFile(
  source: ReadSource,
  context: ShapesContext,
  report: ReportBuilder,
  mappers: Mappers,
  seen: Map<string, string>,
  kept: Incident[],
): void {
  report.file(source);
  const codes = provinceCodes(source, context, report);
  const points = matchPoints(source.name, source.table, null);
  if (codes === null) return;
  if (points === null) {
    report.error({
      th: `${source.name}: ไม่พบพิกัดละติจูด/ลองจิจูดที่อ่านได้ (คอลัมน์ lat, lon) — ใส่พิกัดของแต่ละเหตุ`,
      en: `${source.name}: no readable latitude/longitude (columns lat, lon) — give each incident's point`,
    });
    return;
  }
  for (const warning of points.warnings) report.warn(warning);
  for (const row of points.unmatched) {
    const place = { file: source.name, location: row.location, unit: row.unit };
    report.unmatchedRow({ ...place, field: row.column, value: row.value }, row);
  }
  const at = (names: readonly string[]) => findColumn(source, names);
  const dateIndex = at(INCIDENT_COLUMNS.date);
  const timeIndex = at(INCIDENT_COLUMNS.time);
  const idIndex = at(INCIDENT_COLUMNS.id);
  const deathsIndex = at(INCIDENT_COLUMNS.deaths);
  const injuriesIndex = at(INCIDENT_COLUMNS.injuries);
  const causeIndex = at(INCIDENT_COLUMNS.cause);
  const vehicleIndex = at(INCIDENT_COLUMNS.vehicle);
  if (dateIndex === null || deathsIndex === null || injuriesIndex === null) return;
  if (causeIndex === null) {
    report.warn({
      th: `${source.name}: ไม่มีคอลัมน์สาเหตุ (cause/สาเหตุ) — บันทึกเป็น "ไม่ทราบสาเหตุ" (unknown)`,
      en: `${source.name}: no cause column (cause/สาเหตุ) — written as 'unknown'`,
    });
  }
  if (vehicleIndex === null) {
    report.warn({
      th: `${source.name}: ไม่มีคอลัมน์ยานพาหนะ (vehicle/ยานพาหนะ) — บันทึกเป็น "อื่น ๆ" (other)`,
      en: `${source.name}: no vehicle column (vehicle/ยานพาหนะ) — written as 'other'`,
    });
  }
  source.table.rows.forEach((_, r) => {
    const code = codes[r];
    const point = points.points[r];
    if (code === null || code === undefined || point === null || point === undefined) return;
    const dateRaw = cellAt(source, r, dateIndex);
    const date = dateCell(dateRaw);
    const dateField = columnName(source, dateIndex);
    if (date === null || date === undefined) {
      report.unmatchedRow(placeOf(source, r, dateField, cellText(dateRaw)), {
        th: `${date === null ? 'ไม่มีวันที่' : 'วันที่อ่านไม่ได้'} — ใส่วันที่เกิดเหตุ เช่น 2025-04-12 หรือ 12/04/2568`,
        en: `${date === null ? 'no date' : 'unreadable date'} — give the incident's date, e.g. 2025-04-12 or 12/04/2568`,
      });
      return;
    }
    if (date > context.today) {
      report.outOfRangeValue(placeOf(source, r, dateField, date), {
        th: `วันที่ ${date} อยู่ในอนาคต — แถวนี้ไม่ถูกนำเข้า ตรวจสอบปี (พ.ศ./ค.ศ.)`,
        en: `date ${date} is in the future — row left out; check the year (BE/CE)`,
      });
      return;
    }
    const time =
      (timeIndex === null ? null : timeOfCell(cellAt(source, r, timeIndex))) ??
      timeOfCell(dateRaw) ??
      '00:00:00';
    const deaths = countOf(source, r, deathsIndex, report);
    const injuries = countOf(source, r, injuriesIndex, report);
    if (deaths === undefined || injuries === undefined) return;
    const occurredAt = `${date} ${time}`;
    const [lon, lat] = point;
    const id = idIndex === null ? '' : cellText(cellAt(source, r, idIndex));
    const key =
      id !== '' ? `id:${id}` : `${occurredAt}|${code}|${lon}|${lat}|${deaths}|${injuries}`;
    const place = placeOf(source, r, null, null);
    const first = seen.get(key);
    if (first !== undefined) {
      report.duplicate(place, {
        th: `เหตุเดียวกับ ${first} (${id === '' ? 'วันเวลา จังหวัด พิกัด และจำนวนเท่ากัน' : `เลขที่ ${id}`}) — ใช้แถวแรก`,
        en: `the same incident as ${first} (${id === '' ? 'same time, province, point and counts' : `id ${id}`}) — the first row is kept`,
      });
      return;
    }
    seen.set(key, `${source.name} ${place.unit ?? 'row'} ${place.location ?? r + 1}`);
    if (inProvince(context, code, lon, lat) === false)
      outsideProvince(source, r, code, point, context, report);
    const word = (index: number | null) =>
      index === null ? '' : cellText(cellAt(source, r, index));
    const vehicle = mappers.vehicle.code(word(vehicleIndex));
    const cause = mappers.cause.code(word(causeIndex));
    kept.push({ occurredAt, code, lon, lat, deaths, injuries, vehicle, cause });
  });
}

function ingest(sources: readonly ReadSource[], context: ShapesContext, options: IngestOptions) {
  const report = new ReportBuilder('road_safety', roadSafetyIncidents.id, context);
  const mappers: Mappers = { vehicle: vehicleMapper(), cause: causeMapper() };
  const kept: Incident[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) readFile(source, context, report, mappers, seen, kept);
  const vehicleWarning = unknownWordsWarning(
    mappers.vehicle,
    { th: 'ยานพาหนะ', en: 'vehicle' },
    VEHICLE_CODES,
  );
  const causeWarning = unknownWordsWarning(
    mappers.cause,
    { th: 'สาเหตุ', en: 'cause' },
    CAUSE_CODES,
  );
  for (const warning of [vehicleWarning, causeWarning]) if (warning !== null) report.warn(warning);
  if (kept.length === 0 && !report.failed) {
    return report.failNothingKept();
  }
  // Numbered in time order (the contract's incident_id); the file order breaks ties.
  const ordered = kept
    .map((incident, order) => ({ incident, order }))
    .sort((a, b) => a.incident.occurredAt.localeCompare(b.incident.occurredAt) || a.order - b.order)
    .map((o) => o.incident);
  const rows: IngestRow[] = ordered.map((k, i) => {
    const date = k.occurredAt.slice(0, 10);
    const festival = festivalOf(date);
    return {
      incident_id: i + 1,
      occurred_at: k.occurredAt,
      date,
      province_code: k.code,
      lon: k.lon,
      lat: k.lat,
      deaths: k.deaths,
      injuries: k.injuries,
      vehicle: k.vehicle,
      cause: k.cause,
      festival: festival?.festival ?? null,
      festival_day: festival?.day ?? null,
    };
  });
  const period = {
    from: ordered[0]?.occurredAt.slice(0, 10) ?? '',
    to: ordered[ordered.length - 1]?.occurredAt.slice(0, 10) ?? '',
  };
  const def = {
    ...coreEntry('road_safety', {
      source: options.source ?? SOURCE,
      licence: options.licence ?? 'not stated (name it with --licence)',
      asOf: period.to,
      period,
    }),
    // As the demo's entry: the views read the published aggregates; the dots load when zoomed in.
    deferred: true,
  };
  const codes = new Set(ordered.map((k) => k.code));
  return report.done([{ def, rows }], codes, period.to, period);
}

export const roadSafetyIncidents: Adapter = {
  id: 'road-safety-incidents',
  dataset: 'road_safety',
  describe: {
    th: 'ไฟล์อุบัติเหตุรายเหตุการณ์ (CSV/Excel, แม่แบบ public/templates/road-safety-incidents.csv)',
    en: 'per-incident crash file (CSV/Excel, template public/templates/road-safety-incidents.csv)',
  },
  needs: ['date', '[time]', 'province', 'lat', 'lon', 'deaths', 'injuries', '[cause]', '[vehicle]'],
  recognises: (source) =>
    hasColumns(source, [
      INCIDENT_COLUMNS.date,
      INCIDENT_COLUMNS.deaths,
      INCIDENT_COLUMNS.injuries,
    ]) && findCoordinateColumns(source.table.headers) !== null,
  ingest,
};
