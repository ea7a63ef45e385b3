/**
 * Demo indicator `inspection`: the Inspector-General's provincial inspection plan (ระบบการตรวจ
 * ราชการ). Every province is inspected in two rounds a fiscal year; each row is one province and
 * round: its inspection zone, planned and actual visit dates and its status on the as-of date
 * (planned, done or overdue). Rows are keyed by province CODE (the other seed keys by name).
 *
 * The date key is the day the round opens, the same for every province, so that a map shows one
 * round at a time; the visit dates stay columns of their own. Covered: both rounds of fiscal year
 * 2568 (all done, some late) and round 1 of 2569, under way on the as-of date.
 *
 * The zones are a DEMO assignment (provinces grouped by region in code order), to be checked
 * against the Prime Minister's Office order on inspection zones before any real use.
 */
import type { GeneratorContext } from './context';
import { streamRng } from './context';
import { csvBytes, type CsvValue } from './csv-writer';
import { dayToIso, isoToDay, weekday } from './dates';
import type { GeneratedIndicator, IndicatorEntryJson } from './indicator-entry';
import { REGION_IDS } from '../../src/data/places/province-table';
import type { ProvinceFacts } from './reference-data';
import type { Rng } from './random';

/** The day the status is read: planned visits after it are still `planned`. */
export const INSPECTION_AS_OF = '2026-03-31';

/** One inspection round: its fiscal year (Buddhist era) and the window its visits fall in. */
interface Round {
  readonly fiscalYear: number;
  readonly round: 1 | 2;
  readonly opens: string;
  readonly lastVisit: string;
}

/** Round 1 from January, round 2 from June, as the integrated inspection calendar runs. */
export const INSPECTION_ROUNDS: readonly Round[] = [
  { fiscalYear: 2568, round: 1, opens: '2025-01-06', lastVisit: '2025-03-28' },
  { fiscalYear: 2568, round: 2, opens: '2025-06-02', lastVisit: '2025-08-29' },
  { fiscalYear: 2569, round: 1, opens: '2026-01-05', lastVisit: '2026-04-24' },
];

/** About this many provinces per demo zone (18 zones for 77 provinces). */
const PROVINCES_PER_ZONE = 4.3;
/** Chance that a visit planned before the as-of date has not happened by then. */
const MISSED = 0.08;
/** Mean delay in days of a visit that is late (most are on the planned day). */
const MEAN_DELAY_DAYS = 9;
const LATE = 0.25;
/** A round counts as closed this many days after its last planned visit. */
const CLOSED_AFTER_DAYS = 60;

const text = (th: string, en: string) => ({ th, en });

const COLUMNS: IndicatorEntryJson['columns'] = [
  { name: 'province_code', type: 'INTEGER', nullable: false, description: 'TIS-1099 code' },
  {
    name: 'zone',
    type: 'INTEGER',
    nullable: false,
    description: 'Inspection zone (DEMO assignment: check against the PM Office order)',
  },
  { name: 'fiscal_year', type: 'INTEGER', nullable: false, description: 'Buddhist-era year' },
  { name: 'round', type: 'INTEGER', nullable: false, description: 'Inspection round, 1 or 2' },
  { name: 'round_opens', type: 'DATE', nullable: false, description: 'Day the round opens' },
  { name: 'planned_date', type: 'DATE', nullable: false, description: 'Planned visit' },
  {
    name: 'actual_date',
    type: 'DATE',
    nullable: true,
    description: 'Visit held (empty when not held by the as-of date)',
  },
  { name: 'status', type: 'VARCHAR', nullable: false, description: 'planned, done or overdue' },
  { name: 'done', type: 'INTEGER', nullable: false, description: '1 when the visit was held' },
  {
    name: 'overdue',
    type: 'INTEGER',
    nullable: false,
    description: '1 when the planned day has passed and the visit was not held',
  },
  {
    name: 'days_late',
    type: 'INTEGER',
    nullable: true,
    description: 'Days after the planned day: held visits and overdue ones; empty when planned',
  },
];

/**
 * The manifest entry, as a ministry would write it for the real plan. Mean days late comes first:
 * the first measure is what the map, the KPI tile and a wall scene show, and a ranking of 0/1
 * counts (done, overdue) would say little.
 */
