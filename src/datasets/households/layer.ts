/**
 * The households layer: k-anonymous hexagon cells coloured by households surveyed (every cell
 * holds at least k of them), or, with the "provinces" measure, a province choropleth.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { hexCellPolygon } from '../../data/published/hexgrid';
import { HOUSEHOLD_CELL_KM } from '../../data/queries';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { classify } from '../../state/layers/classify';
import { layerSettingsOf } from '../../state/models/dataset-modules';
import { buildLegendModel, colourByCode } from '../../state/layers/legend-model';
import {
  choroplethOf,
  type ChoroplethLayerModel,
  type HexCellsLayerModel,
} from '../../state/layers/layer-models';
import { paletteColours } from '../../state/layers/palettes';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import type { HexCell } from '../../state/models/view-models';

/** Surveyed households per province (groups under k are absent: no data). */
export function householdsProvinceLayer(state: AppState, def: DatasetDef): ChoroplethLayerModel {
  return choroplethOf({
    id: def.id,
    values: valueByProvince(resultRows(state, QUERY_KEYS.householdsByProvince), 'households'),
    settings: layerSettingsOf(state, def.id),
    dataset: def,
    lang: state.lang,
    title: t(state.lang, 'layer_households'),
    unit: t(state.lang, 'measure_provinces'),
    decimals: 0,
    asOf: def.asOf,
    region: state.url.region,
    belowTarget: null,
  });
}

/** Households: hexagon cells (every one with at least k households), coloured by count. */
export function householdCellsLayer(state: AppState, def: DatasetDef): HexCellsLayerModel {
  const rows = resultRows(state, QUERY_KEYS.householdHexbins);
  const counts = rows.map((row) => Number(row.households));
  const settings = layerSettingsOf(state, def.id);
  const classification = classify(counts, settings.classification, 5, 0);
  const colours = paletteColours(settings.palette, Math.max(1, classification.breaks.length + 1));
  const byIndex = new Map(counts.map((count, index) => [index, count]));
  const fills = colourByCode(byIndex, byIndex.keys(), classification, colours);
  const cells = rows.map((row, index): HexCell => {
    const q = Number(row.q);
    const r = Number(row.r);
    return {
      id: `${q}:${r}`,
      polygon: hexCellPolygon(q, r, HOUSEHOLD_CELL_KM),
      count: counts[index] ?? 0,
      colour: fills.get(index) ?? colours[0] ?? [0, 0, 0],
    };
  });
  const legend = buildLegendModel({
    layerId: def.id,
    dataset: def,
    classification,
    colours,
    lang: state.lang,
    decimals: 0,
    title: t(state.lang, 'layer_households'),
    unit: t(state.lang, 'legendHouseholdsPerCell'),
    hasNoData: false,
  });
  return { kind: 'hex-cells', id: def.id, opacity: settings.opacity, cells, legend };
}

/** The layer the chosen measure draws. */
export function householdsLayer(
  state: AppState,
  def: DatasetDef,
): ChoroplethLayerModel | HexCellsLayerModel {
  return layerSettingsOf(state, def.id).measure === 'provinces'
    ? householdsProvinceLayer(state, def)
    : householdCellsLayer(state, def);
}
