/**
 * The road-safety map results decoded for the GPU: the raw incidents as binary point columns and
 * the density cells with their hexagons and colours, each decoded once per result table.
 */
import type { Table } from 'apache-arrow';
import { ROAD_CELL_KM } from '../../data/published/aggregates';
import { hexCellCentre } from '../../data/published/hexgrid';
import { memoizeLast } from '../../state/app/store';
import { classify } from '../../state/layers/classify';
import { colourByCode } from '../../state/layers/legend-model';
import { INCIDENT_DENSITY_RAMP } from '../../state/layers/palettes';
import { INCIDENT_COLOURS } from '../../state/layers/point-models';
import type { DensityCell, DensityCells, PointColumns } from '../../state/models/view-models';

/** A numeric result column as a typed array (one copy at most, even for chunked columns). */
function numbers(table: Table, name: string): ArrayLike<number> | null {
  const column = table.getChild(name);
  return column ? (column.toArray() as ArrayLike<number>) : null;
}

/** Turns the points query's Arrow columns into deck.gl binary attributes (once per result). */
export const pointColumnsOf = memoizeLast((table: Table | undefined): PointColumns | null => {
  if (!table) return null;
  const lon = numbers(table, 'lon');
  const lat = numbers(table, 'lat');
  const deaths = numbers(table, 'deaths');
  const injuries = numbers(table, 'injuries');
  const day = numbers(table, 'day');
  if (!lon || !lat || !deaths || !injuries || !day) return null;
  const length = table.numRows;
  const positions = new Float32Array(length * 2);
  const radii = new Float32Array(length);
  const colours = new Uint8Array(length * 4);
  const days = Float32Array.from(day);
  const weights = new Float32Array(length);
  for (let i = 0; i < length; i += 1) {
    const dead = deaths[i] ?? 0;
    const hurt = injuries[i] ?? 0;
    positions[i * 2] = lon[i] ?? 0;
    positions[i * 2 + 1] = lat[i] ?? 0;
    radii[i] = dead > 0 ? 4 + Math.min(dead, 5) : hurt > 0 ? 3 : 2;
    const colour = INCIDENT_COLOURS[dead > 0 ? 0 : hurt > 0 ? 1 : 2];
    colours[i * 4] = colour[0];
    colours[i * 4 + 1] = colour[1];
    colours[i * 4 + 2] = colour[2];
    colours[i * 4 + 3] = 220;
    weights[i] = 1 + hurt + 5 * dead;
  }
  return { length, positions, radii, colours, days, weights };
});

/** Classes of incident density: one per colour of {@link INCIDENT_DENSITY_RAMP}. */
const DENSITY_CLASSES = INCIDENT_DENSITY_RAMP.length;

/**
 * The density query's cells (one per hexagon with incidents in the date range) with their
 * hexagon, centre and a colour by quantile class of crashes (once per result).
 */
export const densityCellsOf = memoizeLast((table: Table | undefined): DensityCells | null => {
  if (!table) return null;
  const q = numbers(table, 'q');
  const r = numbers(table, 'r');
  const crashes = numbers(table, 'crashes');
  const deaths = numbers(table, 'deaths');
  const injuries = numbers(table, 'injuries');
  if (!q || !r || !crashes || !deaths || !injuries) return null;
  const counts = Array.from(crashes);
  const classification = classify(counts, 'quantile', DENSITY_CLASSES, 0);
  const byIndex = new Map(counts.map((count, index) => [index, count]));
  const fills = colourByCode(byIndex, byIndex.keys(), classification, INCIDENT_DENSITY_RAMP);
  const cells = counts.map((count, i): DensityCell => {
    const cq = q[i] ?? 0;
    const cr = r[i] ?? 0;
    return {
      id: `${cq}:${cr}`,
      centre: hexCellCentre(cq, cr, ROAD_CELL_KM),
      count,
      deaths: deaths[i] ?? 0,
      injuries: injuries[i] ?? 0,
      colour: fills.get(i) ?? INCIDENT_DENSITY_RAMP[0] ?? [0, 0, 0],
    };
  });
  return { cells, radiusMetres: ROAD_CELL_KM * 1000 };
});