export const INSPECTION_ENTRY: IndicatorEntryJson = {
  id: 'inspection',
  kind: 'indicator',
  title: text(
    'แผนการตรวจราชการของผู้ตรวจราชการรายจังหวัด (ปีงบประมาณ 2568–2569)',
    "Inspector-General's provincial inspection plan (fiscal years 2568-2569)",
  ),
  unit: text('วัน (ล่าช้าเฉลี่ย)', 'days (mean delay)'),
  source: text(
    'ชุดข้อมูลสาธิตของ War Room (สร้างโดยสคริปต์) จำลองแผนการตรวจราชการแบบบูรณาการ ปีละ 2 รอบ (รอบที่ 1 เริ่มมกราคม รอบที่ 2 เริ่มมิถุนายน) สถานะ ณ 31 มี.ค. 2569 การแบ่งเขตตรวจราชการเป็นการกำหนดเพื่อสาธิตเท่านั้น ต้องตรวจสอบกับคำสั่งสำนักนายกรัฐมนตรีเรื่องการกำหนดเขตตรวจราชการก่อนใช้งานจริง',
    "War Room demo generator modelled on the integrated inspection calendar (two rounds a fiscal year, from January and from June), status at 31 Mar 2026. The inspection zones are a demo assignment: check them against the Prime Minister's Office order on inspection zones before real use",
  ),
  licence: 'CC0-1.0 (generated demo data)',
  asOf: INSPECTION_AS_OF,
  cadence: 'monthly',
  period: { from: '2024-10-01', to: INSPECTION_AS_OF },
  demo: true,
  file: 'inspection.csv',
  format: 'csv',
  keys: { province: 'province_code', date: 'round_opens' },
  measures: [
    {
      column: 'days_late',
      title: text('จำนวนวันที่ล่าช้าเฉลี่ย', 'Mean days late'),
      unit: text('วัน', 'days'),
      better: 'lower',
      aggregate: 'mean',
    },
    {
      column: 'overdue',
      title: text('เกินกำหนด ยังไม่ได้ตรวจ', 'Overdue, not yet held'),
      unit: text('ครั้ง', 'inspections'),
      better: 'lower',
      aggregate: 'sum',
    },
    {
      column: 'done',
      title: text('ตรวจแล้ว', 'Inspections held'),
      unit: text('ครั้ง', 'inspections'),
      better: 'higher',
      aggregate: 'sum',
    },
  ],
  columns: COLUMNS,
};

/** Demo zones: each region's provinces, in code order, cut into runs of about 4; numbered 1... */
export function demoZones(provinces: readonly ProvinceFacts[]): ReadonlyMap<number, number> {
  const zones = new Map<number, number>();
  let next = 1;
  for (const region of REGION_IDS) {
    const members = provinces.filter((p) => p.region === region).sort((a, b) => a.code - b.code);
    const count = Math.max(1, Math.round(members.length / PROVINCES_PER_ZONE));
    members.forEach((province, index) => {
      zones.set(province.code, next + Math.floor((index * count) / members.length));
    });
    next += count;
  }
  return zones;
}

/** A working day (Monday to Friday) in the round's window. */
function plannedDay(round: Round, rng: Rng): number {
  const first = isoToDay(round.opens);
  const span = isoToDay(round.lastVisit) - first + 1;
  for (;;) {
    const day = first + rng.int(span);
    if (weekday(day) < 5) return day;
  }
}

/** One province's visit in one round, as it stands on the as-of date. */
interface Visit {
  readonly planned: number;
  readonly held: number | null;
  readonly status: 'planned' | 'done' | 'overdue';
}

/**
 * A visit: most are held on the planned day, some late, a few missed. A round that closed long
 * before the as-of date was held everywhere in the end: a missed visit was made up 2-6 weeks late.
 */
function visit(round: Round, rng: Rng): Visit {
  const asOf = isoToDay(INSPECTION_AS_OF);
  const planned = plannedDay(round, rng);
  const missed = rng.chance(MISSED);
  const delay = rng.chance(LATE) ? 1 + rng.poisson(MEAN_DELAY_DAYS - 1) : 0;
  const madeUp = planned + 14 + rng.int(29);
  const closed = isoToDay(round.lastVisit) + CLOSED_AFTER_DAYS < asOf;
  if (planned > asOf) return { planned, held: null, status: 'planned' };
  if (missed) {
    return closed
      ? { planned, held: madeUp, status: 'done' }
      : { planned, held: null, status: 'overdue' };
  }
  if (planned + delay > asOf) return { planned, held: null, status: 'overdue' };
  return { planned, held: planned + delay, status: 'done' };
}

function visitRow(province: ProvinceFacts, zone: number, round: Round, v: Visit): CsvValue[] {
  const daysLate =
    v.held !== null
      ? v.held - v.planned
      : v.status === 'overdue'
        ? isoToDay(INSPECTION_AS_OF) - v.planned
        : null;
  return [
    province.code,
    zone,
    round.fiscalYear,
    round.round,
    round.opens,
    dayToIso(v.planned),
    v.held === null ? null : dayToIso(v.held),
    v.status,
    v.status === 'done' ? 1 : 0,
    v.status === 'overdue' ? 1 : 0,
    daysLate,
  ];
}

/** One row per province and round (77 x 3), round by round, provinces by code. */
export function generateInspection(context: GeneratorContext): GeneratedIndicator {
  const zones = demoZones(context.provinces);
  const rows: CsvValue[][] = [];
  for (const round of INSPECTION_ROUNDS) {
    const rng = streamRng(context, `inspection/${round.fiscalYear}/${round.round}`);
    for (const province of context.provinces) {
      const zone = zones.get(province.code);
      if (zone === undefined) throw new Error(`province ${province.code} has no demo zone`);
      rows.push(visitRow(province, zone, round, visit(round, rng)));
    }
  }
  return {
    entry: INSPECTION_ENTRY,
    bytes: csvBytes(
      COLUMNS.map((column) => column.name),
      rows,
    ),
    rowCount: rows.length,
  };
}
