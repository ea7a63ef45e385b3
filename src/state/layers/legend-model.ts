import type { DatasetDef } from '../../data/manifest/manifest-types';
import { formatNumber } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import { classCountOf, classIndex, type Classification } from './classify';
import { qt } from '../quality/quality-messages';
import {
  BELOW_TARGET_OUTLINE_COLOUR,
  MAP_LAND_COLOUR,
  NO_DATA_COLOUR,
  paletteColours,
  type Rgb,
} from './palettes';
import type { LayerId, LegendClass, LegendModel, PaletteId } from '../models/view-models';

/** One colour per class of `classification`, spread over palette `id` (none without values). */
export function classColours(classification: Classification, id: PaletteId): Rgb[] {
  return paletteColours(id, classCountOf(classification));
}

/**
 * Fill colour per code: the colour of the value's class, or the no-data colour for codes without
 * a value. `codes` lists every code to colour (e.g. all 77 provinces).
 */
export function colourByCode(
  valueByCode: ReadonlyMap<number, number | null>,
  codes: Iterable<number>,
  classification: Classification,
  colours: readonly Rgb[],
): Map<number, Rgb> {
  const result = new Map<number, Rgb>();
  for (const code of codes) {
    const index = classIndex(valueByCode.get(code), classification);
    result.set(code, index < 0 ? NO_DATA_COLOUR : (colours[index] ?? NO_DATA_COLOUR));
  }
  return result;
}

/**
 * Label of class `index`: "< 56" (first), "56 – 59.5" (middle), "≥ 74.2" (last), numbers
 * formatted for `lang` with at most `decimals` decimals. A single class reads "min – max"
 * (or just the value when all values are equal).
 */
export function classLabel(
  classification: Classification,
  index: number,
  lang: Lang,
  decimals: number,
): string {
  const format = (value: number) => formatNumber(value, lang, decimals);
  const { breaks, min, max } = classification;
  if (breaks.length === 0) {
    if (Number.isNaN(min)) return '';
    return min === max ? format(min) : `${format(min)} – ${format(max)}`;
  }
  const lower = breaks[index - 1];
  const upper = breaks[index];
  if (lower === undefined) return `< ${format(upper ?? min)}`;
  if (upper === undefined) return `≥ ${format(lower)}`;
  return `${format(lower)} – ${format(upper)}`;
}

/** What {@link buildLegendModel} needs. */
export interface LegendModelInput {
  readonly layerId: LayerId;
  readonly dataset: DatasetDef;
  readonly classification: Classification;
  /** One colour per class; {@link classColours} gives them for a palette id. */
  readonly colours: readonly Rgb[];
  readonly lang: Lang;
  /** Decimals of the labels (default: the classification's, else 1). */
  readonly decimals?: number;
  /** Legend title (default: the dataset's title in `lang`). */
  readonly title?: string;
  /** Unit line (default: the dataset's unit in `lang`). */
  readonly unit?: string;
  /** ISO as-of date (default: the dataset's `asOf`), e.g. the week the map shows. */
  readonly asOf?: string;
  /** True when at least one province has no value: adds the no-data swatch. */
  readonly hasNoData: boolean;
  /** True when some of those provinces have an impossible value, drawn in the no-data colour. */
  readonly hasImpossible?: boolean;
  /** Target (percent) below which provinces are outlined: adds the "below target" note. */
  readonly belowTargetPercent?: number | null;
}

/** "70 %" for a target in percent. */
function percentText(value: number, lang: Lang): string {
  return `${formatNumber(value, lang, 1)} %`;
}

/** The extra swatches: no data, below target (outline), groups hidden for privacy. */
function legendNotes(input: LegendModelInput): LegendClass[] {
  const { lang, dataset } = input;
  const notes: LegendClass[] = [];
  if (input.hasNoData) {
    const label = input.hasImpossible
      ? `${t(lang, 'noData')} / ${qt(lang, 'anomalous')}`
      : t(lang, 'noData');
    notes.push({ colour: NO_DATA_COLOUR, label });
  }
  if (input.belowTargetPercent !== undefined && input.belowTargetPercent !== null) {
    notes.push({
      colour: BELOW_TARGET_OUTLINE_COLOUR,
      label: t(lang, 'legendBelowTarget').replace(
        '{target}',
        percentText(input.belowTargetPercent, lang),
      ),
    });
  }
  if (dataset.minGroupSize !== undefined) {
    const key =
      input.layerId === 'households' ? 'legendSmallCellsHidden' : 'legendSmallGroupsHidden';
    notes.push({
      colour: MAP_LAND_COLOUR,
      label: t(lang, key).replace('{count}', formatNumber(dataset.minGroupSize, lang, 0)),
    });
  }
  return notes;
}

/**
 * The legend of one layer: classes with formatted ranges, notes (no data when a province lacks a
 * value; "below target" outline for vaccination when a target is given; "cells with fewer than k
 * households are not shown" for datasets with a minimum group size), and the dataset's source,
 * licence, as-of date and demo flag.
 */
export function buildLegendModel(input: LegendModelInput): LegendModel {
  const { classification, colours, lang, dataset } = input;
  const decimals = input.decimals ?? classification.decimals ?? 1;
  const classes = colours.slice(0, classCountOf(classification)).map((colour, index) => ({
    colour,
    label: classLabel(classification, index, lang, decimals),
  }));
  return {
    layerId: input.layerId,
    title: input.title ?? dataset.title[lang],
    unit: input.unit ?? dataset.unit[lang],
    classes,
    notes: legendNotes(input),
    source: dataset.source[lang],
    licence: dataset.licence,
    asOf: input.asOf ?? dataset.asOf,
    demo: dataset.demo,
  };
}
