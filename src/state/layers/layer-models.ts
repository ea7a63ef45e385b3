/**
 * Map layer models: per active layer, what to draw and its legend. Memoised on the inputs'
 * identity, so an unrelated state change (hover, a chart) reuses the same models and deck.gl
 * does not rebuild anything.
 */
import { IMPLAUSIBLE_COVERAGE_PERCENT } from '../../data/queries';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import type { BivariateLegendModel } from './bivariate';
import type { ChoroplethDrawing, HexCellsDrawing } from './layer-drawing';
import type { ProvinceFlag } from '../quality/data-quality';
import { classify } from './classify';
import { buildLegendModel, classColours, colourByCode } from './legend-model';
import type { LayerSettings } from './layer-settings';
import { NO_DATA_COLOUR, type Rgb } from './palettes';
import { QUERY_KEYS } from '../queries/view-queries';
import { regionCodes } from '../queries/view-filters';
import { resultRows, valueByProvince } from '../queries/result-rows';
import { provincesBelowTarget } from './thresholds';
import type { LayerId, LegendModel } from '../models/view-models';

/** A province-filled layer (vaccination, poverty, road-safety rates, household provinces). */
export interface ChoroplethLayerModel extends ChoroplethDrawing {
  readonly id: LayerId;
  readonly opacity: number;
  /** The value per province the tooltip shows, already in the legend's unit. */
  readonly valueByCode: ReadonlyMap<number, number>;
  /** Decimals the values are shown with; `percent` adds " %". */
  readonly decimals: number;
  readonly percent: boolean;
  /**
   * Provinces whose value is impossible (no value: the tooltip says why) or shown with a caveat
   * (over 100 % of the registered population).
   */
  readonly flagByCode: ReadonlyMap<number, ProvinceFlag>;
  readonly legend: LegendModel | null;
  readonly bivariate: BivariateLegendModel | null;
}

/** A layer of hexagon cells (households), each cell holding at least k records. */
export interface HexCellsLayerModel extends HexCellsDrawing {
  readonly id: LayerId;
  readonly opacity: number;
  readonly legend: LegendModel | null;
}

const NO_FLAGS: ReadonlyMap<number, ProvinceFlag> = new Map();

/** Every province code, for layers that colour the provinces without a value as no data. */
export const ALL_CODES = [...PROVINCE_BY_CODE.keys()];

/** Blends colours of provinces outside the region towards the land colour. */
export function dimOutsideRegion(
  colours: ReadonlyMap<number, Rgb>,
  region: AppState['url']['region'],
): ReadonlyMap<number, Rgb> {
  const inside = regionCodes(region);
  if (inside === null) return colours;
  const keep = new Set(inside);
  const result = new Map<number, Rgb>();
  for (const [code, colour] of colours) {
    result.set(
      code,
      keep.has(code)
        ? colour
        : [colour[0] * 0.3 + 27 * 0.7, colour[1] * 0.3 + 36 * 0.7, colour[2] * 0.3 + 54 * 0.7],
    );
  }
  return result;
}

interface ChoroplethInput {
  readonly id: LayerId;
  readonly values: ReadonlyMap<number, number>;
  readonly settings: LayerSettings;
  readonly dataset: DatasetDef | undefined;
  readonly lang: Lang;
  readonly title: string;
  readonly unit: string;
  readonly decimals: number;
  readonly asOf: string | undefined;
  readonly region: AppState['url']['region'];
  readonly belowTarget: number | null;
  readonly percent?: boolean;
  readonly flagByCode?: ReadonlyMap<number, ProvinceFlag>;
}

/** Classifies values and builds the choropleth and legend of one layer. */
export function choroplethOf(input: ChoroplethInput): ChoroplethLayerModel {
  const { values, settings } = input;
  const classification = classify(values.values(), settings.classification, 5, input.decimals);
  const colours = classColours(classification, settings.palette);
  const fills = colourByCode(values, ALL_CODES, classification, colours);
  const outlined =
    input.belowTarget === null
      ? new Set<number>()
      : provincesBelowTarget(values, input.belowTarget);
  const legend = input.dataset
    ? buildLegendModel({
        layerId: input.id,
        dataset: input.dataset,
        classification,
        colours,
        lang: input.lang,
        decimals: input.decimals,
        title: input.title,
        unit: input.unit,
        hasNoData: ALL_CODES.some((code) => !values.has(code)),
        hasImpossible: [...(input.flagByCode?.values() ?? [])].some((f) => f.kind === 'anomaly'),
        belowTargetPercent: input.belowTarget,
        ...(input.asOf ? { asOf: input.asOf } : {}),
      })
    : null;
  return {
    kind: 'choropleth',
    id: input.id,
    opacity: settings.opacity,
    choropleth: { colourByCode: dimOutsideRegion(fills, input.region), outlinedCodes: outlined },
    valueByCode: values,
    decimals: input.decimals,
    percent: input.percent ?? false,
    flagByCode: input.flagByCode ?? NO_FLAGS,
    legend,
    bivariate: null,
  };
}

/** Dose coverage per province in percent, from DuckDB or, before it is ready, the preview. */
export function coverageByProvince(state: AppState, measure: string): Map<number, number> {
  // The preview stands in only until DuckDB answers: an answer with no rows (a threshold no
  // province passes) must draw no province, not the unfiltered preview.
  if (state.results[QUERY_KEYS.vaccinationByProvince] !== undefined) {
    // A NULL percent (an impossible week, no population) is no value: Number(null) would read it
    // as 0.0 % and draw it as fact.
    const rows = resultRows(state, QUERY_KEYS.vaccinationByProvince).filter(
      (row) => row[measure] !== null && row[measure] !== undefined,
    );
    return valueByProvince(rows, measure);
  }
  const dose = measure.replace('_pct', '') as 'dose1' | 'dose2' | 'dose3';
  const result = new Map<number, number>();
  for (const row of state.vaccination?.rows ?? []) {
    // The preview gets the checks the query makes: a value it could not show is not drawn.
    if (!PROVINCE_BY_CODE.has(row.code) || !(row.population > 0) || !(row[dose] >= 0)) continue;
    const percent = (100 * row[dose]) / row.population;
    if (percent <= IMPLAUSIBLE_COVERAGE_PERCENT) result.set(row.code, percent);
  }
  return result;
}

/** Colour for a missing province, re-exported for views that draw their own swatches. */
export const NO_DATA = NO_DATA_COLOUR;
