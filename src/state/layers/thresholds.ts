/**
 * Alert thresholds, configured in data/thresholds.json and bundled at build time, and the rules
 * that apply them to values per province.
 *
 * - vaccination.dose2TargetPercent (default 70): a province is "below target" when its dose-2
 *   coverage, rounded as shown, is strictly below this percentage of its registered population.
 * - roadSafety.aboveUsualFactor (default 1.5) and roadSafety.minDeaths (default 3): a province is
 *   "above its usual rate" when its deaths per day in the selected period exceed `factor` times its
 *   own deaths per day over the whole dataset period, and at least `minDeaths` people died in the
 *   period. Deaths per 100,000 would give the same result (a province's population cancels out when
 *   it is compared with itself); `minDeaths` keeps a single death in a quiet province from raising
 *   an alert. On the demo data this flags 23 provinces over Songkran 2025 and 1 in an ordinary week.
 * - complaints.overdueDays (default 30): a case is overdue when it is not closed and was received
 *   more than this many days before the as-of date.
 * - complaints.overdueSharePercent (default 75): a province is flagged when more than this
 *   percentage of its open cases are overdue (16 of 77 provinces on the demo data).
 */
import thresholdsJson from '../../../data/thresholds.json';
import { parseIsoDate } from '../../i18n/format';
import { roundTo } from './classify';

/** Validated thresholds; see the module comment for the rules they drive. */
export interface Thresholds {
  readonly vaccination: { readonly dose2TargetPercent: number };
  readonly roadSafety: { readonly aboveUsualFactor: number; readonly minDeaths: number };
  readonly complaints: { readonly overdueDays: number; readonly overdueSharePercent: number };
}

/** Where the thresholds live, as named in error messages. */
export const THRESHOLDS_FILE = 'data/thresholds.json';

interface FieldRule {
  /** "a number above 0 and at most 100", for error messages. */
  readonly expected: string;
  readonly valid: (value: number) => boolean;
}

const isWhole = (value: number) => Number.isInteger(value);

const FIELD_RULES = {
  vaccination: {
    dose2TargetPercent: {
      expected: 'a number above 0 and at most 100',
      valid: (v) => v > 0 && v <= 100,
    },
  },
  roadSafety: {
    aboveUsualFactor: { expected: 'a number greater than 1', valid: (v) => v > 1 },
    minDeaths: { expected: 'a whole number of at least 0', valid: (v) => isWhole(v) && v >= 0 },
  },
  complaints: {
    overdueDays: { expected: 'a whole number of at least 1', valid: (v) => isWhole(v) && v >= 1 },
    overdueSharePercent: {
      expected: 'a number from 0 to 100',
      valid: (v) => v >= 0 && v <= 100,
    },
  },
} as const satisfies Record<string, Record<string, FieldRule>>;

type Group = keyof typeof FIELD_RULES;

/** Thrown by {@link parseThresholds}: one line per problem, each naming the file and the key. */
export class ThresholdsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ThresholdsError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** Checks one group's object; returns its numbers (only meaningful when no problem was added). */
function parseGroup(
  group: Group,
  raw: unknown,
  file: string,
  problems: string[],
): Record<string, number> {
  const rules: Record<string, FieldRule> = FIELD_RULES[group];
  const keys = Object.keys(rules);
  if (!isRecord(raw)) {
    problems.push(`${file}: "${group}" must be an object with ${keys.join(', ')}`);
    return {};
  }
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(rules, key)) {
      problems.push(`${file}: unknown key "${group}.${key}" (expected ${keys.join(', ')})`);
    }
  }
  const values: Record<string, number> = {};
  for (const [key, rule] of Object.entries(rules)) {
    const value = raw[key];
    if (typeof value === 'number' && Number.isFinite(value) && rule.valid(value)) {
      values[key] = value;
    } else {
      problems.push(
        `${file}: "${group}.${key}" must be ${rule.expected}, found ${describeValue(value)}`,
      );
    }
  }
  return values;
}

/**
 * Validates the contents of the thresholds file. Every key is required; unknown keys are errors
 * (a misspelt key would otherwise be ignored); a top-level "$comment" string is allowed.
 * Throws a {@link ThresholdsError} listing every problem.
 */
export function parseThresholds(raw: unknown, file = THRESHOLDS_FILE): Thresholds {
  const groups = Object.keys(FIELD_RULES) as Group[];
  if (!isRecord(raw)) {
    throw new ThresholdsError([`${file}: must be a JSON object with ${groups.join(', ')}`]);
  }
  const problems: string[] = [];
  for (const key of Object.keys(raw)) {
    if (key === '$comment') {
      if (typeof raw[key] !== 'string') problems.push(`${file}: "$comment" must be a string`);
    } else if (!(groups as string[]).includes(key)) {
      problems.push(`${file}: unknown key "${key}" (expected ${groups.join(', ')})`);
    }
  }
  const vaccination = parseGroup('vaccination', raw.vaccination, file, problems);
  const roadSafety = parseGroup('roadSafety', raw.roadSafety, file, problems);
  const complaints = parseGroup('complaints', raw.complaints, file, problems);
  if (problems.length > 0) throw new ThresholdsError(problems);
  return {
    vaccination: { dose2TargetPercent: vaccination.dose2TargetPercent ?? NaN },
    roadSafety: {
      aboveUsualFactor: roadSafety.aboveUsualFactor ?? NaN,
      minDeaths: roadSafety.minDeaths ?? NaN,
    },
    complaints: {
      overdueDays: complaints.overdueDays ?? NaN,
      overdueSharePercent: complaints.overdueSharePercent ?? NaN,
    },
  };
}

