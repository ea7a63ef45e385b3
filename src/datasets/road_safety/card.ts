/** The road-safety row of the province card: deaths per 100,000 in the effective range. */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { POPULATION_BY_CODE } from '../../data/places/population';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import type { ProvinceCardRow } from '../../state/card/card-row';
import { ratioRow } from '../../state/card/ratio-row';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** Deaths per 100,000 registered population of the selected province, the nation and group. */
export function roadSafetyCardRow(state: AppState, def: DatasetDef): ProvinceCardRow | null {
  const rows = resultRows(state, QUERY_KEYS.roadByProvince);
  return ratioRow(state, {
    id: def.id,
    label: t(state.lang, 'measure_deaths_per_100k'),
    ratio: {
      numerator: valueByProvince(rows, 'deaths'),
      denominator: POPULATION_BY_CODE,
      scale: 100_000,
    },
    format: (value, lang) => formatNumber(value, lang, 2),
    asOf: state.cursor ?? state.url.to ?? def.asOf,
  });
}
