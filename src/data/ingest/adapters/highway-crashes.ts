/**
 * Highway-crash province totals (the GeoJSON republished from the Ministry of Transport's
 * highway accident records, 2021-2025: name, name_th, iso, n, deaths, severe, death_rate; its
 * Bangkok iso is "NA", so the Thai name fills that gap). These are DOH/DRR highway crashes over
 * five years, not the all-roads count of the 7 dangerous days, so they do not fill road_safety:
 * they become the snapshot indicator dataset `highway_crashes` (crashes, deaths, severe injuries
 * summed; deaths per 100 crashes as a ratio, which is how the source's death_rate is made).
 */
import { cellText } from '../../import/raw-table';
import type { DatasetDef, IndicatorSpec, LocalText } from '../../manifest/manifest-types';
import type { Adapter, IngestContext, IngestOptions, IngestRow, ReadSource } from '../ingest-types';
import { placeOf, ReportBuilder } from '../report-builder';
import {
  cellAt,
  columnName,
  findColumn,
  hasColumns,
  numberCell,
  provinceCodes,
} from '../source-cells';

export const HIGHWAY_DATASET_ID = 'highway_crashes';

const COLUMNS = {
  crashes: ['n', 'crashes', 'accidents', 'อุบัติเหตุ', 'จำนวนอุบัติเหตุ', 'จำนวนครั้ง'],
  deaths: ['deaths', 'dead', 'เสียชีวิต', 'ผู้เสียชีวิต'],
  severe: ['severe', 'severe_injuries', 'บาดเจ็บสาหัส'],
  deathRate: ['death_rate', 'อัตราการเสียชีวิต'],
} as const;

/** The five years the published file covers (its source says 2021-2025; the file has no dates). */
const PERIOD = { from: '2021-01-01', to: '2025-12-31' };

const SOURCE: LocalText = {
  th: 'สถิติอุบัติเหตุบนทางหลวง สำนักงานปลัดกระทรวงคมนาคม พ.ศ. 2564-2568 (ทางหลวงแผ่นดินและทางหลวงชนบท) ผ่าน github.com/AtifVongson/thailand-road-accidents',
  en: 'Highway accident records, Office of the Permanent Secretary, Ministry of Transport, 2021-2025 (DOH and DRR highways), via github.com/AtifVongson/thailand-road-accidents',
};

const HIGHWAY_ONLY: LocalText = {
  th: 'เฉพาะอุบัติเหตุบนทางหลวง (กรมทางหลวงและกรมทางหลวงชนบท) รวม 5 ปี พ.ศ. 2564-2568 — ไม่ใช่ยอดอุบัติเหตุทุกถนนช่วง 7 วันอันตราย และไม่รวมถนนในเมืองหรือถนนท้องถิ่น',
  en: 'highway crashes only (DOH and DRR highways), five years 2021-2025 together — not the all-roads count of the 7 dangerous days, and no city or local roads',
};

const count = (column: string, title: LocalText, unit: LocalText) => ({
  column,
  title,
  unit,
  better: 'lower' as const,
  aggregate: 'sum' as const,
});

const SPEC: IndicatorSpec = {
  keys: { province: 'province_code', date: null },
  measures: [
    count(
      'crashes',
      { th: 'อุบัติเหตุบนทางหลวง', en: 'Highway crashes' },
      { th: 'ครั้ง', en: 'crashes' },
    ),
    count('deaths', { th: 'ผู้เสียชีวิตบนทางหลวง', en: 'Highway deaths' }, { th: 'คน', en: 'people' }),
    count(
      'severe',
      { th: 'ผู้บาดเจ็บสาหัสบนทางหลวง', en: 'Severe injuries on highways' },
      { th: 'คน', en: 'people' },
    ),
    {
      column: 'death_rate',
      title: { th: 'ผู้เสียชีวิตต่ออุบัติเหตุ 100 ครั้ง', en: 'Deaths per 100 crashes' },
      unit: { th: 'คนต่อ 100 ครั้ง', en: 'per 100 crashes' },
      better: 'lower',
      aggregate: 'ratio',
      numerator: 'deaths',
      denominator: 'crashes',
      scale: 100,
    },
  ],
};

const int = (name: string, description: string) => ({
  name,
  type: 'INTEGER' as const,
  nullable: true,
  description,
});

