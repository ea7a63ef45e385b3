/** The poverty row of the province card: target poor people per 1,000 registered population. */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { POPULATION_BY_CODE } from '../../data/places/population';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import type { ProvinceCardRow } from '../../state/card/card-row';
import { ratioRow } from '../../state/card/ratio-row';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** Target poor people per 1,000 of the selected province, the nation and its group. */
export function povertyCardRow(state: AppState, def: DatasetDef): ProvinceCardRow | null {
  const rows = resultRows(state, QUERY_KEYS.povertyByProvince);
  return ratioRow(state, {
    id: def.id,
    label: t(state.lang, 'measure_per_1000'),
    ratio: {
      numerator: valueByProvince(rows, 'target_people'),
      denominator: POPULATION_BY_CODE,
      scale: 1000,
    },
    format: (value, lang) => formatNumber(value, lang, 1),
    asOf: def.asOf,
  });
}
