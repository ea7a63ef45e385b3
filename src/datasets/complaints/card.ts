/** The complaints row of the province card: open cases per 100,000 on the day looked at. */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { POPULATION_BY_CODE } from '../../data/places/population';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import type { ProvinceCardRow } from '../../state/card/card-row';
import { ratioRow } from '../../state/card/ratio-row';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** Open cases per 100,000 registered population of the selected province, the nation and group. */
export function complaintsCardRow(state: AppState, def: DatasetDef): ProvinceCardRow | null {
  const rows = resultRows(state, QUERY_KEYS.complaintsByProvince);
  return ratioRow(state, {
    id: def.id,
    label: t(state.lang, 'cardOpenComplaints'),
    ratio: {
      numerator: valueByProvince(rows, 'open'),
      denominator: POPULATION_BY_CODE,
      scale: 100_000,
    },
    format: (value, lang) => formatNumber(value, lang, 1),
    asOf: state.cursor ?? state.url.to ?? def.asOf,
  });
}
