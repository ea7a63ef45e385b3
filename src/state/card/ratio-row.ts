/**
 * A core dataset's province-card row: the province's figure as a ratio (a count per population,
 * a share) beside the nation's and its group's, its rank in the country and in the group, and an
 * impossible value named as such. The dataset modules (src/datasets/<id>/) build their rows with
 * it; the card lists them (province-card.ts).
 */
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { groupRankText, rankOf, rankText } from '../charts/rankings';
import { coverageByProvince } from '../layers/layer-models';
import { isQualityDataset, provinceFlagsOf } from '../quality/data-quality';
import { qt } from '../quality/quality-messages';
import { resultRows, valueByProvince } from '../queries/result-rows';
import { cardGroupCodes } from '../queries/view-filters';
import { QUERY_KEYS } from '../queries/view-queries';
import type { LayerId } from '../models/view-models';
import type { ProvinceCardRow } from './card-row';

/** Per province a numerator and a denominator; the figure is numerator × scale / denominator. */
export interface Ratio {
  readonly numerator: ReadonlyMap<number, number>;
  readonly denominator: ReadonlyMap<number, number>;
  readonly scale: number;
}

function ratioOver(ratio: Ratio, codes: readonly number[] | null): number | null {
  let top = 0;
  let bottom = 0;
  for (const [code, value] of ratio.numerator) {
    if (codes !== null && !codes.includes(code)) continue;
    top += value;
    bottom += ratio.denominator.get(code) ?? 0;
  }
  return bottom > 0 ? (top * ratio.scale) / bottom : null;
}

function perProvince(ratio: Ratio): Map<number, number> {
  const result = new Map<number, number>();
  for (const [code, value] of ratio.numerator) {
    const denominator = ratio.denominator.get(code);
    if (denominator) result.set(code, (value * ratio.scale) / denominator);
  }
  return result;
}

/** How a row is labelled, counted, shown and dated. */
export interface RatioRowSpec {
  readonly id: LayerId;
  readonly label: string;
  readonly ratio: Ratio;
  readonly format: (value: number, lang: Lang) => string;
  readonly asOf: string;
}

/** The selected province's row; null with no province, or with no figure and nothing flagged. */
export function ratioRow(state: AppState, spec: RatioRowSpec): ProvinceCardRow | null {
  const { id, ratio, format } = spec;
  const code = state.url.province;
  const flags = isQualityDataset(id) ? provinceFlagsOf(state, id) : null;
  const flag = code === null ? undefined : flags?.get(code);
  if (code === null || (ratio.numerator.size === 0 && !flag)) return null;
  const lang = state.lang;
  const values = perProvince(ratio);
  const value = values.get(code);
  const show = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : format(v, lang);
  const position = rankOf(code, values, 'top');
  return {
    id,
    label: spec.label,
    // An impossible value is named as such, never shown as a figure (nor as "no data").
    valueText: flag?.kind === 'anomaly' ? qt(lang, 'anomalous') : show(value),
    nationalText: show(ratioOver(ratio, null)),
    regionText: show(ratioOver(ratio, cardGroupCodes(state))),
    rankText: position ? rankText(position, lang) : '—',
    groupRankText: groupRankText(state, values, 'top'),
    asOf: spec.asOf,
    flag: flag ?? null,
  };
}

/**
 * Dose-2 coverage as a ratio: DuckDB's doses over population once the query has rows, else the
 * first-paint preview's percentages (over 100).
 */
export function coverageRatio(state: AppState): Ratio {
  const rows = resultRows(state, QUERY_KEYS.vaccinationByProvince);
  if (rows.length > 0) {
    return {
      numerator: valueByProvince(rows, 'dose2'),
      denominator: valueByProvince(rows, 'population'),
      scale: 100,
    };
  }
  const coverage = coverageByProvince(state, 'dose2_pct');
  return {
    numerator: coverage,
    denominator: new Map([...coverage.keys()].map((c) => [c, 100])),
    scale: 100,
  };
}