/** The app's thresholds: data/thresholds.json, validated when this module loads. */
export const THRESHOLDS: Thresholds = parseThresholds(thresholdsJson);

// The rules the thresholds drive.

/** Values per province code; missing provinces, null and NaN mean "no value". */
export type ValueByCode = ReadonlyMap<number, number | null | undefined>;

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Provinces whose value, rounded to the `decimals` shown, is strictly below `target` (a province
 * shown as "70.0 %" meets a 70 % target).
 */
export function provincesBelowTarget(
  valueByCode: ValueByCode,
  target: number,
  decimals = 1,
): Set<number> {
  const codes = new Set<number>();
  for (const [code, value] of valueByCode) {
    if (finite(value) && roundTo(value, decimals) < target) codes.add(code);
  }
  return codes;
}

/** Number of provinces below `target`; see {@link provincesBelowTarget}. */
export function countBelowTarget(valueByCode: ValueByCode, target: number, decimals = 1): number {
  return provincesBelowTarget(valueByCode, target, decimals).size;
}

/**
 * Provinces whose current value is strictly greater than `factor` times their baseline. Provinces
 * missing either value, or with a baseline of 0 or less, are never counted.
 */
export function provincesAboveFactor(
  currentByCode: ValueByCode,
  baselineByCode: ValueByCode,
  factor: number,
): Set<number> {
  const codes = new Set<number>();
  for (const [code, current] of currentByCode) {
    const baseline = baselineByCode.get(code);
    if (finite(current) && finite(baseline) && baseline > 0 && current > factor * baseline) {
      codes.add(code);
    }
  }
  return codes;
}

/** Number of provinces above `factor` times their baseline; see {@link provincesAboveFactor}. */
export function countAboveFactor(
  currentByCode: ValueByCode,
  baselineByCode: ValueByCode,
  factor: number,
): number {
  return provincesAboveFactor(currentByCode, baselineByCode, factor).size;
}

/** Provinces where part / whole is strictly above `sharePercent` percent (whole > 0). */
export function provincesOverShare(
  partByCode: ValueByCode,
  wholeByCode: ValueByCode,
  sharePercent: number,
): Set<number> {
  const codes = new Set<number>();
  for (const [code, whole] of wholeByCode) {
    const part = partByCode.get(code) ?? 0;
    if (finite(whole) && whole > 0 && finite(part) && (part / whole) * 100 > sharePercent) {
      codes.add(code);
    }
  }
  return codes;
}

function isoToUtcDay(iso: string): number {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`Not an ISO date: "${iso}"`);
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

/** Days from `from` to `to`, both included ("2025-04-11".."2025-04-17" is 7). */
export function daysInclusive(from: string, to: string): number {
  return isoToUtcDay(to) - isoToUtcDay(from) + 1;
}

/**
 * First day a case may have been received without being overdue at `asOf`: a case that is not
 * closed is overdue when its received date is before this day (older than `overdueDays` days).
 */
export function overdueCutoffDate(asOf: string, overdueDays: number): string {
  return new Date((isoToUtcDay(asOf) - overdueDays) * 86_400_000).toISOString().slice(0, 10);
}

/** Deaths per province in a period and over the whole dataset, for the road-safety rule. */
export interface RoadSafetyRates {
  /** Deaths per province in the selected period. */
  readonly deathsByCode: ValueByCode;
  /** Days in the selected period (see {@link daysInclusive}). */
  readonly periodDays: number;
  /** Deaths per province over the whole dataset period (the manifest's `period`). */
  readonly overallDeathsByCode: ValueByCode;
  /** Days in the whole dataset period. */
  readonly overallDays: number;
}

/**
 * Provinces above their usual death rate: deaths per day in the period greater than
 * `aboveUsualFactor` times the province's deaths per day over the whole dataset, with at least
 * `minDeaths` deaths in the period.
 */
export function roadSafetyAlertCodes(
  input: RoadSafetyRates,
  rule: Thresholds['roadSafety'],
): Set<number> {
  if (input.periodDays <= 0 || input.overallDays <= 0) return new Set();
  const currentRate = new Map<number, number>();
  for (const [code, deaths] of input.deathsByCode) {
    if (finite(deaths) && deaths >= rule.minDeaths) {
      currentRate.set(code, deaths / input.periodDays);
    }
  }
  const usualRate = new Map<number, number>();
  for (const [code, deaths] of input.overallDeathsByCode) {
    if (finite(deaths)) usualRate.set(code, deaths / input.overallDays);
  }
  return provincesAboveFactor(currentRate, usualRate, rule.aboveUsualFactor);
}
