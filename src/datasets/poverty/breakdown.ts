/** The poverty breakdown chart: target poor people by TPMAP dimension, for the chart scope. */
import { formatCount } from '../../i18n/format';
import { categoryName } from '../../i18n/categories';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { scopedTitle } from '../../state/queries/chart-scope';
import { POVERTY_DIMENSIONS, type PovertyDimension } from '../../state/layers/layer-settings';
import { resultRows } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import type { BreakdownModel } from '../../state/models/view-models';

function isPovertyDimension(key: string): key is PovertyDimension {
  return (POVERTY_DIMENSIONS as readonly string[]).includes(key);
}

/** People per dimension (a dimension's own name, else the category's). */
export function povertyDimensions(state: AppState): BreakdownModel {
  const { lang } = state;
  return {
    title: scopedTitle(t(lang, 'chartPovertyDimensions'), state),
    unit: t(lang, 'measure_people'),
    rows: resultRows(state, QUERY_KEYS.povertyByDimension).map((r) => {
      const key = String(r.dimension);
      const people = Number(r.target_people);
      return {
        key,
        label: isPovertyDimension(key) ? t(lang, `dimension_${key}`) : categoryName(key, lang),
        value: people,
        valueText: formatCount(people, lang),
      };
    }),
  };
}