function entry(id: string, options: IngestOptions): DatasetDef {
  return {
    id,
    title: {
      th: 'อุบัติเหตุบนทางหลวง รายจังหวัด รวม พ.ศ. 2564-2568',
      en: 'Highway crashes by province, 2021-2025 together',
    },
    unit: { th: 'ครั้ง', en: 'crashes' },
    source: options.source ?? SOURCE,
    licence: options.licence ?? 'none stated by the republishing repository (all rights reserved)',
    asOf: PERIOD.to,
    period: PERIOD,
    cadence: 'once',
    demo: false,
    file: `${id}.parquet`,
    format: 'parquet',
    columns: [
      int('province_code', 'TIS-1099 province code'),
      int('crashes', 'Highway crashes 2021-2025'),
      int('deaths', 'People killed in them'),
      int('severe', 'People severely injured in them'),
    ],
    indicator: SPEC,
  };
}

interface Totals {
  readonly crashes: number;
  readonly deaths: number;
  readonly severe: number;
}

function readFile(
  source: ReadSource,
  context: IngestContext,
  report: ReportBuilder,
  seen: Map<number, string>,
  kept: Map<number, Totals>,
): void {
  report.file(source);
  const codes = provinceCodes(source, context, report);
  if (codes === null) return;
  const index = {
    crashes: findColumn(source, COLUMNS.crashes),
    deaths: findColumn(source, COLUMNS.deaths),
    severe: findColumn(source, COLUMNS.severe),
  };
  source.table.rows.forEach((_, r) => {
    const code = codes[r];
    if (code === null || code === undefined) return;
    const totals: Partial<Record<keyof Totals, number>> = {};
    for (const key of ['crashes', 'deaths', 'severe'] as const) {
      const column = index[key];
      if (column === null) {
        totals[key] = 0;
        continue;
      }
      const cell = cellAt(source, r, column);
      const value = numberCell(cell);
      if (value === undefined || value === null || value < 0 || !Number.isInteger(value)) {
        report.outOfRangeValue(placeOf(source, r, columnName(source, column), cellText(cell)), {
          th: 'จำนวนต้องเป็นจำนวนเต็มไม่ติดลบ — จังหวัดนี้ไม่ถูกนำเข้า แก้ตัวเลขแล้วนำเข้าใหม่',
          en: 'a count must be a whole number, not negative — province left out; correct the figure and ingest again',
        });
        return;
      }
      totals[key] = value;
    }
    const place = placeOf(source, r, null, null);
    const first = seen.get(code);
    if (first !== undefined) {
      report.duplicate(place, {
        th: `จังหวัดรหัส ${code} ซ้ำกับ ${first} — ใช้แถวแรก`,
        en: `province ${code} repeats ${first} — the first row is kept`,
      });
      return;
    }
    seen.set(code, `${source.name} ${place.unit ?? 'row'} ${place.location ?? r + 1}`);
    kept.set(code, totals as Totals);
  });
}

function ingest(
  sources: readonly ReadSource[],
  context: IngestContext,
  options: IngestOptions,
  datasetId: string,
) {
  const report = new ReportBuilder(datasetId, highwayCrashes.id, context);
  const kept = new Map<number, Totals>();
  const seen = new Map<number, string>();
  for (const source of sources) readFile(source, context, report, seen, kept);
  if (kept.size === 0 && !report.failed) {
    return report.fail({
      th: 'ไม่มีจังหวัดที่นำเข้าได้ — ดูรายการปัญหาด้านบน',
      en: 'no province could be ingested — see the problems listed above',
    });
  }
  report.caveat(HIGHWAY_ONLY);
  const rows: IngestRow[] = [...kept]
    .sort(([a], [b]) => a - b)
    .map(([code, t]) => ({ province_code: code, ...t }));
  const def = entry(datasetId, options);
  return report.done([{ def, rows }], new Set(kept.keys()), PERIOD.to, PERIOD);
}

export const highwayCrashes: Adapter = {
  id: 'highway-crashes',
  dataset: HIGHWAY_DATASET_ID,
  describe: {
    th: 'ยอดอุบัติเหตุบนทางหลวงรายจังหวัด (GeoJSON/CSV: n, deaths, severe, death_rate)',
    en: 'highway-crash province totals (GeoJSON/CSV: n, deaths, severe, death_rate)',
  },
  needs: ['province (name, name_th or iso)', 'n', 'deaths', 'severe', '[death_rate]'],
  recognises: (source) => hasColumns(source, [COLUMNS.crashes, COLUMNS.deaths, COLUMNS.severe]),
  ingest,
};
