/**
 * The per-province daily report of the 7 dangerous days (template public/templates/
 * road-safety-7days.csv, documented in public/templates/README.md): one row per province and
 * day with crashes, deaths and injuries. It has no incident points, causes or vehicles, so it
 * cannot be the raw incidents the publish step aggregates. It writes what the views read: the
 * published aggregates road_safety_daily (layer, KPI, ranking, daily series, the 7 dangerous
 * days) and the per-cause and per-vehicle ones with every crash under 'unknown'; and the
 * road_safety entry itself as the report's rows (the app loads no empty table), its incident
 * fields empty. No density cells are written: the app's fallback over the raw table finds no
 * points. A caveat says plainly that there are no incident points.
 * The CLI writes these tables as they are, without the publish step (they carry aggregateOf).
 */
import { cellText } from '../../import/raw-table';
import type { ColumnDef, DatasetDef, LocalText } from '../../manifest/manifest-types';
import { aggregateDef } from '../../published/aggregates';
import { coreEntry } from '../core-entries';
import type {
  Adapter,
  IngestContext,
  IngestedTable,
  IngestOptions,
  IngestRow,
  ReadSource,
} from '../ingest-types';
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
import { festivalOf, wordKey, type FestivalDay } from './road-safety-vocab';

export const SEVEN_DAYS_COLUMNS = {
  date: ['date', 'วันที่', 'report_date', 'วันที่รายงาน'],
  crashes: ['crashes', 'accidents', 'อุบัติเหตุ', 'จำนวนอุบัติเหตุ', 'เกิดเหตุ', 'ครั้ง'],
  deaths: ['deaths', 'dead', 'เสียชีวิต', 'ผู้เสียชีวิต'],
  injuries: ['injuries', 'injured', 'บาดเจ็บ', 'ผู้บาดเจ็บ', 'บาดเจ็บ (admit)'],
  festival: ['festival', 'เทศกาล'],
  festivalDay: ['festival_day', 'วันที่ของเทศกาล', 'วันที่ของการรณรงค์'],
} as const;

const FESTIVAL_WORDS = new Map<string, FestivalDay['festival']>(
  [
    ['newyear', 'newyear'],
    ['new year', 'newyear'],
    ['ปีใหม่', 'newyear'],
    ['songkran', 'songkran'],
    ['สงกรานต์', 'songkran'],
  ].map(([word, code]) => [wordKey(word ?? ''), code as FestivalDay['festival']]),
);

const SOURCE: LocalText = {
  th: 'รายงานอุบัติเหตุช่วง 7 วันอันตราย รายจังหวัดรายวัน (ระบุผู้เผยแพร่ด้วย --source-th และ --source-en)',
  en: 'Per-province daily report of the 7 dangerous days (name its publisher with --source-th and --source-en)',
};

const TITLE: LocalText = {
  th: 'อุบัติเหตุทางถนนช่วง 7 วันอันตราย (รายงานของจังหวัด)',
  en: 'Road crashes in the 7 dangerous days (province reports)',
};

export const NO_POINTS_CAVEAT: LocalText = {
  th: 'รายงานรายจังหวัดรายวัน ไม่มีจุดเกิดเหตุ สาเหตุ หรือประเภทยานพาหนะ — แผนที่แสดงได้เฉพาะผู้เสียชีวิตต่อประชากร 100,000 คนรายจังหวัด ไม่มีจุดเกิดเหตุและความหนาแน่น และทุกเหตุนับเป็น "ไม่ทราบ" ในการแยกตามสาเหตุหรือยานพาหนะ',
  en: "a per-province daily report: no incident points, causes or vehicles — the map can show deaths per 100,000 per province only; there are no dots or density, and every crash counts as 'unknown' in the cause and vehicle breakdowns",
};

/** The incident columns a report row has no value for. */
const NO_INCIDENT: IngestRow = {
  incident_id: null,
  occurred_at: null,
  lon: null,
  lat: null,
  vehicle: null,
  cause: null,
};

/**
 * The raw table's columns: the contract's, with the incident fields empty (nullable) and a
 * crashes column, since a row is one province's day, not one incident.
 */
const REPORT_COLUMNS = (contract: readonly ColumnDef[]): readonly ColumnDef[] => [
  ...contract.map((c) => (c.name in NO_INCIDENT ? { ...c, nullable: true } : c)),
  {
    name: 'crashes',
    type: 'INTEGER',
    nullable: false,
    description:
      'Crashes the province reported that day (a row is a province and day, not an incident)',
  },
];

