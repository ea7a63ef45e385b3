import { formatCount, formatNumber, formatPercent } from '../../i18n/format';
import { t, type Lang, type MessageKey } from '../../i18n/messages';
import { roundTo } from '../layers/classify';
import {
  provincesBelowTarget,
  provincesOverShare,
  roadSafetyAlertCodes,
  THRESHOLDS,
  type RoadSafetyRates,
  type Thresholds,
  type ValueByCode,
} from '../layers/thresholds';
import type { CoreDatasetId, LayerId } from '../models/view-models';
import { fillPlaceholders } from '../../i18n/fill';
import { kt } from './kpi-messages';

/**
 * What a tile shows: a figure (`value`), the figure already known from the first-paint preview
 * while the database loads (`preview`), that it is loading (`loading`), that there is none
 * (`noData`: the dataset failed or has no rows), or that the date range misses the dataset's
 * period (`outOfPeriod`: the words say so, never a 0).
 */
export type KpiStatus = 'value' | 'preview' | 'loading' | 'noData' | 'outOfPeriod';

/** One KPI tile: the headline number, its change, and how many provinces need attention. */
export interface KpiTileModel {
  readonly id: LayerId;
  readonly label: string;
  /** Null when there is no value (the text then says so). */
  readonly value: number | null;
  readonly valueText: string;
  /** Change against the previous period (percent, or percentage points for coverage), or null. */
  readonly change: number | null;
  readonly changeText: string;
  /** Provinces past the dataset's threshold; null when the dataset has no alert rule. */
  readonly alertCount: number | null;
  /** "Provinces below the 70 % target: 12"; empty without an alert rule. */
  readonly alertText: string;
  /** The provinces counted in `alertCount` (e.g. to outline them on the map). */
  readonly alertCodes: ReadonlySet<number>;
  readonly status: KpiStatus;
  /** "ไม่มีข้อมูลในช่วง …: ชุดข้อมูลนี้ครอบคลุม … · No data for …" or empty. */
  readonly periodNote: string;
  /** "ไม่รวม 3 จังหวัดข้อมูลผิดปกติ" when the figure leaves provinces out, else empty. */
  readonly qualityText: string;
}

/** The label of each dataset's tile. */
export const KPI_LABELS: Readonly<Record<CoreDatasetId, MessageKey>> = {
  vaccination: 'kpiVaccinationLabel',
  road_safety: 'kpiRoadDeathsLabel',
  complaints: 'kpiOpenComplaintsLabel',
  poverty: 'kpiPovertyLabel',
  households: 'kpiHouseholdsLabel',
};

/**
 * The tile of a dataset whose figures are still loading: it says so, not "no data". `label`:
 * the tile's name for a dataset with no message of its own (an indicator's manifest title).
 */
export function loadingKpi(id: LayerId, lang: Lang, label?: string): KpiTileModel {
  const labels: Readonly<Record<string, MessageKey | undefined>> = KPI_LABELS;
  const key = labels[id];
  return {
    id,
    label: label ?? (key ? t(lang, key) : id),
    value: null,
    valueText: kt(lang, 'loading'),
    change: null,
    changeText: '',
    alertCount: null,
    alertText: '',
    alertCodes: new Set(),
    status: 'loading',
    periodNote: '',
    qualityText: '',
  };
}

/**
 * `tile` for a date range that misses its dataset's period. `keepsValue`: the figure is of a day
 * inside the period (a snapshot dataset shows its nearest week), so it stays and the note says
 * so; otherwise the figure would be a sum over no data (a 0), and the words replace it.
 */
export function outOfPeriodKpi(
  tile: KpiTileModel,
  periodNote: string,
  lang: Lang,
  keepsValue: boolean,
): KpiTileModel {
  if (keepsValue) return { ...tile, periodNote };
  return {
    ...tile,
    value: null,
    valueText: kt(lang, 'outOfPeriodValue'),
    change: null,
    changeText: '',
    alertCount: null,
    alertText: '',
    alertCodes: new Set(),
    status: 'outOfPeriod',
    periodNote,
  };
}

