import { PROVINCE_BY_CODE } from '../data/provinces';
import type { AppState, ProvinceVaccination, VaccinationSnapshot } from './app-state';
import { classIndex, quantileBreaks, type Classification } from './classify';
import { NO_DATA_COLOUR, spreadPalette, VIRIDIS_5, type Rgb } from './palettes';
import { memoizeLast } from './store';

/** What the map and legend need to draw the dose-2 coverage choropleth. */
export interface CoverageChoropleth {
  readonly asOf: string;
  readonly origin: VaccinationSnapshot['origin'];
  readonly classification: Classification;
  readonly palette: readonly Rgb[];
  /** Fill colour per province code (no-data colour for provinces without a value). */
  readonly colourByCode: ReadonlyMap<number, Rgb>;
  /** Dose-2 coverage in percent per province code. */
  readonly valueByCode: ReadonlyMap<number, number>;
  readonly rowByCode: ReadonlyMap<number, ProvinceVaccination>;
  /** True when at least one province has no value (the legend then shows the no-data swatch). */
  readonly hasNoData: boolean;
}

/**
 * Dose-2 coverage, percent of the registered population, rounded to the one decimal the screen
 * shows (so a value and its legend class always agree); null without a population.
 */
export function dose2Percent(row: ProvinceVaccination): number | null {
  return row.population > 0 ? Math.round((1000 * row.dose2) / row.population) / 10 : null;
}

const buildCoverageChoropleth = memoizeLast(
  (snapshot: VaccinationSnapshot | null): CoverageChoropleth | null => {
    if (!snapshot) return null;
    const valueByCode = new Map<number, number>();
    const rowByCode = new Map<number, ProvinceVaccination>();
    for (const row of snapshot.rows) {
      rowByCode.set(row.code, row);
      const pct = dose2Percent(row);
      if (pct !== null) valueByCode.set(row.code, pct);
    }
    const classification = quantileBreaks([...valueByCode.values()], VIRIDIS_5.length);
    const palette = spreadPalette(VIRIDIS_5, classification.breaks.length + 1);
    const colourByCode = new Map<number, Rgb>();
    let hasNoData = false;
    for (const code of PROVINCE_BY_CODE.keys()) {
      const index = classIndex(valueByCode.get(code), classification);
      hasNoData ||= index < 0;
      colourByCode.set(code, index < 0 ? NO_DATA_COLOUR : (palette[index] ?? NO_DATA_COLOUR));
    }
    return {
      asOf: snapshot.asOf,
      origin: snapshot.origin,
      classification,
      palette,
      colourByCode,
      valueByCode,
      rowByCode,
      hasNoData,
    };
  },
);

/** The dose-2 coverage choropleth, recomputed only when the vaccination snapshot changes. */
export function selectCoverageChoropleth(state: AppState): CoverageChoropleth | null {
  return buildCoverageChoropleth(state.vaccination);
}
