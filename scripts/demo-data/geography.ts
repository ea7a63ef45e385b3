/**
 * Province polygons and a fast, seeded way to put points inside them.
 *
 * Points are not uniform: each province gets a small fictitious "network" (its centre, a few towns,
 * bent roads from the centre to the towns, and the highway legs to neighbouring provinces), and a
 * point is drawn near that network, then kept only if it falls inside the province polygon
 * (rejection sampling in the province's bounding box).
 */
import { readFileSync } from 'node:fs';
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointOnFeature } from '@turf/point-on-feature';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { Rng, WeightedPicker } from './random';

/** Longitude, latitude in degrees. */
export type LonLat = readonly [number, number];

/** One province's outline. */
export interface ProvinceShape {
  readonly code: number;
  readonly feature: Feature<Polygon | MultiPolygon>;
  /** [minLon, minLat, maxLon, maxLat] */
  readonly bbox: readonly [number, number, number, number];
  /** A point inside the province (its label point when the file has one). */
  readonly centre: LonLat;
}

/**
 * Reads a TopoJSON file whose features carry a numeric (or numeric-string) property `code`.
 * Uses the object `objectName`, or the only object when the topology has just one.
 */
export function readProvinceShapes(path: string, objectName: string): Map<number, ProvinceShape> {
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const objectNames = Object.keys(topology.objects);
  const name = objectNames.includes(objectName) ? objectName : objectNames[0];
  const object = name === undefined ? undefined : topology.objects[name];
  if (!object || (name !== objectName && objectNames.length !== 1)) {
    throw new Error(`${path}: no object "${objectName}" (has: ${objectNames.join(', ')})`);
  }
  const collection = feature(topology, object);
  const features = 'features' in collection ? collection.features : [collection];
  const shapes = new Map<number, ProvinceShape>();
  for (const province of features) {
    const properties = (province.properties ?? {}) as Record<string, unknown>;
    const code = Number(properties.code);
    const geometry = province.geometry as Polygon | MultiPolygon | null;
    if (!Number.isInteger(code) || !geometry) throw new Error(`${path}: a feature has no code`);
    if (shapes.has(code)) throw new Error(`${path}: province ${code} appears twice`);
    const polygon: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry };
    const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = bbox(polygon);
    const label: LonLat = [Number(properties.label_lon), Number(properties.label_lat)];
    const centre = booleanPointInPolygon([...label], polygon)
      ? label
      : (pointOnFeature(polygon).geometry.coordinates as [number, number]);
    shapes.set(code, { code, feature: polygon, bbox: [minLon, minLat, maxLon, maxLat], centre });
  }
  return shapes;
}

/** How a {@link ProvincePointSampler} mixes its kinds of proposals (relative weights). */
export interface PointMix {
  /** Along a road corridor. */
  readonly corridor: number;
  /** Around a town. */
  readonly town: number;
  /** Around the provincial centre. */
  readonly centre: number;
  /** Anywhere in the province. */
  readonly uniform: number;
  /** Spread across a corridor, in degrees (0.01° ≈ 1.1 km). */
  readonly corridorWidthDeg: number;
}

/** A {@link PointMix} ready for {@link ProvincePointSampler.sample}. */
export interface PointStyle {
  readonly mix: PointMix;
  readonly kindPicker: WeightedPicker;
}

/** Prepares a mix once, so that drawing a million points does not rebuild it each time. */
export function pointStyle(mix: PointMix): PointStyle {
  return { mix, kindPicker: new WeightedPicker([mix.corridor, mix.town, mix.centre, mix.uniform]) };
}

interface Corridor {
  readonly from: LonLat;
  readonly to: LonLat;
  readonly bendAmplitude: number;
  /** Whole half-waves, so that the road still starts and ends at its end points. */
  readonly bendWaves: number;
}

const MAX_NETWORK_ATTEMPTS = 64;
/** Highways carry more traffic than the roads from the centre to the towns. */
const HIGHWAY_WEIGHT = 2;
const MAX_UNIFORM_ATTEMPTS = 20_000;
/** Coordinates are rounded to 1e-5° (about 1 m), like a GPS fix. */
const COORDINATE_SCALE = 1e5;

/** Draws points inside one province; see the module comment. */
export class ProvincePointSampler {
  private readonly towns: LonLat[] = [];
  private readonly townPicker: WeightedPicker;
  private readonly corridors: Corridor[] = [];
  private readonly corridorPicker: WeightedPicker;
  private readonly scaleDeg: number;

