/**
 * Data quality as the views show it: per dataset the rows its figures leave out (from the quality
 * queries), and per province of the vaccination map why its value is not shown as fact (an
 * anomaly) or is shown with a caveat (over 100 % of the registered population).
 */
import {
  IMPLAUSIBLE_COVERAGE_PERCENT,
  QUALITY_CHECKS,
  QUALITY_DATASETS,
  VACCINATION_ANOMALIES,
  type QualityDatasetId,
  type VaccinationAnomaly,
} from '../../data/queries';
import { formatCount } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { caveatNamesProvince } from './dataset-caveats';
import { qt } from './quality-messages';
import { qualityQueryKey } from './quality-queries';
import { resultRows } from '../queries/result-rows';
import { QUERY_KEYS } from '../queries/view-queries';

/** A dataset's problem rows, as counted by its quality query. */
export interface DatasetQuality {
  readonly totalRows: number;
  readonly unknownProvince: number;
  readonly duplicate: number;
  readonly negative: number;
  readonly noDenominator: number;
}

/** Why a province's figure is flagged. */
export type ProvinceFlagReason = VaccinationAnomaly | 'over_population';

/** A province's figure that is not shown as plain fact. */
export interface ProvinceFlag {
  /** `anomaly`: no value is shown ("impossible value"); `caveat`: the value is shown with `text`. */
  readonly kind: 'anomaly' | 'caveat';
  readonly reason: ProvinceFlagReason;
  /** The reason in words, e.g. "จำนวนติดลบ — ไม่นับรวม…", or the over-100 % caveat. */
  readonly text: string;
  /**
   * True when `text` is the manifest's own caveat for the province (an ingest found it over
   * 100 %): the legend's quality note then leaves the province to the caveat line, so the reason
   * is not said twice.
   */
  readonly fromManifest?: boolean;
}

const count = (value: unknown): number => {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
};

/** `id`'s quality counts, or null before its quality query has answered. */
export function datasetQualityOf(state: AppState, id: QualityDatasetId): DatasetQuality | null {
  const row = resultRows(state, qualityQueryKey(id))[0];
  if (!row) return null;
  return {
    totalRows: count(row.total_rows),
    unknownProvince: count(row.unknown_province),
    duplicate: count(row.duplicate),
    negative: count(row.negative),
    noDenominator: count(row.no_denominator),
  };
}

function isAnomaly(value: unknown): value is VaccinationAnomaly {
  return VACCINATION_ANOMALIES.some((anomaly) => anomaly === value);
}

/**
 * "จำนวนติดลบ — ไม่นับรวม…" for an anomaly: the reason and what it means, shown under the words
 * "ข้อมูลผิดปกติ" that stand in place of the value.
 */
export function anomalyText(anomaly: VaccinationAnomaly, lang: Lang): string {
  const reason = qt(lang, `anomaly_${anomaly}`, {
    ceiling: formatCount(IMPLAUSIBLE_COVERAGE_PERCENT, lang),
  });
  return `${reason} — ${qt(lang, 'anomalyAdvice')}`;
}

/** A manifest caveat says why a province is over 100 % when it names it and "100 %". */
const OVER_HUNDRED = /100\s*%/;

/**
 * The manifest's caveat on province `code` being over 100 % (in `lang`), or null: it replaces the
 * built-in over-100 % text, which says the same with no numbers.
 */
export function manifestOverHundredCaveat(
  state: Pick<AppState, 'datasets'>,
  code: number,
  lang: Lang,
): string | null {
  const def = state.datasets.find((d) => d.id === 'vaccination');
  const caveat = (def?.caveats ?? []).find(
    (c) => OVER_HUNDRED.test(c.en) && caveatNamesProvince(c, code),
  );
  return caveat ? caveat[lang] : null;
}