interface Day {
  readonly code: number;
  readonly date: string;
  readonly festival: FestivalDay | null;
  readonly crashes: number;
  readonly deaths: number;
  readonly injuries: number;
}

/** The festival day a row names itself (campaign windows move a little from year to year), else the contract's. */
function festivalOfRow(source: ReadSource, r: number, date: string): FestivalDay | null {
  const festivalIndex = findColumn(source, SEVEN_DAYS_COLUMNS.festival);
  const dayIndex = findColumn(source, SEVEN_DAYS_COLUMNS.festivalDay);
  const festival = FESTIVAL_WORDS.get(wordKey(cellText(cellAt(source, r, festivalIndex))));
  const day = numberCell(cellAt(source, r, dayIndex));
  if (festival !== undefined && typeof day === 'number' && Number.isInteger(day)) {
    if (day >= 1 && day <= 7) return { festival, day };
  }
  return festivalOf(date);
}

type Counts = Pick<Day, 'crashes' | 'deaths' | 'injuries'>;

function countsOf(source: ReadSource, r: number, report: ReportBuilder): Counts | null {
  const counts: Partial<Record<keyof Counts, number>> = {};
  for (const key of ['crashes', 'deaths', 'injuries'] as const) {
    const index = findColumn(source, SEVEN_DAYS_COLUMNS[key]);
    const cell = cellAt(source, r, index);
    const value = numberCell(cell);
    if (value === undefined || value === null || value < 0 || !Number.isInteger(value)) {
      const field = index === null ? key : columnName(source, index);
      report.outOfRangeValue(placeOf(source, r, field, cellText(cell)), {
        th: 'ต้องเป็นจำนวนเต็มไม่ติดลบ (ใส่ 0 ถ้าไม่มี) — แถวนี้ไม่ถูกนำเข้า แก้ตัวเลขแล้วนำเข้าใหม่',
        en: 'must be a whole number, not negative (0 when none) — row left out; correct the figure and ingest again',
      });
      return null;
    }
    counts[key] = value;
  }
  return counts as Counts;
}