/** `tile` with the quality mark for `leftOut` provinces its figure does not count (none: as is). */
export function withLeftOutProvinces(tile: KpiTileModel, leftOut: number, lang: Lang) {
  if (leftOut <= 0 || tile.value === null) return tile;
  const qualityText =
    leftOut === 1
      ? kt(lang, 'provinceLeftOut')
      : kt(lang, 'provincesLeftOut', { count: formatCount(leftOut, lang) });
  return { ...tile, qualityText };
}

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Change from `previous` to `current` in percent of |previous|; null when either is missing or
 * previous is 0 (no meaningful ratio).
 */
export function percentChange(
  current: number | null | undefined,
  previous: number | null | undefined,
): number | null {
  if (!finite(current) || !finite(previous) || previous === 0) return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}

/** Sum of the finite values. */
export function totalOf(valueByCode: ValueByCode): number {
  let total = 0;
  for (const value of valueByCode.values()) if (finite(value)) total += value;
  return total;
}

/** "+12.5 %", "−3.0 %", "0.0 %", or "no comparison" for null. */
export function formatPercentChange(change: number | null, lang: Lang): string {
  if (change === null) return t(lang, 'kpiNoComparison');
  const sign = roundTo(change, 1) > 0 ? '+' : roundTo(change, 1) < 0 ? '−' : '';
  return `${sign}${formatPercent(Math.abs(change), lang)}`;
}

/** "+1.2 pts" / "+1.2 จุด" for a change in percentage points, or "no comparison" for null. */
export function formatPointChange(change: number | null, lang: Lang): string {
  if (change === null) return t(lang, 'kpiNoComparison');
  const text = formatPercentChange(change, lang).replace(' %', '');
  return `${text} ${t(lang, 'kpiPoints')}`;
}

function percentText(value: number, lang: Lang): string {
  return `${formatNumber(value, lang, 1)} %`;
}

function alertText(lang: Lang, key: MessageKey, count: number, values: Record<string, string>) {
  return fillPlaceholders(t(lang, key), { ...values, count: formatCount(count, lang) });
}

function tile(
  id: LayerId,
  lang: Lang,
  label: MessageKey,
  value: number | null,
  valueText: (value: number) => string,
  change: { value: number | null; text: string },
  alert: { codes: ReadonlySet<number>; text: string } | null,
): KpiTileModel {
  return {
    id,
    label: t(lang, label),
    value,
    valueText: value === null ? t(lang, 'noData') : valueText(value),
    change: change.value,
    changeText: change.text,
    alertCount: alert ? alert.codes.size : null,
    alertText: alert?.text ?? '',
    alertCodes: alert?.codes ?? new Set(),
    status: value === null ? 'noData' : 'value',
    periodNote: '',
    qualityText: '',
  };
}

/** Inputs of the vaccination tile. */
export interface VaccinationKpiInput {
  /** Dose-2 coverage (percent, as shown) per province at the week shown. */
  readonly coverageByCode: ValueByCode;
  /** National dose-2 coverage (sum of dose 2 / sum of population, percent) that week. */
  readonly nationalPercent: number | null;
  /** The same a week earlier, or null. */
  readonly previousNationalPercent: number | null;
}

/** Vaccination: national dose-2 coverage, change in percentage points, provinces below target. */
export function vaccinationKpi(
  input: VaccinationKpiInput,
  lang: Lang,
  thresholds: Thresholds = THRESHOLDS,
): KpiTileModel {
  const target = thresholds.vaccination.dose2TargetPercent;
  const { nationalPercent, previousNationalPercent } = input;
  const change =
    finite(nationalPercent) && finite(previousNationalPercent)
      ? roundTo(nationalPercent - previousNationalPercent, 1)
      : null;
  const codes = provincesBelowTarget(input.coverageByCode, target);
  return tile(
    'vaccination',
    lang,
    'kpiVaccinationLabel',
    finite(nationalPercent) ? nationalPercent : null,
    (value) => formatPercent(value, lang),
    { value: change, text: formatPointChange(change, lang) },
    {
      codes,
      text: alertText(lang, 'kpiBelowTarget', codes.size, { target: percentText(target, lang) }),
    },
  );
}

