/**
 * An indicator's row on the province card, named by its measure: the province's value, the
 * nation's and its region's aggregate (computed by DuckDB with the measure's own aggregate), and
 * its rank "n of m" among the provinces with a value.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { formatNumber } from '../../i18n/format';
import type { AppState } from '../../state/app/app-state';
import type { ProvinceCardRow } from '../../state/card/province-card';
import { groupRankText, rankOf, rankText } from '../../state/charts/rankings';
import { lastTwo, provinceValues, seriesPoints } from './decode';
import { decimalsOf, shownMeasure } from './measure';
import { indicatorKeys } from './queries';

/** The card row of indicator `def` for the selected province, or null without one or a value. */
export function indicatorCardRow(state: AppState, def: DatasetDef): ProvinceCardRow | null {
  const code = state.url.province;
  const measure = shownMeasure(state, def);
  if (code === null || measure === null) return null;
  const keys = indicatorKeys(def.id);
  const { values, day } = provinceValues(state, keys.byProvince);
  if (values.size === 0) return null;
  const { lang } = state;
  const decimals = decimalsOf(values.values());
  const unit = measure.unit[lang];
  const show = (value: number | null | undefined) =>
    value === null || value === undefined
      ? '—'
      : `${formatNumber(value, lang, decimals)} ${unit}`.trim();
  const aggregate = (key: string) => lastTwo(seriesPoints(state, key)).latest?.value;
  const position = rankOf(code, values, 'top');
  return {
    id: def.id,
    // The measure's own title, as the other rows name their measure (the card is narrow).
    label: measure.title[lang],
    valueText: show(values.get(code)),
    nationalText: show(aggregate(keys.national)),
    regionText: show(aggregate(keys.cardRegion)),
    rankText: position ? rankText(position, lang) : '—',
    groupRankText: groupRankText(state, values, 'top'),
    asOf: day ?? def.asOf,
    flag: null,
  };
}
