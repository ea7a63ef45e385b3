/**
 * What every dataset generator receives, and what it gives back.
 */
import type { CoreDatasetId } from '../../src/data/manifest/manifest-types';
import type { IsoPeriod } from './dates';
import type { LonLat, PointStyle, ProvincePointSampler } from './geography';
import type { ColumnStore } from './parquet-writer';
import { Rng } from './random';
import type { ProvinceFacts } from './reference-data';

/** Shared inputs of the dataset generators. */
export interface GeneratorContext {
  /** The `--seed` flag. */
  readonly seed: number;
  /** The 77 provinces, by ascending code. */
  readonly provinces: readonly ProvinceFacts[];
  /** Point samplers by province code. */
  readonly samplers: ReadonlyMap<number, ProvincePointSampler>;
}

/** One generated dataset, ready to be written. */
export interface GeneratedDataset {
  readonly id: CoreDatasetId;
  readonly store: ColumnStore;
  readonly rowCount: number;
  readonly period: IsoPeriod;
  /** ISO date of the newest data in the table. */
  readonly asOf: string;
}

/** A generator of its own for one purpose, independent of every other stream in the run. */
export function streamRng(context: GeneratorContext, stream: string): Rng {
  return new Rng(context.seed, stream);
}

/** A point inside province `code`, or an error if the geography lacks the province. */
export function pointIn(
  context: GeneratorContext,
  code: number,
  rng: Rng,
  style: PointStyle,
): LonLat {
  const sampler = context.samplers.get(code);
  if (!sampler) throw new Error(`no geometry for province ${code}`);
  return sampler.sample(rng, style);
}