  /**
   * @param highwayLegs segments from this province's centre to its neighbours' on a highway
   * @param networkRng fixes the towns and corridors; use the same stream for every dataset
   */
  constructor(
    private readonly shape: ProvinceShape,
    highwayLegs: readonly (readonly [LonLat, LonLat])[],
    networkRng: Rng,
  ) {
    const [minLon, minLat, maxLon, maxLat] = shape.bbox;
    this.scaleDeg = Math.sqrt((maxLon - minLon) * (maxLat - minLat));
    const townCount = Math.min(9, Math.max(3, Math.round(3 + 3 * this.scaleDeg)));
    const townWeights: number[] = [];
    for (let i = 0; i < townCount; i++) {
      this.towns.push(this.sampleUniform(networkRng));
      townWeights.push(networkRng.logNormal(0.6));
    }
    this.townPicker = new WeightedPicker(townWeights);
    const weights: number[] = [];
    for (const town of this.towns) {
      this.addCorridor(shape.centre, town, 0.08, networkRng);
      weights.push(distance(shape.centre, town));
    }
    for (const [from, to] of highwayLegs) {
      // About half of a leg lies in the neighbouring province and is rejected there.
      this.addCorridor(from, to, 0.03, networkRng);
      weights.push(HIGHWAY_WEIGHT * distance(from, to));
    }
    this.corridorPicker = new WeightedPicker(weights);
  }

  /** A point inside the province, drawn in the given style. */
  sample(rng: Rng, style: PointStyle): LonLat {
    for (let attempt = 0; attempt < MAX_NETWORK_ATTEMPTS; attempt++) {
      const kind = style.kindPicker.pickIndex(rng);
      const proposal =
        kind === 0
          ? this.nearCorridor(rng, style.mix.corridorWidthDeg)
          : kind === 1
            ? this.near(this.towns[this.townPicker.pickIndex(rng)] ?? this.shape.centre, 0.05, rng)
            : kind === 2
              ? this.near(this.shape.centre, 0.08, rng)
              : this.uniformProposal(rng);
      if (this.contains(proposal)) return proposal;
    }
    return this.sampleUniform(rng);
  }

  private addCorridor(from: LonLat, to: LonLat, maxBend: number, rng: Rng): void {
    this.corridors.push({
      from,
      to,
      bendAmplitude: rng.uniform(-maxBend, maxBend),
      bendWaves: 1 + rng.int(2),
    });
  }

  private nearCorridor(rng: Rng, widthDeg: number): LonLat {
    const road = this.corridors[this.corridorPicker.pickIndex(rng)];
    if (!road) return this.shape.centre;
    const t = rng.next();
    const dx = road.to[0] - road.from[0];
    const dy = road.to[1] - road.from[1];
    const length = Math.hypot(dx, dy) || 1;
    const bend =
      road.bendAmplitude * length * Math.sin(Math.PI * road.bendWaves * t) +
      widthDeg * rng.normal();
    return round([
      road.from[0] + dx * t - (dy / length) * bend,
      road.from[1] + dy * t + (dx / length) * bend,
    ]);
  }

  private near(point: LonLat, relativeSpread: number, rng: Rng): LonLat {
    const sigma = relativeSpread * this.scaleDeg + 0.005;
    return round([point[0] + sigma * rng.normal(), point[1] + sigma * rng.normal()]);
  }

  private uniformProposal(rng: Rng): LonLat {
    const [minLon, minLat, maxLon, maxLat] = this.shape.bbox;
    return round([rng.uniform(minLon, maxLon), rng.uniform(minLat, maxLat)]);
  }

  private sampleUniform(rng: Rng): LonLat {
    for (let attempt = 0; attempt < MAX_UNIFORM_ATTEMPTS; attempt++) {
      const proposal = this.uniformProposal(rng);
      if (this.contains(proposal)) return proposal;
    }
    return this.shape.centre;
  }

  private contains(point: LonLat): boolean {
    const [minLon, minLat, maxLon, maxLat] = this.shape.bbox;
    const [lon, lat] = point;
    if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) return false;
    return booleanPointInPolygon([lon, lat], this.shape.feature);
  }
}

function distance(a: LonLat, b: LonLat): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

function round(point: LonLat): LonLat {
  return [
    Math.round(point[0] * COORDINATE_SCALE) / COORDINATE_SCALE,
    Math.round(point[1] * COORDINATE_SCALE) / COORDINATE_SCALE,
  ];
}
