/**
 * Pure pieces of a user layer: which columns of an Arrow table can key and colour it, the value
 * per province (classified with the app's classification and palettes), and the points as
 * columnar arrays for the map.
 */
import { DataType, type Table } from 'apache-arrow';
import { toNumber } from '../../../data/import/province-sums';
import {
  classify,
  type Classification,
  type ClassificationMethod,
} from '../../../state/layers/classify';
import { classColours, colourByCode } from '../../../state/layers/legend-model';
import { NO_DATA_COLOUR, type Rgb } from '../../../state/layers/palettes';
import type { ChoroplethModel, PaletteId, PointColumns } from '../../../state/models/view-models';

/** How a table can be drawn: by province code, or by longitude and latitude. */
export type LayerKey =
  | { readonly kind: 'province'; readonly code: string }
  | { readonly kind: 'points'; readonly lon: string; readonly lat: string };

/** Pixel radius of a user point. */
export const USER_POINT_RADIUS = 4;

const fieldNames = (table: Table): string[] => table.schema.fields.map((f) => f.name);

/**
 * The key a table can be drawn by: a `province_code` column (any case), else `lon`/`lat` (or
 * `longitude`/`latitude`, `lng`); null when it has neither.
 */
export function layerKeyOf(table: Table): LayerKey | null {
  const names = fieldNames(table);
  const find = (...wanted: string[]): string | undefined =>
    names.find((name) => wanted.includes(name.toLowerCase()));
  const code = find('province_code');
  if (code !== undefined) return { kind: 'province', code };
  const lon = find('lon', 'longitude', 'lng');
  const lat = find('lat', 'latitude');
  return lon !== undefined && lat !== undefined ? { kind: 'points', lon, lat } : null;
}

/** Columns holding numbers (any int, float or decimal type), excluding `exclude`. */
export function numericColumns(table: Table, exclude: readonly string[] = []): string[] {
  return table.schema.fields
    .filter(
      (field) =>
        !exclude.includes(field.name) &&
        (DataType.isInt(field.type) ||
          DataType.isFloat(field.type) ||
          DataType.isDecimal(field.type)),
    )
    .map((field) => field.name);
}

// Summed where the table is made when it comes from a file (the import worker): see province-sums.
export { toNumber, valuesByProvince } from '../../../data/import/province-sums';

/** A classified province layer: what the map draws and what its legend says. */
export interface UserChoropleth {
  readonly model: ChoroplethModel;
  readonly classification: Classification;
  readonly colours: readonly Rgb[];
  /** True when at least one province has no value. */
  readonly hasNoData: boolean;
  /** Decimals the legend's labels use. */
  readonly decimals: number;
}

/** Decimals to show: none for whole numbers, else up to 2 (1 when values reach 100). */
export function decimalsFor(values: Iterable<number | null>): number {
  let max = 0;
  let whole = true;
  for (const value of values) {
    if (value === null) continue;
    max = Math.max(max, Math.abs(value));
    if (!Number.isInteger(value)) whole = false;
  }
  if (whole) return 0;
  return max >= 100 ? 1 : 2;
}

/**
 * Classes the values into at most five classes and colours the provinces the table has: a
 * province without rows stays transparent, so the layers beneath show through (a file of five
 * provinces does not hide the rest of the map); one with rows but no value gets the no-data colour.
 */
export function userChoropleth(
  valueByCode: ReadonlyMap<number, number | null>,
  method: ClassificationMethod,
  palette: PaletteId,
): UserChoropleth {
  const decimals = decimalsFor(valueByCode.values());
  const classification = classify(valueByCode.values(), method, 5, decimals);
  const colours = classColours(classification, palette);
  const colourMap = colourByCode(valueByCode, valueByCode.keys(), classification, colours);
  const hasNoData = [...valueByCode.values()].some((value) => value === null);
  return {
    model: { colourByCode: colourMap, outlinedCodes: new Set() },
    classification,
    colours,
    hasNoData,
    decimals,
  };
}

/** Every row with finite coordinates as a point of one colour (no day filter: days are 0). */
export function userPoints(table: Table, lon: string, lat: string, colour: Rgb): PointColumns {
  const lons = table.getChild(lon);
  const lats = table.getChild(lat);
  const rows = lons && lats ? Math.min(lons.length, lats.length) : 0;
  const kept = new Float32Array(rows * 2);
  let length = 0;
  if (lons && lats) {
    // Iterators walk the record batches directly: a million get(row) calls would hold the page.
    const latCells = lats[Symbol.iterator]();
    for (const lonCell of lons) {
      const x = toNumber(lonCell);
      const y = toNumber(latCells.next().value);
      if (x !== null && y !== null && Math.abs(x) <= 180 && Math.abs(y) <= 90) {
        kept[length * 2] = x;
        kept[length * 2 + 1] = y;
        length += 1;
      }
    }
  }
  const colours = new Uint8Array(length * 4);
  const rgba = Uint8Array.of(colour[0], colour[1], colour[2], 230);
  for (let i = 0; i < length; i += 1) colours.set(rgba, i * 4);
  return {
    length,
    positions: kept.slice(0, length * 2),
    radii: new Float32Array(length).fill(USER_POINT_RADIUS),
    colours,
    days: new Float32Array(length),
    weights: new Float32Array(length).fill(1),
  };
}

/** The no-data swatch colour, re-exported for the legend. */
export const USER_NO_DATA_COLOUR: Rgb = NO_DATA_COLOUR;
