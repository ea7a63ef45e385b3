/**
 * The analyst's filters as URL parameters: provinces, categories per dataset, the poverty
 * dimension and value thresholds per layer. Absent = no filter (the field is left undefined).
 */
import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import { THRESHOLD_OPS, type ProvinceThreshold, type ThresholdOp } from '../../data/queries';
import { POVERTY_DIMENSIONS, type PovertyDimension } from '../layers/layer-settings';
import { newTally, quotedExample, summaryLine, tallyProblem } from '../app/problem-summary';
import type { LayerId } from '../models/view-models';
import {
  isIndicatorThresholdMeasure,
  splitIndicatorMeasure,
  type IndicatorThresholdMeasure,
} from './indicator-thresholds';

/** The per-province measures a threshold can compare, and the layer each belongs to. */
export const THRESHOLD_MEASURES = {
  dose1_pct: 'vaccination',
  dose2_pct: 'vaccination',
  dose3_pct: 'vaccination',
  target_people: 'poverty',
  target_households: 'poverty',
  crashes: 'road_safety',
  deaths: 'road_safety',
  injuries: 'road_safety',
  received: 'complaints',
  open: 'complaints',
  overdue: 'complaints',
  households: 'households',
  members: 'households',
} as const satisfies Record<string, LayerId>;

/** One of the keys of {@link THRESHOLD_MEASURES}. */
export type ThresholdMeasure = keyof typeof THRESHOLD_MEASURES;

/**
 * A measure a threshold compares: a core one by its bare name (`deaths`), an indicator's as
 * `<datasetId>.<column>` (`drought.villages`), any the manifest declares.
 */
export type AnyThresholdMeasure = ThresholdMeasure | IndicatorThresholdMeasure;

/** A threshold on one layer's measure: provinces that fail it are left off that layer. */
export interface Threshold extends ProvinceThreshold {
  readonly measure: AnyThresholdMeasure;
}

/** The URL's filter fields (each absent = not filtered). */
export interface UrlFilters {
  /** TIS-1099 codes the views are narrowed to, ascending. */
  readonly provinces?: readonly number[];
  /** Road-safety causes, or vehicles (not both: the published tables split by one of them). */
  readonly causes?: readonly string[];
  readonly vehicles?: readonly string[];
  /** Complaint categories and statuses. */
  readonly categories?: readonly string[];
  readonly statuses?: readonly string[];
  /** The TPMAP dimension the poverty layer shows ('any' when absent). */
  readonly dimension?: PovertyDimension;
  /** At most one per layer. */
  readonly thresholds?: readonly Threshold[];
}

/** URL parameter of each list filter. */
export const LIST_PARAMS = {
  causes: 'cause',
  vehicles: 'vehicle',
  categories: 'category',
  statuses: 'status',
} as const;

/** The list filters, in URL order. */
export const LIST_FILTERS = Object.keys(LIST_PARAMS) as (keyof typeof LIST_PARAMS)[];

/** A category value: 1 to 80 characters, no comma or control character. */
const CATEGORY_VALUE = /^[^,\p{Cc}]{1,80}$/u;
const NUMBER = /^-?\d{1,12}(\.\d{1,6})?$/;
/**
 * Most values one category filter keeps: the data has a few dozen at most, so more than this is
 * a broken or hostile link (1,500 values would tick 1,500 boxes); the rest are refused.
 */
export const MAX_LIST_VALUES = 50;

/** One problem for each bad item, or one summary line when there are several. */
function reportItems(
  problems: string[],
  param: string,
  items: readonly string[],
  single: (item: string) => string,
  what: { readonly th: string; readonly en: string },
): void {
  const [first] = items;
  if (first === undefined) return;
  if (items.length === 1) {
    problems.push(single(first));
    return;
  }
  const tally = newTally();
  for (const item of items) tallyProblem(tally, quotedExample(item));
  problems.push(`${param}: ${summaryLine(tally, what)}`);
}

/** True for a core measure's bare name (own keys only: not 'constructor'). */
export function isCoreThresholdMeasure(text: string): text is ThresholdMeasure {
  return Object.hasOwn(THRESHOLD_MEASURES, text);
}

function isMeasure(text: string): text is AnyThresholdMeasure {
  return isCoreThresholdMeasure(text) || isIndicatorThresholdMeasure(text);
}

/** The layer a threshold measure belongs to: an indicator's measure, its dataset's layer. */
export function thresholdLayer(measure: AnyThresholdMeasure): LayerId {
  if (isCoreThresholdMeasure(measure)) return THRESHOLD_MEASURES[measure];
  return splitIndicatorMeasure(measure)?.dataset ?? measure;
}

function parseThreshold(text: string): Threshold | null {
  const [measure, op, value, extra] = text.split(':');
  if (extra !== undefined || measure === undefined || op === undefined || value === undefined) {
    return null;
  }
  const known = THRESHOLD_OPS.find((o) => o === op);
  if (!isMeasure(measure) || known === undefined || !NUMBER.test(value)) return null;
  return { measure, op: known, value: Number(value) };
}

/** A threshold value as the URL keeps it (6 decimals at most). */
export function roundThresholdValue(value: number): number {
  return Number(value.toFixed(6));
}

/** Threshold text for the URL: `dose2_pct:lt:70`. */
export function thresholdText(threshold: Threshold): string {
  return `${threshold.measure}:${threshold.op}:${String(roundThresholdValue(threshold.value))}`;
}

