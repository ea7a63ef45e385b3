/**
 * The province card: every dataset for the selected province beside the national figure and its
 * group's (its group in the chosen grouping, else its region), its rank in the country and in the
 * group, and its weekly trend.
 */
import { POPULATION_BY_CODE } from '../../data/places/population';
import { PROVINCE_BY_CODE, REGION_BY_ID } from '../../data/places/provinces';
import { formatCount, formatNumber, formatPercent } from '../../i18n/format';
import { t, type Lang, type MessageKey } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { QUALITY_DATASETS } from '../../data/queries';
import { provinceFlagsOf, qualityNoteOf } from '../quality/data-quality';
import { coverageByProvince } from '../layers/layer-models';
import { qt } from '../quality/quality-messages';
import { provinceTrends, type ProvinceTrend } from '../charts/province-trend';
import { gt } from '../groupings/grouping-messages';
import { cardGroup } from '../groupings/groupings';
import { groupRankText, rankOf, rankText } from '../charts/rankings';
import { resultRows, valueByProvince } from '../queries/result-rows';
import { cardGroupCodes } from '../queries/view-filters';
import { QUERY_KEYS } from '../queries/view-queries';
import type { ProvinceCardRow } from './card-row';
import { moduleDatasets } from '../models/dataset-modules';
import type { CoreDatasetId, LayerId } from '../models/view-models';

export type { ProvinceCardRow } from './card-row';

/** A dataset's data-quality note on the card. */
export interface CardQualityNote {
  readonly id: LayerId;
  readonly label: string;
  readonly text: string;
}

/** The card of the selected province. */
export interface ProvinceCardModel {
  readonly code: number;
  readonly nameTh: string;
  readonly nameEn: string;
  readonly regionName: string;
  /**
   * The group the rows compare with: the province's group in the chosen grouping ("เขตสุขภาพที่ 9"),
   * else its region. Absent = its region.
   */
  readonly groupName?: string;
  /** Said beside the group when its grouping is not yet checked against the official order. */
  readonly groupNote?: string | null;
  readonly rows: readonly ProvinceCardRow[];
  /** Weekly trends of the datasets with a time series, up to the date shown. */
  readonly trends: readonly ProvinceTrend[];
  /** What each dataset's figures leave out or flag (datasets without a problem are absent). */
  readonly qualityNotes: readonly CardQualityNote[];
}

interface Ratio {
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

function row(
  state: AppState,
  id: CoreDatasetId,
  labelKey: MessageKey,
  ratio: Ratio,
  format: (value: number, lang: Lang) => string,
  asOf: string,
): ProvinceCardRow | null {
  const code = state.url.province;
  const flag = code === null ? undefined : provinceFlagsOf(state, id).get(code);
  if (code === null || (ratio.numerator.size === 0 && !flag)) return null;
  const lang = state.lang;
  const values = perProvince(ratio);
  const value = values.get(code);
  const show = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : format(v, lang);
  const position = rankOf(code, values, 'top');
  return {
    id,
    label: t(lang, labelKey),
    // An impossible value is named as such, never shown as a figure (nor as "no data").
    valueText: flag?.kind === 'anomaly' ? qt(lang, 'anomalous') : show(value),
    nationalText: show(ratioOver(ratio, null)),
    regionText: show(ratioOver(ratio, cardGroupCodes(state))),
    rankText: position ? rankText(position, lang) : '—',
    groupRankText: groupRankText(state, values, 'top'),
    asOf,
    flag: flag ?? null,
  };
}

/** The card for the selected province, or null when none is selected. */
export function provinceCard(state: AppState): ProvinceCardModel | null {
  const code = state.url.province;
  const province = code === null ? undefined : PROVINCE_BY_CODE.get(code);
  if (code === null || !province) return null;
  const asOfOf = (id: string) => state.datasets.find((d) => d.id === id)?.asOf ?? '';
  const population = POPULATION_BY_CODE;
  const vaccinationRows = resultRows(state, QUERY_KEYS.vaccinationByProvince);
  const coverage = coverageByProvince(state, 'dose2_pct');
  const road = resultRows(state, QUERY_KEYS.roadByProvince);
  const complaints = resultRows(state, QUERY_KEYS.complaintsByProvince);
  const rows = [
    row(
      state,
      'vaccination',
      'measure_dose2_pct',
      vaccinationRows.length > 0
        ? {
            numerator: valueByProvince(vaccinationRows, 'dose2'),
            denominator: valueByProvince(vaccinationRows, 'population'),
            scale: 100,
          }
        : {
            numerator: coverage,
            denominator: new Map([...coverage.keys()].map((c) => [c, 100])),
            scale: 100,
          },
      formatPercent,
      state.cursor ?? state.vaccination?.asOf ?? asOfOf('vaccination'),
    ),
    row(
      state,
      'poverty',
      'measure_per_1000',
      {
        numerator: valueByProvince(
          resultRows(state, QUERY_KEYS.povertyByProvince),
          'target_people',
        ),
        denominator: population,
        scale: 1000,
      },
      (v, lang) => formatNumber(v, lang, 1),
      asOfOf('poverty'),
    ),
    row(
      state,
      'road_safety',
      'measure_deaths_per_100k',
      { numerator: valueByProvince(road, 'deaths'), denominator: population, scale: 100_000 },
      (v, lang) => formatNumber(v, lang, 2),
      state.cursor ?? state.url.to ?? asOfOf('road_safety'),
    ),
    row(
      state,
      'complaints',
      'cardOpenComplaints',
      { numerator: valueByProvince(complaints, 'open'), denominator: population, scale: 100_000 },
      (v, lang) => formatNumber(v, lang, 1),
      state.cursor ?? state.url.to ?? asOfOf('complaints'),
    ),
    row(
      state,
      'households',
      'cardHouseholds',
      {
        numerator: valueByProvince(
          resultRows(state, QUERY_KEYS.householdsByProvince),
          'households',
        ),
        denominator: new Map([...population.keys()].map((c) => [c, 1])),
        scale: 1,
      },
      (v, lang) => formatCount(v, lang),
      asOfOf('households'),
    ),
    // Datasets with no code of their own (indicators) add their row after the five.
    ...moduleDatasets(state).map(({ def, module }) => module.cardRow(state, def)),
  ].filter((r): r is ProvinceCardRow => r !== null);
  const group = cardGroup(state.url);
  return {
    code,
    nameTh: province.nameTh,
    nameEn: province.nameEn,
    regionName:
      (state.lang === 'th'
        ? REGION_BY_ID.get(province.region)?.nameTh
        : REGION_BY_ID.get(province.region)?.nameEn) ?? province.region,
    groupName: group?.group.title[state.lang] ?? '',
    groupNote: group && !group.grouping.verified ? gt(state.lang, 'unverified') : null,
    rows,
    trends: provinceTrends(state),
    qualityNotes: QUALITY_DATASETS.flatMap((id) => {
      const text = qualityNoteOf(state, id);
      return text === null ? [] : [{ id, label: t(state.lang, `layer_${id}`), text }];
    }),
  };
}
