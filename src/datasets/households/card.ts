/** The households row of the province card: surveyed households (k-anonymous totals). */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { POPULATION_BY_CODE } from '../../data/places/population';
import { formatCount } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import type { ProvinceCardRow } from '../../state/card/card-row';
import { ratioRow } from '../../state/card/ratio-row';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** Every province counts 1: the "ratio" is the households themselves. */
const ONE_PER_PROVINCE: ReadonlyMap<number, number> = new Map(
  [...POPULATION_BY_CODE.keys()].map((code) => [code, 1]),
);

/** Households of the selected province, the nation and its group. */
export function householdsCardRow(state: AppState, def: DatasetDef): ProvinceCardRow | null {
  const rows = resultRows(state, QUERY_KEYS.householdsByProvince);
  return ratioRow(state, {
    id: def.id,
    label: t(state.lang, 'cardHouseholds'),
    ratio: {
      numerator: valueByProvince(rows, 'households'),
      denominator: ONE_PER_PROVINCE,
      scale: 1,
    },
    format: formatCount,
    asOf: def.asOf,
  });
}
