/**
 * Demo indicator `drought`: villages in declared drought-disaster areas per province and month,
 * October 2025 to March 2026 (the dry season of fiscal year 2569). Rows are keyed by the Thai
 * province NAME, as a ministry spreadsheet often is, so the app's name normalisation is exercised
 * by the shipped data; the other seed indicator (inspection) keys by code.
 *
 * Calibration (rounded, demo): about 75,000 administrative villages (DOPA), fewer people per
 * village in the north-east and north; the share of villages declared peaks in March and is
 * highest in the north-east, then the north, lowest in the south (whose dry season comes later),
 * the pattern of DDPM's dry-season drought declarations. No real figure is copied.
 */
import type { GeneratorContext } from './context';
import { streamRng } from './context';
import { csvBytes, type CsvValue } from './csv-writer';
import type { GeneratedIndicator, IndicatorEntryJson } from './indicator-entry';
import type { RegionId } from './reference-data';

/** Month-end dates of the season: the date key of the rows. */
export const DROUGHT_MONTHS = [
  '2025-10-31',
  '2025-11-30',
  '2025-12-31',
  '2026-01-31',
  '2026-02-28',
  '2026-03-31',
] as const;

/** Registered people per administrative village, by region (rounded). Bangkok has no villages. */
const PEOPLE_PER_VILLAGE: Readonly<Record<RegionId, number>> = {
  northeast: 600,
  north: 640,
  south: 950,
  west: 1000,
  central: 1250,
  east: 1250,
};

/** People per household, to turn villages into households. */
const PEOPLE_PER_HOUSEHOLD = 3.2;

/** Share of a province's villages declared by March, before the province's own factor. */
const PEAK_SHARE: Readonly<Record<RegionId, number>> = {
  northeast: 0.22,
  north: 0.15,
  west: 0.1,
  central: 0.08,
  east: 0.07,
  south: 0.04,
};

/** How far into the season's peak each month is (October .. March). */
const SEASON = [0.03, 0.06, 0.18, 0.4, 0.7, 1] as const;

/** A share below this is not declared at all: a province declares whole districts, not a few villages. */
const MIN_DECLARED_SHARE = 0.05;
const MAX_SHARE = 0.6;
const BANGKOK = 10;

const COLUMNS: IndicatorEntryJson['columns'] = [
  {
    name: 'province',
    type: 'VARCHAR',
    nullable: false,
    description: 'Province name in Thai (normalised to its TIS-1099 code by the app)',
  },
  { name: 'month', type: 'DATE', nullable: false, description: 'Last day of the month' },
  {
    name: 'villages',
    type: 'INTEGER',
    nullable: false,
    description: 'Villages in declared drought-disaster areas at the end of the month',
  },
  {
    name: 'households_affected',
    type: 'INTEGER',
    nullable: false,
    description: 'Households in those villages reported affected',
  },
  {
    name: 'villages_total',
    type: 'INTEGER',
    nullable: false,
    description: 'Administrative villages in the province (0 in Bangkok, which has none)',
  },
];

const text = (th: string, en: string) => ({ th, en });

/** The manifest entry: every field a ministry would write for the real dataset. */
export const DROUGHT_ENTRY: IndicatorEntryJson = {
  id: 'drought',
  kind: 'indicator',
  title: text(
    'หมู่บ้านที่ประสบภัยแล้ง รายจังหวัด รายเดือน (ฤดูแล้ง ปีงบประมาณ 2569)',
    'Drought-affected villages by province and month (dry season, fiscal year 2569)',
  ),
  unit: text('หมู่บ้าน', 'villages'),
  source: text(
    'ชุดข้อมูลสาธิตของ War Room (สร้างโดยสคริปต์) ปรับเทียบอย่างหยาบกับจำนวนหมู่บ้านราว 75,000 แห่งของกรมการปกครองและรูปแบบการประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีภัยแล้งของ ปภ. (ภาคตะวันออกเฉียงเหนือและภาคเหนือมากที่สุด สูงสุดในเดือนมีนาคม) ไม่ใช่ตัวเลขจริง',
    'War Room demo generator, roughly calibrated on the ~75,000 administrative villages (DOPA) and the pattern of DDPM dry-season drought-disaster declarations (north-east and north hit hardest, peak in March); not real figures',
  ),
  licence: 'CC0-1.0 (generated demo data)',
  asOf: DROUGHT_MONTHS[DROUGHT_MONTHS.length - 1] ?? '',
  cadence: 'monthly',
  period: { from: '2025-10-01', to: DROUGHT_MONTHS[DROUGHT_MONTHS.length - 1] ?? '' },
  demo: true,
  file: 'drought.csv',
  format: 'csv',
  keys: { province: 'province', date: 'month' },
  measures: [
    {
      column: 'villages',
      title: text('หมู่บ้านที่ประสบภัยแล้ง', 'Drought-affected villages'),
      unit: text('หมู่บ้าน', 'villages'),
      better: 'lower',
      aggregate: 'sum',
    },
    {
      column: 'households_affected',
      title: text('ครัวเรือนที่ได้รับผลกระทบ', 'Households affected'),
      unit: text('ครัวเรือน', 'households'),
      better: 'lower',
      aggregate: 'sum',
    },
    {
      column: 'villages_pct',
      title: text('ร้อยละของหมู่บ้านที่ประสบภัยแล้ง', 'Share of villages affected'),
      unit: text('ร้อยละของหมู่บ้าน', '% of villages'),
      better: 'lower',
      aggregate: 'ratio',
      numerator: 'villages',
      denominator: 'villages_total',
      scale: 100,
    },
  ],
  columns: COLUMNS,
};

/** Six rows per province (77 x 6): declared villages never fall within the season. */
export function generateDrought(context: GeneratorContext): GeneratedIndicator {
  const rng = streamRng(context, 'drought');
  const rows: CsvValue[][] = [];
  for (const province of context.provinces) {
    const total =
      province.code === BANGKOK
        ? 0
        : Math.max(1, Math.round(province.population / PEOPLE_PER_VILLAGE[province.region]));
    const householdsPerVillage = PEOPLE_PER_VILLAGE[province.region] / PEOPLE_PER_HOUSEHOLD;
    // Drawn for every province, Bangkok included, so that each province's draws stay put.
    const provinceFactor = rng.logNormal(0.9);
    const affectedFraction = rng.uniform(0.55, 0.9);
    let villages = 0;
    DROUGHT_MONTHS.forEach((month, index) => {
      const noise = rng.uniform(0.85, 1.15);
      const share = Math.min(
        MAX_SHARE,
        PEAK_SHARE[province.region] * provinceFactor * (SEASON[index] ?? 1) * noise,
      );
      const declared = share < MIN_DECLARED_SHARE ? 0 : Math.round(total * share);
      villages = Math.max(villages, declared);
      const households = Math.round(villages * householdsPerVillage * affectedFraction);
      rows.push([province.nameTh, month, villages, households, total]);
    });
  }
  return {
    entry: DROUGHT_ENTRY,
    bytes: csvBytes(
      COLUMNS.map((column) => column.name),
      rows,
    ),
    rowCount: rows.length,
  };
}
