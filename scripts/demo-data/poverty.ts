/**
 * Demo TPMAP 2018 poverty targets: per province (76, Bangkok is not covered, as in TPMAP 2018)
 * the target people and households poor in any dimension and in each of the five dimensions.
 * A person can be poor in several dimensions, so the dimensions overlap.
 */
import { calibrationOf } from './calibration';
import { streamRng, type GeneratedDataset, type GeneratorContext } from './context';
import { apportion } from './random';
import type { RegionId } from './reference-data';

/** The published national total of TPMAP 2018 target people (poor in any dimension). */
export const TPMAP_2018_NATIONAL_TARGET_PEOPLE = 1_032_987;

const YEAR = 2018;
const DIMENSIONS = ['health', 'living', 'education', 'income', 'access'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/**
 * Share of a province's target people poor in each dimension, by region (rounded from TPMAP
 * 2018: the north-east is poor mostly in education, the centre and east in income).
 */
const REGION_DIMENSION_SHARE: Readonly<Record<RegionId, Readonly<Record<Dimension, number>>>> = {
  central: { health: 0.2, living: 0.25, education: 0.2, income: 0.5, access: 0.005 },
  east: { health: 0.2, living: 0.2, education: 0.35, income: 0.45, access: 0.005 },
  northeast: { health: 0.2, living: 0.15, education: 0.5, income: 0.25, access: 0.01 },
  north: { health: 0.25, living: 0.25, education: 0.35, income: 0.4, access: 0.005 },
  west: { health: 0.25, living: 0.25, education: 0.35, income: 0.4, access: 0.005 },
  south: { health: 0.2, living: 0.35, education: 0.3, income: 0.35, access: 0.005 },
};

/** Target households per target person (TPMAP 2018, rounded): about 3-4 people per household. */
const HOUSEHOLDS_PER_PERSON: Readonly<Record<Dimension | 'any', number>> = {
  any: 0.28,
  health: 0.36,
  living: 0.33,
  education: 0.22,
  income: 0.29,
  access: 0.3,
};

/** The dimensions together must cover everyone poor in any dimension, with some overlap. */
const MIN_DIMENSION_SUM = 1.05;

/** Generates six rows ('any' and the five dimensions) for every province TPMAP covers. */
export function generatePoverty(context: GeneratorContext): GeneratedDataset {
  const rng = streamRng(context, 'poverty');
  const covered = context.provinces.filter((p) => calibrationOf(p.code).povertyHalfOctave !== null);
  const intensity = covered.map(
    (p) =>
      p.population *
      0.01 *
      2 ** (calibrationOf(p.code).povertyHalfOctave ?? 0) *
      rng.logNormal(0.15),
  );
  const anyPeople = apportion(TPMAP_2018_NATIONAL_TARGET_PEOPLE, intensity);
  const columns = {
    province_code: [] as number[],
    year: [] as number[],
    dimension: [] as string[],
    target_people: [] as number[],
    target_households: [] as number[],
  };
  const push = (code: number, dimension: string, people: number, households: number) => {
    columns.province_code.push(code);
    columns.year.push(YEAR);
    columns.dimension.push(dimension);
    columns.target_people.push(people);
    columns.target_households.push(households);
  };

  covered.forEach((province, i) => {
    const people = anyPeople[i] ?? 0;
    const households = householdsFor(
      people,
      HOUSEHOLDS_PER_PERSON.any * rng.logNormal(0.08),
      people,
    );
    const profile = REGION_DIMENSION_SHARE[province.region];
    const shares = DIMENSIONS.map((d) => Math.min(0.95, profile[d] * rng.logNormal(0.25)));
    const sum = shares.reduce((acc, share) => acc + share, 0);
    const scaled = shares.map((share) =>
      Math.min(0.95, (share * MIN_DIMENSION_SUM) / Math.min(sum, MIN_DIMENSION_SUM)),
    );
    push(province.code, 'any', people, households);
    DIMENSIONS.forEach((dimension, d) => {
      const dimensionPeople = Math.round(people * (scaled[d] ?? 0));
      const ratio = HOUSEHOLDS_PER_PERSON[dimension] * rng.logNormal(0.08);
      push(
        province.code,
        dimension,
        dimensionPeople,
        householdsFor(dimensionPeople, ratio, households),
      );
    });
  });

  const toInt32 = (values: number[]) => Int32Array.from(values);
  return {
    id: 'poverty',
    rowCount: columns.province_code.length,
    period: { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` },
    asOf: `${YEAR}-12-31`,
    store: {
      province_code: toInt32(columns.province_code),
      year: toInt32(columns.year),
      dimension: columns.dimension,
      target_people: toInt32(columns.target_people),
      target_households: toInt32(columns.target_households),
    },
  };
}

/** Households of `people` target people: at least one when anyone is poor, at most `cap`. */
function householdsFor(people: number, perPerson: number, cap: number): number {
  if (people === 0) return 0;
  return Math.min(cap, people, Math.max(1, Math.round(people * perPerson)));
}
