/**
 * Notices about a view that only the data can judge: a date range the shown datasets do not
 * cover (their queries clamp to the data, so without a notice a tile silently empties), and
 * category values a link names that the data does not have (kept, they would match nothing).
 */
import { isIsoDate } from '../../data/manifest/json-fields';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { formatDate } from '../../i18n/format';
import { newTally, quotedExample, summaryLine, tallyProblem } from '../app/problem-summary';
import { findIndicatorMeasure } from './indicator-thresholds';
import {
  isCoreThresholdMeasure,
  LIST_PARAMS,
  thresholdText,
  type LIST_FILTERS,
  type Threshold,
  type UrlFilters,
} from './url-filters';
import type { UrlState } from './url-state';

/** One of the URL's list filters (causes, vehicles, categories, statuses). */
export type ListField = (typeof LIST_FILTERS)[number];

/** True when the range (open ends: null) meets `def`'s period, or the period is not dates. */
export function overlaps(from: string | null, to: string | null, def: DatasetDef): boolean {
  const { period } = def;
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) return true;
  return (from === null || from <= period.to) && (to === null || to >= period.from);
}

/**
 * The notice for a date range that misses the whole period of a shown layer's dataset, naming the
 * range and what each such dataset covers (Thai first, then English); null when all is covered.
 */
export function dateRangeNotice(
  url: Pick<UrlState, 'from' | 'to' | 'layers'>,
  datasets: readonly DatasetDef[],
): string | null {
  const { from, to } = url;
  if (from === null && to === null) return null;
  const missed = url.layers.flatMap((id) => {
    const def = datasets.find((d) => d.id === id);
    return def && !overlaps(from, to, def) ? [def] : [];
  });
  if (missed.length === 0) return null;
  const range = (lang: 'th' | 'en') =>
    `${from === null ? '…' : formatDate(from, lang)} – ${to === null ? '…' : formatDate(to, lang)}`;
  const covers = (lang: 'th' | 'en', word: string) =>
    missed
      .map(
        (def) =>
          `${def.title[lang]} (${word} ${formatDate(def.period.from, lang)} – ${formatDate(def.period.to, lang)})`,
      )
      .join('; ');
  const th = `ช่วงวันที่ ${range('th')} ไม่มีข้อมูลของ ${covers('th', 'มีข้อมูล')} ตัวเลขจึงว่างหรือเป็นศูนย์ เลือกช่วงวันที่ในช่วงที่มีข้อมูล`;
  const en = `The date range ${range('en')} has no data for ${covers('en', 'covers')}, so its figures are empty or zero; pick dates the data covers`;
  return `${th} · ${en}`;
}

/** The values of `field` the view keeps that are not in `known` (the data's values). */
export function unknownListValues(
  filters: UrlFilters,
  field: ListField,
  known: ReadonlySet<string>,
): string[] {
  return (filters[field] ?? []).filter((value) => !known.has(value));
}

/** One notice for the values of `field` left out because the data does not have them. */
export function unknownValuesNotice(field: ListField, values: readonly string[]): string {
  const name = LIST_PARAMS[field];
  const [only] = values;
  if (values.length === 1 && only !== undefined) {
    const quoted = quotedExample(only);
    return `URL: ${name}: ไม่มีค่า ${quoted} ในข้อมูล ละไว้ · ${quoted} is not in the data, ignored`;
  }
  const tally = newTally();
  for (const value of values) tallyProblem(tally, quotedExample(value));
  return `URL: ${name}: ${summaryLine(tally, {
    th: 'ค่าที่ไม่มีในข้อมูล',
    en: 'values not in the data',
  })}`;
}

/**
 * The thresholds of the view on an indicator measure that no indicator entry of `datasets` (the
 * manifest in use) declares: an unknown dataset, one that is no indicator, or an unknown column.
 * Core measures (bare names) are always known.
 */
export function unknownThresholds(
  filters: UrlFilters,
  datasets: readonly DatasetDef[],
): Threshold[] {
  return (filters.thresholds ?? []).filter(
    (t) => !isCoreThresholdMeasure(t.measure) && findIndicatorMeasure(t.measure, datasets) === null,
  );
}

/**
 * One notice naming the thresholds left out because the manifest has no such measure (a link
 * with many becomes one summary line: one threshold per layer still allows a long list).
 */
export function unknownThresholdsNotice(thresholds: readonly Threshold[]): string {
  const [only] = thresholds;
  if (thresholds.length === 1 && only !== undefined) {
    const quoted = quotedExample(thresholdText(only));
    return (
      `URL: threshold: ${quoted}: ไม่มีชุดข้อมูลหรือตัวชี้วัดนี้ใน manifest จึงไม่ใช้เกณฑ์นี้ · ` +
      `no such dataset or measure in the manifest, threshold ignored`
    );
  }
  const tally = newTally();
  for (const threshold of thresholds) tallyProblem(tally, quotedExample(thresholdText(threshold)));
  return `URL: threshold: ${summaryLine(tally, {
    th: 'เกณฑ์ของชุดข้อมูลหรือตัวชี้วัดที่ไม่มีใน manifest',
    en: 'thresholds on a dataset or measure not in the manifest',
  })}`;
}
