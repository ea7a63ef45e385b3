/**
 * The TPMAP poverty layer: target poor people per province (a count, or per 1,000 registered
 * population), or bivariate against dose-2 vaccination coverage, for the chosen dimension.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { ratePer } from '../../data/places/population';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { buildBivariate } from '../../state/layers/bivariate';
import { layerSettingsOf } from '../../state/models/dataset-modules';
import {
  ALL_CODES,
  choroplethOf,
  coverageByProvince,
  dimOutsideRegion,
  type ChoroplethLayerModel,
} from '../../state/layers/layer-models';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** Target poor people per 1,000 registered population, by province. */
function povertyPer1000(people: ReadonlyMap<number, number>): Map<number, number> {
  const result = new Map<number, number>();
  for (const [code, count] of people) {
    const rate = ratePer(code, count, 1000);
    if (rate !== null) result.set(code, rate);
  }
  return result;
}

/** TPMAP poverty targets: count, per 1,000, or bivariate against dose-2 coverage. */
export function povertyLayer(state: AppState, def: DatasetDef): ChoroplethLayerModel {
  const settings = layerSettingsOf(state, def.id);
  const dataset = def;
  const people = valueByProvince(resultRows(state, QUERY_KEYS.povertyByProvince), 'target_people');
  const dimension = t(state.lang, `dimension_${state.povertyDimension}`);
  if (settings.measure === 'bivariate') {
    const bivariate = buildBivariate(
      povertyPer1000(people),
      coverageByProvince(state, 'dose2_pct'),
      {
        codes: ALL_CODES,
      },
    );
    const base = choroplethOf({
      id: def.id,
      values: povertyPer1000(people),
      settings,
      dataset,
      lang: state.lang,
      title: `${t(state.lang, 'measure_bivariate')} · ${dimension}`,
      unit: t(state.lang, 'measure_per_1000'),
      decimals: 1,
      asOf: dataset.asOf,
      region: state.url.region,
      belowTarget: null,
    });
    return {
      ...base,
      choropleth: {
        colourByCode: dimOutsideRegion(bivariate.colourByCode, state.url.region),
        outlinedCodes: new Set(),
      },
      legend: base.legend && { ...base.legend, classes: [] },
      bivariate: bivariate.legend,
    };
  }
  const perThousand = settings.measure === 'per_1000';
  return choroplethOf({
    id: def.id,
    values: perThousand ? povertyPer1000(people) : people,
    settings,
    dataset,
    lang: state.lang,
    title: `${t(state.lang, 'layer_poverty')} · ${dimension}`,
    unit: t(state.lang, perThousand ? 'measure_per_1000' : 'measure_people'),
    decimals: perThousand ? 1 : 0,
    asOf: dataset.asOf,
    region: state.url.region,
    belowTarget: null,
  });
}
