/**
 * The size key a proportional-symbol layer's legend carries: built from the symbols the map draws,
 * so its largest circle stands for the same value as the map's largest.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import type { Lang } from '../../i18n/messages';
import type { LayerDrawing } from './layer-drawing';
import { buildSizeKey, largestValue } from './symbol-size';
import type { LegendModel } from '../models/view-models';

/**
 * `legend` with the size key of `drawing`'s symbols in the dataset's unit; `legend` itself for
 * drawings that are not proportional symbols.
 */
export function withSizeKey(
  legend: LegendModel,
  drawing: LayerDrawing,
  def: DatasetDef,
  lang: Lang,
): LegendModel {
  if (drawing.kind !== 'province-symbols') return legend;
  const maxValue = largestValue(drawing.symbols.map((symbol) => symbol.value));
  return { ...legend, sizeKey: buildSizeKey(maxValue, def.unit, lang) };
}
