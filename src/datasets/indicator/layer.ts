/**
 * An indicator's map layer: a province choropleth of the shown measure at the newest date in
 * range, with its legend (title, unit, classes, no-data swatch, source, licence, as-of, demo).
 */
import type { DatasetDef, IndicatorMeasure } from '../../data/manifest/manifest-types';
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { layerSettingsOf } from '../../state/models/dataset-modules';
import { choroplethOf, type ChoroplethLayerModel } from '../../state/layers/layer-models';
import type { LayerSettings } from '../../state/layers/layer-settings';
import { provinceValues } from './decode';
import { indicatorKeys } from './queries';
import { decimalsOf, measuresOf, measureTitle, shownMeasure } from './measure';

/**
 * Settings an indicator layer starts with: its first measure; an orange ramp when less is better
 * (more colour = more of a problem), blue when more is better.
 */
export function indicatorDefaultSettings(def: DatasetDef): LayerSettings {
  const first = measuresOf(def)[0];
  return {
    opacity: 0.9,
    measure: first?.column ?? '',
    classification: 'quantile',
    palette: first?.better === 'higher' ? 'blues' : 'oranges',
  };
}

/** The measures the layer panel offers for `def`. */
export function indicatorMeasureChoices(def: DatasetDef, lang: Lang) {
  return measuresOf(def).map((m: IndicatorMeasure) => ({ value: m.column, label: m.title[lang] }));
}

/** The choropleth and legend of indicator `def`. */
export function indicatorLayer(state: AppState, def: DatasetDef): ChoroplethLayerModel {
  const measure = shownMeasure(state, def);
  const { values, day } = provinceValues(state, indicatorKeys(def.id).byProvince);
  return choroplethOf({
    id: def.id,
    values,
    settings: layerSettingsOf(state, def.id),
    dataset: def,
    lang: state.lang,
    title: measure ? measureTitle(def, measure, state.lang) : def.title[state.lang],
    unit: measure ? measure.unit[state.lang] : def.unit[state.lang],
    decimals: decimalsOf(values.values()),
    asOf: day ?? def.asOf,
    region: state.url.region,
    belowTarget: null,
  });
}
