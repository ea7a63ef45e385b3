/**
 * The province card: every dataset for the selected province beside the national figure and its
 * group's (its group in the chosen grouping, else its region), its rank in the country and in the
 * group, and its weekly trend. Each row is its dataset module's (`cardRow`); the card orders them.
 */
import { PROVINCE_BY_CODE, REGION_BY_ID } from '../../data/places/provinces';
import { formatPercent } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { QUALITY_DATASETS } from '../../data/queries';
import { qualityNoteOf } from '../quality/data-quality';
import { provinceCaveats } from '../quality/dataset-caveats';
import { provinceTrends, type ProvinceTrend } from '../charts/province-trend';
import { gt } from '../groupings/grouping-messages';
import { cardGroup } from '../groupings/groupings';
import type { ProvinceCardRow } from './card-row';
import { coverageRatio, ratioRow } from './ratio-row';
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
  /**
   * The manifest's caveats on the card's datasets that concern this province (all of a dataset's
   * when it has few), the whole text; one a row's flag already says is not repeated.
   */
  readonly caveats?: readonly CardQualityNote[];
}

/** The order of the core datasets' rows (module datasets follow, in manifest order). */
const CARD_ORDER: readonly CoreDatasetId[] = [
  'vaccination',
  'poverty',
  'road_safety',
  'complaints',
  'households',
];

/** Every listed dataset's row, the core datasets first in their order, from its module. */
function datasetRows(state: AppState): (ProvinceCardRow | null)[] {
  const listed = moduleDatasets(state);
  const rank = (id: string) => {
    const index = (CARD_ORDER as readonly string[]).indexOf(id);
    return index === -1 ? CARD_ORDER.length : index;
  };
  const ordered = [...listed].sort((a, b) => rank(a.def.id) - rank(b.def.id));
  const rows = ordered.map(({ def, module }) => module.cardRow(state, def));
  // Before the manifest is read, the first-paint preview's coverage is the vaccination row.
  if (!listed.some(({ def }) => def.id === 'vaccination') && state.vaccination) {
    const asOf = state.cursor ?? state.vaccination.asOf;
    rows.unshift(
      ratioRow(state, {
        id: 'vaccination',
        label: t(state.lang, 'measure_dose2_pct'),
        ratio: coverageRatio(state),
        format: formatPercent,
        asOf,
      }),
    );
  }
  return rows;
}

/** The caveats of the listed datasets for province `code`, less those a row's flag says. */
function cardCaveats(
  state: AppState,
  code: number,
  rows: readonly ProvinceCardRow[],
): CardQualityNote[] {
  const flagged = new Set(rows.flatMap((row) => (row.flag ? [row.flag.text] : [])));
  return moduleDatasets(state).flatMap(({ def }) => {
    // The dataset's title, not a row's measure: a caveat is on the whole dataset.
    const label = def.title[state.lang];
    return provinceCaveats(def, code)
      .map((caveat) => caveat[state.lang])
      .filter((text) => !flagged.has(text))
      .map((text) => ({ id: def.id, label, text }));
  });
}

/** The card for the selected province, or null when none is selected. */
export function provinceCard(state: AppState): ProvinceCardModel | null {
  const code = state.url.province;
  const province = code === null ? undefined : PROVINCE_BY_CODE.get(code);
  if (code === null || !province) return null;
  // A row's parts (a restricted tier) follow it as rows of their own.
  const rows = datasetRows(state)
    .filter((r): r is ProvinceCardRow => r !== null)
    .flatMap(({ parts, ...row }) => [row, ...(parts ?? [])]);
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
    caveats: cardCaveats(state, code, rows),
  };
}
