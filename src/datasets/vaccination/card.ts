/** The vaccination row of the province card: dose-2 coverage (the preview's until DuckDB answers). */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { formatPercent } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import type { ProvinceCardRow } from '../../state/card/card-row';
import { coverageRatio, ratioRow } from '../../state/card/ratio-row';

/** Dose-2 coverage of the selected province beside the nation's and its group's. */
export function vaccinationCardRow(state: AppState, def: DatasetDef): ProvinceCardRow | null {
  return ratioRow(state, {
    id: def.id,
    label: t(state.lang, 'measure_dose2_pct'),
    ratio: coverageRatio(state),
    format: formatPercent,
    // The week shown: the cursor's, else the preview's or the data's as-of.
    asOf: state.cursor ?? state.vaccination?.asOf ?? def.asOf,
  });
}