/** Inputs of the road-safety tile. */
export interface RoadSafetyKpiInput extends RoadSafetyRates {
  /** National deaths in the previous period of the same length, or null. */
  readonly previousDeaths: number | null;
}

/** Road safety: deaths in the period, percent change, provinces above their usual rate. */
export function roadSafetyKpi(
  input: RoadSafetyKpiInput,
  lang: Lang,
  thresholds: Thresholds = THRESHOLDS,
): KpiTileModel {
  const deaths = totalOf(input.deathsByCode);
  const change = percentChange(deaths, input.previousDeaths);
  const codes = roadSafetyAlertCodes(input, thresholds.roadSafety);
  const factor = formatNumber(thresholds.roadSafety.aboveUsualFactor, lang, 2);
  return tile(
    'road_safety',
    lang,
    'kpiRoadDeathsLabel',
    deaths,
    (value) => formatCount(value, lang),
    { value: change, text: formatPercentChange(change, lang) },
    { codes, text: alertText(lang, 'kpiAboveUsual', codes.size, { factor }) },
  );
}

/** Inputs of the complaints tile (counts at the as-of date). */
export interface ComplaintsKpiInput {
  /** Cases not closed, per province. */
  readonly openByCode: ValueByCode;
  /** Open cases received before {@link overdueCutoffDate}, per province. */
  readonly overdueByCode: ValueByCode;
  /** National open cases at the end of the previous period, or null. */
  readonly previousOpen: number | null;
}

/** Complaints: open cases, percent change, provinces with too large an overdue share. */
export function complaintsKpi(
  input: ComplaintsKpiInput,
  lang: Lang,
  thresholds: Thresholds = THRESHOLDS,
): KpiTileModel {
  const { overdueDays, overdueSharePercent } = thresholds.complaints;
  const open = totalOf(input.openByCode);
  const change = percentChange(open, input.previousOpen);
  const codes = provincesOverShare(input.overdueByCode, input.openByCode, overdueSharePercent);
  return tile(
    'complaints',
    lang,
    'kpiOpenComplaintsLabel',
    open,
    (value) => formatCount(value, lang),
    { value: change, text: formatPercentChange(change, lang) },
    {
      codes,
      text: alertText(lang, 'kpiOverdueShare', codes.size, {
        share: percentText(overdueSharePercent, lang),
        days: formatCount(overdueDays, lang),
      }),
    },
  );
}

/** Inputs of a tile that only counts (poverty target people, surveyed households). */
export interface CountKpiInput {
  readonly total: number | null;
  readonly previousTotal: number | null;
}

/** A tile that only counts, with its percent change against the previous period; no alert rule. */
function countKpi(
  id: 'poverty' | 'households',
  labelKey: 'kpiPovertyLabel' | 'kpiHouseholdsLabel',
  input: CountKpiInput,
  lang: Lang,
): KpiTileModel {
  const change = percentChange(input.total, input.previousTotal);
  return tile(
    id,
    lang,
    labelKey,
    finite(input.total) ? input.total : null,
    (value) => formatCount(value, lang),
    { value: change, text: formatPercentChange(change, lang) },
    null,
  );
}

/** Poverty: target people (TPMAP), percent change against the previous year. */
export function povertyKpi(input: CountKpiInput, lang: Lang): KpiTileModel {
  return countKpi('poverty', 'kpiPovertyLabel', input, lang);
}

/** Households: households surveyed, percent change against the previous period. */
export function householdsKpi(input: CountKpiInput, lang: Lang): KpiTileModel {
  return countKpi('households', 'kpiHouseholdsLabel', input, lang);
}
