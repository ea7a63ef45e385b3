/**
 * Which measure of an indicator is shown and how its numbers read: the layer's chosen measure
 * (the first one until the analyst picks another), its title, unit and decimals.
 */
import type { DatasetDef, IndicatorMeasure } from '../../data/manifest/manifest-types';
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { layerSettingsOf } from '../../state/models/dataset-modules';

/** The indicator's measures; none for a dataset that is not an indicator. */
export function measuresOf(def: DatasetDef): readonly IndicatorMeasure[] {
  return def.indicator?.measures ?? [];
}

/** The measure the layer shows: the chosen one when the entry still has it, else the first. */
export function shownMeasure(
  state: Pick<AppState, 'datasets' | 'layerSettings'>,
  def: DatasetDef,
): IndicatorMeasure | null {
  const measures = measuresOf(def);
  const chosen = layerSettingsOf(state, def.id).measure;
  return measures.find((m) => m.column === chosen) ?? measures[0] ?? null;
}

/** "ภัยแล้ง · หมู่บ้าน" when the indicator has several measures, else the indicator's title. */
export function measureTitle(def: DatasetDef, measure: IndicatorMeasure, lang: Lang): string {
  return measuresOf(def).length > 1
    ? `${def.title[lang]} · ${measure.title[lang]}`
    : def.title[lang];
}

/**
 * Decimals the values are shown with: none when every value is whole (counts), two for small
 * fractions (under 10), else one. Computed from the values, since the manifest does not say.
 */
export function decimalsOf(values: Iterable<number>): number {
  let whole = true;
  let largest = 0;
  for (const value of values) {
    if (!Number.isInteger(value)) whole = false;
    largest = Math.max(largest, Math.abs(value));
  }
  if (whole) return 0;
  return largest < 10 ? 2 : 1;
}
