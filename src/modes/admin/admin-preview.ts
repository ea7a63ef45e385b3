/**
 * The builder's preview of an ingest: one figure per province, largest first, so a person can
 * see at a glance that the numbers are where they expect (Bangkok on top, no province at zero
 * that should not be). The figure is the one the dashboard leads with for the dataset: dose-2
 * coverage, poverty targets of the newest year, complaint cases, or an indicator's first measure.
 */
import type { IngestedTable, IngestRow } from '../../data/ingest/ingest-types';
import type { DatasetDef, IndicatorMeasure, LocalText } from '../../data/manifest/manifest-types';
import { PROVINCE_BY_CODE, normaliseProvince } from '../../data/places/provinces';

/** One province of the preview. */
export interface PreviewRow {
  readonly code: number;
  readonly nameTh: string;
  readonly nameEn: string;
  readonly value: number;
}

/** The preview table. */
export interface PreviewTable {
  readonly measure: LocalText;
  readonly unit: LocalText;
  /** The date (or year) the figures are of; null when they cover the whole file. */
  readonly of: string | null;
  /** Largest value first; provinces with no row are not listed (the report names them). */
  readonly rows: readonly PreviewRow[];
}

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

// An indicator's province column may hold names; the loader matches them the same way.
function provinceCodeOf(value: unknown): number | null {
  return typeof value === 'number' || typeof value === 'string' ? normaliseProvince(value) : null;
}

function byProvince(rows: readonly IngestRow[], column: string): Map<number, IngestRow[]> {
  const groups = new Map<number, IngestRow[]>();
  for (const row of rows) {
    const code = provinceCodeOf(row[column]);
    if (code === null) continue;
    const list = groups.get(code) ?? [];
    list.push(row);
    groups.set(code, list);
  }
  return groups;
}

function sorted(groups: Map<number, IngestRow[]>, value: (rows: IngestRow[]) => number) {
  const rows: PreviewRow[] = [];
  for (const [code, group] of groups) {
    const province = PROVINCE_BY_CODE.get(code);
    rows.push({
      code,
      nameTh: province?.nameTh ?? String(code),
      nameEn: province?.nameEn ?? String(code),
      value: value(group),
    });
  }
  return rows.sort((a, b) => b.value - a.value || a.code - b.code);
}

const sumOf = (rows: readonly IngestRow[], column: string): number =>
  rows.reduce((total, row) => total + num(row[column]), 0);

/** An indicator measure over one province's rows, as the dashboard sums it up. */
function measureValue(measure: IndicatorMeasure, rows: readonly IngestRow[]): number {
  switch (measure.aggregate) {
    case 'sum':
      return sumOf(rows, measure.column);
    case 'mean':
      return rows.length === 0 ? 0 : sumOf(rows, measure.column) / rows.length;
    case 'weighted': {
      const weight = measure.weight ?? '';
      const total = sumOf(rows, weight);
      const weighted = rows.reduce((t, r) => t + num(r[measure.column]) * num(r[weight]), 0);
      return total === 0 ? 0 : weighted / total;
    }
    case 'ratio': {
      const denominator = sumOf(rows, measure.denominator ?? '');
      if (denominator === 0) return 0;
      return (sumOf(rows, measure.numerator ?? '') / denominator) * (measure.scale ?? 1);
    }
  }
}

const atDate = (rows: readonly IngestRow[], column: string, date: string) =>
  rows.filter((row) => String(row[column] ?? '').slice(0, 10) === date);

function indicatorPreview(def: DatasetDef, rows: readonly IngestRow[]): PreviewTable | null {
  const spec = def.indicator;
  const measure = spec?.measures[0];
  if (spec === undefined || measure === undefined) return null;
  const date = spec.keys.date;
  const shown = date === null ? rows : atDate(rows, date, def.asOf);
  return {
    measure: measure.title,
    unit: measure.unit,
    of: date === null ? null : def.asOf,
    rows: sorted(byProvince(shown, spec.keys.province), (group) => measureValue(measure, group)),
  };
}

/** The preview of one ingested table. */
export function previewOf(table: IngestedTable): PreviewTable {
  const { def, rows } = table;
  const indicator = indicatorPreview(def, rows);
  if (indicator !== null) return indicator;
  if (def.id === 'vaccination') {
    const shown = atDate(rows, 'week_end', def.asOf);
    return {
      measure: { th: 'ผู้ได้รับวัคซีนครบ 2 เข็ม', en: 'Dose-2 coverage' },
      unit: { th: 'ร้อยละของประชากร', en: '% of population' },
      of: def.asOf,
      rows: sorted(byProvince(shown, 'province_code'), (group) => {
        const population = sumOf(group, 'population');
        return population === 0 ? 0 : (sumOf(group, 'dose2') / population) * 100;
      }),
    };
  }
  if (def.id === 'poverty') {
    const newest = Math.max(...rows.map((row) => num(row.year)));
    // 'any' counts each person once; the dimensions overlap (a person poor in several).
    const shown = rows.filter((row) => row.year === newest && row.dimension === 'any');
    return {
      measure: { th: 'คนจนเป้าหมาย (มิติใดก็ได้)', en: 'Poverty targets (any dimension)' },
      unit: def.unit,
      of: String(newest),
      rows: sorted(byProvince(shown, 'province_code'), (group) => sumOf(group, 'target_people')),
    };
  }
  // Any other table: its rows per province (complaints: cases).
  return {
    measure: def.title,
    unit: { th: 'แถว', en: 'rows' },
    of: null,
    rows: sorted(byProvince(rows, 'province_code'), (group) => group.length),
  };
}

/**
 * A preview value as text: counts as whole numbers, anything with a fraction to one decimal,
 * kept (86.98 is "87.0", not "87", so a column of percentages lines up).
 */
export function formatPreviewValue(value: number): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: Number.isInteger(value) ? 0 : 1,
    maximumFractionDigits: 1,
  });
}