/**
 * Reads the filter parameters; bad values are left out and described in `problems`.
 * Returns only the fields whose parameter is present and usable.
 */
export function parseUrlFilters(params: URLSearchParams, problems: string[]): UrlFilters {
  const filters: {
    -readonly [K in keyof UrlFilters]: UrlFilters[K];
  } = {};
  const list = (name: string): string[] =>
    (params.get(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');

  const codes = new Set<number>();
  const unknownProvinces: string[] = [];
  for (const item of list('provinces')) {
    if (/^\d{1,2}$/.test(item) && PROVINCE_BY_CODE.has(Number(item))) codes.add(Number(item));
    else unknownProvinces.push(item);
  }
  reportItems(
    problems,
    'provinces',
    unknownProvinces,
    (item) => `provinces: unknown province "${item}" ignored`,
    {
      th: 'จังหวัดที่ไม่รู้จัก',
      en: 'unknown provinces',
    },
  );
  if (codes.size > 0) filters.provinces = [...codes].sort((a, b) => a - b);

  for (const field of LIST_FILTERS) {
    const name = LIST_PARAMS[field];
    const bad: string[] = [];
    const values = [...new Set(list(name))].filter((value) => {
      if (CATEGORY_VALUE.test(value)) return true;
      bad.push(value);
      return false;
    });
    reportItems(problems, name, bad, (value) => `${name}: value ${JSON.stringify(value)} ignored`, {
      th: 'ค่าที่อ่านไม่ได้',
      en: 'unreadable values',
    });
    const over = values.splice(MAX_LIST_VALUES);
    if (over.length > 0) {
      const tally = newTally();
      for (const value of over) tallyProblem(tally, quotedExample(value));
      problems.push(
        `${name}: ${summaryLine(tally, {
          th: `ค่าที่เกิน ${String(MAX_LIST_VALUES)} ค่าแรก`,
          en: `values past the first ${String(MAX_LIST_VALUES)}`,
        })}`,
      );
    }
    if (values.length > 0) filters[field] = values;
  }
  if (filters.causes && filters.vehicles) {
    problems.push(
      'vehicle: road safety is filtered by cause or by vehicle, not both; vehicle ignored',
    );
    delete filters.vehicles;
  }

  const dimension = params.get('dimension');
  if (dimension !== null && dimension !== '') {
    const known = POVERTY_DIMENSIONS.find((d) => d === dimension);
    if (known === undefined)
      problems.push(`dimension=${dimension.slice(0, 200)}: not understood, using the default`);
    else if (known !== 'any') filters.dimension = known;
  }

  const thresholds: Threshold[] = [];
  const unreadable: string[] = [];
  const repeated: string[] = [];
  for (const item of list('threshold')) {
    const threshold = parseThreshold(item);
    if (threshold === null) unreadable.push(item);
    else if (
      thresholds.some((t) => thresholdLayer(t.measure) === thresholdLayer(threshold.measure))
    ) {
      repeated.push(item);
    } else {
      thresholds.push(threshold);
    }
  }
  reportItems(
    problems,
    'threshold',
    unreadable,
    (item) =>
      `threshold: "${item}" not understood (measure or dataset.measure:lt|le|gt|ge:number), ignored`,
    { th: 'เกณฑ์ที่อ่านไม่ได้', en: 'unreadable thresholds' },
  );
  reportItems(
    problems,
    'threshold',
    repeated,
    (item) => `threshold: "${item}" ignored, its layer already has a threshold`,
    {
      th: 'เกณฑ์ของชั้นข้อมูลที่มีเกณฑ์แล้ว (ชั้นละหนึ่งเกณฑ์)',
      en: 'thresholds of a layer that already has one',
    },
  );
  if (thresholds.length > 0) filters.thresholds = thresholds;
  return filters;
}

/** Writes the filters that are set (non-empty) to `params`, in a fixed order. */
export function writeUrlFilters(filters: UrlFilters, params: URLSearchParams): void {
  if (filters.provinces && filters.provinces.length > 0) {
    params.set('provinces', filters.provinces.join(','));
  }
  for (const field of LIST_FILTERS) {
    const values = filters[field];
    if (values && values.length > 0) params.set(LIST_PARAMS[field], values.join(','));
  }
  if (filters.dimension !== undefined && filters.dimension !== 'any') {
    params.set('dimension', filters.dimension);
  }
  if (filters.thresholds && filters.thresholds.length > 0) {
    params.set('threshold', filters.thresholds.map(thresholdText).join(','));
  }
}

/** The threshold set on `layer`, or null. */
export function thresholdOf(filters: UrlFilters, layer: LayerId): Threshold | null {
  return filters.thresholds?.find((t) => thresholdLayer(t.measure) === layer) ?? null;
}

/** True when two filter sets are the same (order of thresholds and values included). */
export function sameUrlFilters(a: UrlFilters, b: UrlFilters): boolean {
  const key = (f: UrlFilters) => {
    const params = new URLSearchParams();
    writeUrlFilters(f, params);
    return params.toString();
  };
  return key(a) === key(b);
}

/** `op` as a symbol for the screen. */
export const OP_SYMBOL: Readonly<Record<ThresholdOp, string>> = {
  lt: '<',
  le: '≤',
  gt: '>',
  ge: '≥',
};