function readFile(
  source: ReadSource,
  context: IngestContext,
  report: ReportBuilder,
  seen: Map<string, string>,
  kept: Day[],
): void {
  report.file(source);
  const codes = provinceCodes(source, context, report);
  if (codes === null) return;
  const dateIndex = findColumn(source, SEVEN_DAYS_COLUMNS.date);
  source.table.rows.forEach((_, r) => {
    const code = codes[r];
    if (code === null || code === undefined) return;
    const dateRaw = cellAt(source, r, dateIndex);
    const date = dateCell(dateRaw);
    const dateField = dateIndex === null ? 'date' : columnName(source, dateIndex);
    if (date === null || date === undefined) {
      report.unmatchedRow(placeOf(source, r, dateField, cellText(dateRaw)), {
        th: `${date === null ? 'ไม่มีวันที่' : 'วันที่อ่านไม่ได้'} — ใส่วันที่ของรายงาน เช่น 2025-04-11 หรือ 11/04/2568`,
        en: `${date === null ? 'no date' : 'unreadable date'} — give the report's day, e.g. 2025-04-11 or 11/04/2568`,
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
    const counts = countsOf(source, r, report);
    if (counts === null) return;
    const place = placeOf(source, r, null, null);
    const first = seen.get(`${code}|${date}`);
    if (first !== undefined) {
      report.duplicate(place, {
        th: `จังหวัดรหัส ${code} วันที่ ${date} ซ้ำกับ ${first} — ใช้แถวแรก`,
        en: `province ${code} on ${date} repeats ${first} — the first row is kept`,
      });
      return;
    }
    seen.set(`${code}|${date}`, `${source.name} ${place.unit ?? 'row'} ${place.location ?? r + 1}`);
    kept.push({ code, date, festival: festivalOfRow(source, r, date), ...counts });
  });
}

/** The entry of published aggregate `id`, as the publish step would write it from `raw`. */
function aggregateEntry(raw: DatasetDef, id: string): DatasetDef {
  const aggregate = aggregateDef(id);
  return {
    ...raw,
    id,
    title: {
      th: `${raw.title.th} — ${aggregate.titleSuffix.th}`,
      en: `${raw.title.en} — ${aggregate.titleSuffix.en}`,
    },
    aggregateOf: 'road_safety',
    file: `${id}.parquet`,
    format: 'parquet',
    columns: aggregate.columns,
  };
}

function ingest(sources: readonly ReadSource[], context: IngestContext, options: IngestOptions) {
  const report = new ReportBuilder('road_safety', roadSafety7Days.id, context);
  const kept: Day[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) readFile(source, context, report, seen, kept);
  if (kept.length === 0 && !report.failed) {
    return report.failNothingKept();
  }
  const ordinary = kept.filter((k) => k.festival === null).map((k) => k.date);
  if (ordinary.length > 0) {
    const days = [...new Set(ordinary)].sort().join(', ');
    report.warn({
      th: `${ordinary.length} แถวไม่อยู่ในช่วง 7 วันอันตราย (ปีใหม่ 30 ธ.ค.-5 ม.ค., สงกรานต์ 11-17 เม.ย.): ${days} — นับเป็นวันปกติ ถ้าเป็นวันรณรงค์ ให้ใส่คอลัมน์ festival และ festival_day (1-7)`,
      en: `${ordinary.length} row(s) fall outside the 7 dangerous days (New Year 30 Dec-5 Jan, Songkran 11-17 Apr): ${days} — counted as ordinary days; for a campaign day give the festival and festival_day (1-7) columns`,
    });
  }
  report.caveat(NO_POINTS_CAVEAT);
  const days = kept.slice().sort((a, b) => a.date.localeCompare(b.date) || a.code - b.code);
  const period = { from: days[0]?.date ?? '', to: days[days.length - 1]?.date ?? '' };
  const entry = coreEntry('road_safety', {
    source: options.source ?? SOURCE,
    licence: options.licence ?? 'not stated (name it with --licence)',
    asOf: period.to,
    period,
  });
  // CSV: the Parquet writer has no empty DOUBLE or TIMESTAMP values, and the table is small.
  const raw: DatasetDef = {
    ...entry,
    title: TITLE,
    file: 'road_safety.csv',
    format: 'csv',
    columns: REPORT_COLUMNS(entry.columns),
  };
  const counts = (d: Day) => ({ crashes: d.crashes, deaths: d.deaths, injuries: d.injuries });
  const keyed = (d: Day) => ({ province_code: d.code, date: d.date });
  const festival = (d: Day) => ({
    festival: d.festival?.festival ?? null,
    festival_day: d.festival?.day ?? null,
  });
  const tables: IngestedTable[] = [
    {
      def: { ...raw, deferred: true },
      rows: days.map((d) => ({ ...NO_INCIDENT, ...keyed(d), ...festival(d), ...counts(d) })),
    },
    {
      def: aggregateEntry(raw, 'road_safety_daily'),
      rows: days.map((d) => ({ ...keyed(d), ...festival(d), ...counts(d) })),
    },
    // The report names no cause or vehicle: every crash is counted under 'unknown'.
    {
      def: aggregateEntry(raw, 'road_safety_causes'),
      rows: days.map((d) => ({ ...keyed(d), cause: 'unknown', ...counts(d) })),
    },
    {
      def: aggregateEntry(raw, 'road_safety_vehicles'),
      rows: days.map((d) => ({ ...keyed(d), vehicle: 'unknown', ...counts(d) })),
    },
  ];
  return report.done(tables, new Set(days.map((d) => d.code)), period.to, period);
}

export const roadSafety7Days: Adapter = {
  id: 'road-safety-7days',
  dataset: 'road_safety',
  describe: {
    th: 'รายงาน 7 วันอันตรายรายจังหวัดรายวัน (แม่แบบ public/templates/road-safety-7days.csv)',
    en: '7 dangerous days report by province and day (template public/templates/road-safety-7days.csv)',
  },
  needs: ['province', 'date', 'crashes', 'deaths', 'injuries', '[festival]', '[festival_day]'],
  recognises: (source) =>
    hasColumns(source, [
      SEVEN_DAYS_COLUMNS.date,
      SEVEN_DAYS_COLUMNS.crashes,
      SEVEN_DAYS_COLUMNS.deaths,
      SEVEN_DAYS_COLUMNS.injuries,
    ]),
  ingest,
};