/** The flagged provinces of the vaccination map, by code (from its per-province query). */
export function vaccinationFlags(state: AppState): ReadonlyMap<number, ProvinceFlag> {
  const flags = new Map<number, ProvinceFlag>();
  for (const row of resultRows(state, QUERY_KEYS.vaccinationByProvince)) {
    const code = Number(row.province_code);
    if (isAnomaly(row.anomaly)) {
      flags.set(code, {
        kind: 'anomaly',
        reason: row.anomaly,
        text: anomalyText(row.anomaly, state.lang),
      });
    } else if (row.over_population === true) {
      const manifest = manifestOverHundredCaveat(state, code, state.lang);
      flags.set(code, {
        kind: 'caveat',
        reason: 'over_population',
        text: manifest ?? qt(state.lang, 'overHundredCaveat'),
        ...(manifest === null ? {} : { fromManifest: true }),
      });
    }
  }
  return flags;
}

/**
 * The note under a legend and on the card, or null when nothing is wrong, e.g. "คุณภาพข้อมูล: ตัด
 * 3 แถว (รหัสจังหวัดไม่รู้จัก 2, ซ้ำ 1); 1 จังหวัดเกิน 100 %". Rows the figures leave out are
 * counted by reason; duplicates a dataset still sums are named as such; flagged provinces are
 * counted by kind.
 */
export function qualityNoteText(
  id: QualityDatasetId,
  quality: DatasetQuality | null,
  flags: ReadonlyMap<number, ProvinceFlag>,
  lang: Lang,
): string | null {
  const n = (value: number) => ({ count: formatCount(value, lang) });
  const cutsDuplicates = QUALITY_CHECKS[id].duplicatesCut;
  const parts: string[] = [];
  if (quality) {
    // Vaccination flags negative counts per province (below); the other builders drop such rows.
    const negative = id === 'vaccination' ? 0 : quality.negative;
    const duplicate = cutsDuplicates ? quality.duplicate : 0;
    const reasons = [
      quality.unknownProvince > 0 ? qt(lang, 'unknownProvince', n(quality.unknownProvince)) : '',
      duplicate > 0 ? qt(lang, 'duplicate', n(duplicate)) : '',
      negative > 0 ? qt(lang, 'negative', n(negative)) : '',
    ].filter((reason) => reason !== '');
    const cut = quality.unknownProvince + duplicate + negative;
    if (cut > 0) {
      parts.push(qt(lang, 'rowsLeftOut', { ...n(cut), reasons: reasons.join(', ') }));
    }
    if (!cutsDuplicates && quality.duplicate > 0) {
      parts.push(qt(lang, 'duplicatesCounted', n(quality.duplicate)));
    }
  }
  const flagged = [...flags.values()];
  const anomalies = flagged.filter((flag) => flag.kind === 'anomaly').length;
  // Provinces the manifest's caveat names are said on the legend's caveat line instead.
  const caveats = flagged.filter((flag) => flag.kind === 'caveat' && !flag.fromManifest).length;
  if (anomalies > 0) parts.push(qt(lang, 'provincesAnomalous', n(anomalies)));
  if (caveats > 0) parts.push(qt(lang, 'provincesOverHundred', n(caveats)));
  return parts.length === 0 ? null : qt(lang, 'qualityNote', { details: parts.join('; ') });
}

const NO_FLAGS: ReadonlyMap<number, ProvinceFlag> = new Map();

/** True for the datasets with a quality check of their own (the five core datasets). */
export function isQualityDataset(id: string): id is QualityDatasetId {
  return (QUALITY_DATASETS as readonly string[]).includes(id);
}

/** The flagged provinces of layer `id` (only vaccination flags provinces today). */
export function provinceFlagsOf(
  state: AppState,
  id: QualityDatasetId,
): ReadonlyMap<number, ProvinceFlag> {
  return id === 'vaccination' ? vaccinationFlags(state) : NO_FLAGS;
}

/** The data-quality note of dataset `id` in the state's language, or null when nothing is wrong. */
export function qualityNoteOf(state: AppState, id: QualityDatasetId): string | null {
  return qualityNoteText(id, datasetQualityOf(state, id), provinceFlagsOf(state, id), state.lang);
}
