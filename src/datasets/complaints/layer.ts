/**
 * The complaints layer: a circle per province sized by its open cases and coloured by the share
 * of them overdue, at the province's anchor, with the legend of that share.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { classify } from '../../state/layers/classify';
import { layerSettingsOf } from '../../state/models/dataset-modules';
import { buildLegendModel, classColours, colourByCode } from '../../state/layers/legend-model';
import type { SymbolsLayerModel } from '../../state/layers/point-models';
import type { LegendModel, ProvinceSymbol } from '../../state/models/view-models';
import { complaintsCounts, securityNotBrokenDownNote } from './security-counts';

/** Largest symbol radius in pixels (the province with the most open cases). */
const MAX_SYMBOL_RADIUS = 26;

/** Complaints: circles sized by open cases, coloured by the share of them overdue. */
export function complaintsLayer(state: AppState, def: DatasetDef): SymbolsLayerModel {
  // Under a category filter, the security cases of those categories too, if signed in.
  const { open, overdue } = complaintsCounts(state);
  const share = new Map<number, number>();
  for (const [code, count] of open)
    if (count > 0) share.set(code, (100 * (overdue.get(code) ?? 0)) / count);
  const settings = layerSettingsOf(state, def.id);
  const classification = classify(share.values(), settings.classification, 5, 0);
  const colours = classColours(classification, settings.palette);
  const fills = colourByCode(share, share.keys(), classification, colours);
  // The area, not the radius, is proportional to the open cases.
  const maxOpen = Math.max(1, ...open.values());
  const symbols: ProvinceSymbol[] = [];
  for (const [code, value] of open) {
    const anchor = state.anchors?.get(code);
    const colour = fills.get(code);
    if (!anchor || !colour || value <= 0) continue;
    const radiusPx = Math.max(3, MAX_SYMBOL_RADIUS * Math.sqrt(value / maxOpen));
    symbols.push({ code, lon: anchor[0], lat: anchor[1], value, radiusPx, colour });
  }
  symbols.sort((a, b) => b.value - a.value);
  const legend = buildLegendModel({
    layerId: def.id,
    dataset: def,
    classification,
    colours,
    lang: state.lang,
    decimals: 0,
    title: t(state.lang, 'layer_complaints'),
    unit: t(state.lang, 'measure_open'),
    hasNoData: false,
  });
  const note = securityNotBrokenDownNote(state);
  return {
    kind: 'province-symbols',
    id: def.id,
    opacity: settings.opacity,
    symbols,
    legend: note ? withNote(legend, note) : legend,
  };
}

/** The legend with `note` after what its figures already leave out. */
function withNote(legend: LegendModel, note: string): LegendModel {
  const before = legend.qualityNote;
  return { ...legend, qualityNote: before ? `${before}; ${note}` : note };
}
