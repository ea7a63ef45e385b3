/**
 * An indicator's KPI tile: the region's (or the nation's) aggregate at the newest date up to the
 * day shown, in the measure's unit, and its change against the date before.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { formatDate, formatNumber } from '../../i18n/format';
import type { AppState } from '../../state/app/app-state';
import { formatPercentChange, percentChange, type KpiTileModel } from '../../state/kpis/kpis';
import { lastTwo, seriesPoints, type SeriesPoint } from './decode';
import { decimalsOf, shownMeasure } from './measure';
import { indicatorText } from './messages';
import { indicatorKeys } from './queries';

/** The newest point of the KPI series inside the range (none when the range starts after it). */
function latestInRange(
  points: readonly SeriesPoint[],
  from: string | null,
): { latest: SeriesPoint | null; previous: SeriesPoint | null } {
  const { latest, previous } = lastTwo(points);
  if (latest === null || (from !== null && latest.day < from)) {
    return { latest: null, previous: null };
  }
  return { latest, previous };
}

/**
 * The tile's label: the measure's own title, since a tile is narrow (a wall shows seven in a
 * row); the full "dataset · measure" title is on the legend and the card.
 */
export function indicatorKpiLabel(state: AppState, def: DatasetDef): string {
  const measure = shownMeasure(state, def);
  return measure ? measure.title[state.lang] : def.title[state.lang];
}

/** The tile of indicator `def` once its KPI query has answered. */
export function indicatorKpi(state: AppState, def: DatasetDef): KpiTileModel {
  const { lang } = state;
  const measure = shownMeasure(state, def);
  const points = seriesPoints(state, indicatorKeys(def.id).kpi);
  const { latest, previous } = latestInRange(points, state.url.from);
  const value = latest?.value ?? null;
  const decimals = decimalsOf(points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const unit = measure ? measure.unit[lang] : def.unit[lang];
  const change = percentChange(value, previous?.value);
  return {
    id: def.id,
    label: indicatorKpiLabel(state, def),
    value,
    valueText:
      value === null
        ? indicatorText(lang, 'noValue')
        : `${formatNumber(value, lang, decimals)} ${unit}`.trim(),
    change,
    changeText:
      previous === null
        ? ''
        : indicatorText(lang, 'changeSince', {
            change: formatPercentChange(change, lang),
            day: formatDate(previous.day, lang),
          }),
    alertCount: null,
    alertText: '',
    alertCodes: new Set(),
    status: value === null ? 'noData' : 'value',
    periodNote: '',
    qualityText: '',
  };
}
