/**
 * An indicator's charts when it is the focused layer: its time series (the measure aggregated
 * per date over the charts' scope) and the ranking of the provinces on the map, worst first.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { scopedTitle } from '../../state/queries/chart-scope';
import type { ChoroplethLayerModel } from '../../state/layers/layer-models';
import { categoricalColour } from '../../state/layers/palettes';
import { rankProvinces, rankingTitle, withGroupAverage } from '../../state/charts/rankings';
import { regionCodes } from '../../state/queries/view-filters';
import type { RankingModel, TimeSeriesModel } from '../../state/models/view-models';
import { seriesPoints } from './decode';
import { measureTitle, shownMeasure } from './measure';
import { indicatorKeys } from './queries';

/** The time series of indicator `def`, or null before its answer or without dates. */
export function indicatorSeriesModel(state: AppState, def: DatasetDef): TimeSeriesModel | null {
  const measure = shownMeasure(state, def);
  const points = seriesPoints(state, indicatorKeys(def.id).series);
  if (measure === null || points.length === 0) return null;
  const { lang } = state;
  const title = measureTitle(def, measure, lang);
  return {
    title: scopedTitle(title, state),
    unit: measure.unit[lang],
    dates: points.map((p) => p.day),
    lines: [
      {
        id: measure.column,
        label: measure.title[lang],
        colour: categoricalColour(0),
        values: points.map((p) => p.value),
      },
    ],
    range: state.url.from && state.url.to ? { from: state.url.from, to: state.url.to } : null,
    cursor: state.cursor,
  };
}

/**
 * The ranking of the provinces the layer draws: the worst ten first (highest when less is
 * better, lowest when more is better), in the measure's unit.
 */
export function indicatorRanking(
  state: AppState,
  def: DatasetDef,
  layer: ChoroplethLayerModel,
): RankingModel | null {
  const measure = shownMeasure(state, def);
  if (measure === null || layer.valueByCode.size === 0) return null;
  const { lang } = state;
  const order = measure.better === 'higher' ? 'bottom' : 'top';
  const unit = measure.unit[lang];
  const format = (value: number, l: Lang) =>
    `${formatNumber(value, l, layer.decimals)} ${unit}`.trim();
  const codes = regionCodes(state.url.region);
  const keep = codes === null ? null : new Set(codes);
  const values = new Map(
    [...layer.valueByCode].filter(([code]) => keep === null || keep.has(code)),
  );
  return {
    unit,
    selectedCode: state.url.province,
    title: withGroupAverage(
      `${measureTitle(def, measure, lang)} · ${scopedTitle(rankingTitle(order, 10, lang), state, 'region')}`,
      state,
      values,
      format,
    ),
    rows: rankProvinces(values, { order, count: 10, lang, format }),
  };
}
