/**
 * Is a dataset's data current? Pure rules, judged in whole days in Thai time (UTC+7).
 *
 * Age = today − the dataset's `asOf` (manifest), in days. With the cadence's period P and grace G
 * (the usual publication delay):
 *
 * | cadence   | P (days) | G (days) | fresh while age ≤ P + G | amber while age ≤ 2P + G | then red |
 * | --------- | -------- | -------- | ----------------------- | ------------------------ | -------- |
 * | `daily`   | 1        | 1        | ≤ 2                     | ≤ 3                      | ≥ 4      |
 * | `weekly`  | 7        | 3        | ≤ 10                    | ≤ 17                     | ≥ 18     |
 * | `monthly` | 31       | 7        | ≤ 38                    | ≤ 69                     | ≥ 70     |
 * | `yearly`  | 366      | 31       | ≤ 397                   | ≤ 763                    | ≥ 764    |
 * | `once`    | –        | –        | always                  |                          |          |
 *
 * Demo data is never judged by age: its dates are those of a frozen sample, not of a feed, and
 * every view labels it ข้อมูลสาธิต anyway. A failed load marks any dataset (demo too) at least
 * amber, with the time of its last good load; one that has never loaded is red.
 *
 * An `asOf` cannot be trusted when it lies in the future (a Buddhist-era year such as 2568-11-28,
 * or 9999-12-31) or after the end of the dataset's own `period`: otherwise such a date would hide
 * the badge forever. The dataset is then marked at least amber, and its age is measured from the
 * end of its period instead (none when that is in the future too).
 *
 * Nor is a claim believed over the file itself: once the newest date in the dataset's own rows is
 * known (a view query reads it after each load), the age counts from the earlier of that date and
 * the claimed one (a newest row after today is not believed and left out). A file whose newest
 * row is older than `asOf` by more than P + G days (any day for `once`) marks the dataset at least
 * amber, as a wrong `asOf` does. Until the file's date is known, the manifest alone decides.
 */
import type { Cadence } from '../../data/manifest/manifest-types';

/** How current a dataset's data is. */
export type FreshnessLevel = 'fresh' | 'amber' | 'red';

/** What the data layer knows about a dataset's loads (epoch milliseconds). */
export interface DatasetHealth {
  /** When the data now in use was loaded; null if no load has succeeded. */
  readonly lastGoodAt: number | null;
  /** When the latest load failed; null when the latest load succeeded (or none has ended). */
  readonly failedAt: number | null;
  /** Why the latest load failed. */
  readonly message: string | null;
}

/** The manifest fields freshness is judged on. */
export interface FreshnessInput {
  readonly asOf: string;
  readonly cadence: Cadence;
  readonly demo: boolean;
  /** The dates the data covers: its end bounds a believable `asOf`. */
  readonly period?: { readonly from: string; readonly to: string };
}

/**
 * Why an `asOf` is not believed: it is after today, after the end of the data's period, or after
 * the newest date of the file itself by more than the cadence allows.
 */
export type AsOfProblem = 'future' | 'beyondPeriod' | 'afterFileData';

/** Where the date the age counts from came from. */
export type JudgedBy = 'asOf' | 'periodEnd' | 'file';

/** A dataset's freshness, for the badge. */
export interface Freshness {
  readonly level: FreshnessLevel;
  /** Days from {@link judgedFrom} to today (Thai time); null when there is no date to judge from. */
  readonly ageDays: number | null;
  /** The manifest's `asOf`, as written. */
  readonly asOf: string;
  /**
   * The date the age counts from: `asOf`, or the period's end when `asOf` is not believed, or the
   * file's newest date when that is earlier.
   */
  readonly judgedFrom: string | null;
  /** Which date {@link judgedFrom} is; null with it. */
  readonly judgedBy: JudgedBy | null;
  /** The newest date in the dataset's own rows, when known (and not after today); else null. */
  readonly newestInFile: string | null;
  /** Set when `asOf` is not believed (see the module comment). */
  readonly asOfProblem: AsOfProblem | null;
  /** True when the data is older than its cadence allows (amber or red by age alone). */
  readonly overdue: boolean;
  /** True when the latest load failed: the data shown is the last good load's. */
  readonly loadFailed: boolean;
  /** When the data shown was loaded (epoch ms), or null. */
  readonly lastGoodAt: number | null;
  /** Why the latest load failed (it names the file), or null. */
  readonly failure: string | null;
}

/** Period and grace (days) per cadence; see the module comment. */
export const CADENCE_RULES: Readonly<
  Record<Exclude<Cadence, 'once'>, { readonly period: number; readonly grace: number }>
> = {
  daily: { period: 1, grace: 1 },
  weekly: { period: 7, grace: 3 },
  monthly: { period: 31, grace: 7 },
  yearly: { period: 366, grace: 31 },
};

/** Thailand's offset from UTC (no daylight saving). */
const THAI_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The ISO date in Thailand at `epochMs`. */
export function thaiDateOf(epochMs: number): string {
  return new Date(epochMs + THAI_OFFSET_MS).toISOString().slice(0, 10);
}

function dayNumber(iso: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/** Whole days from ISO date `from` to ISO date `to` (negative if `to` is earlier); null if either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** The level by age alone: `age` days past `asOf` for a dataset published at `cadence`. */
export function ageLevel(age: number, cadence: Cadence): FreshnessLevel {
  if (cadence === 'once') return 'fresh';
  const { period, grace } = CADENCE_RULES[cadence];
  if (age <= period + grace) return 'fresh';
  return age <= 2 * period + grace ? 'amber' : 'red';
}

const RANK: Readonly<Record<FreshnessLevel, number>> = { fresh: 0, amber: 1, red: 2 };

/**
 * Judges one dataset on `today` (ISO date, Thai time: {@link thaiDateOf}).
 * @param health the dataset's load history; undefined = nothing known yet (judged by age only).
 * @param fileNewest the newest date in the dataset's rows; null = not known (yet): the manifest
 *   alone decides, as before the file's date was read.
 */
export function judgeFreshness(
  input: FreshnessInput,
  health: DatasetHealth | undefined,
  today: string,
  fileNewest: string | null = null,
): Freshness {
  const claimProblem = asOfProblemOf(input, today);
  const claimed = claimedDate(input, claimProblem, today);
  const newestInFile = fileNewest !== null && onOrBefore(fileNewest, today) ? fileNewest : null;
  const fileEarlier =
    newestInFile !== null && (claimed === null || !onOrBefore(claimed.date, newestInFile));
  const judged = fileEarlier ? { date: newestInFile, by: 'file' as const } : claimed;
  const asOfProblem =
    claimProblem ?? (fileLagsAsOf(input, newestInFile) ? ('afterFileData' as const) : null);
  const judgedFrom = judged?.date ?? null;
  const ageDays = judgedFrom === null ? null : daysBetween(judgedFrom, today);
  const byAge =
    input.demo || ageDays === null ? 'fresh' : ageLevel(Math.max(0, ageDays), input.cadence);
  const loadFailed = health !== undefined && health.failedAt !== null;
  const lastGoodAt = health?.lastGoodAt ?? null;
  let level = byAge;
  const raise = (to: FreshnessLevel): void => {
    if (RANK[to] > RANK[level]) level = to;
  };
  if (loadFailed) raise(lastGoodAt === null ? 'red' : 'amber');
  if (asOfProblem !== null) raise('amber');
  return {
    level,
    ageDays,
    asOf: input.asOf,
    judgedFrom,
    judgedBy: judged?.by ?? null,
    newestInFile,
    asOfProblem,
    overdue: byAge !== 'fresh',
    loadFailed,
    lastGoodAt,
    failure: loadFailed ? (health.message ?? null) : null,
  };
}

/** True when ISO date `a` is a date on or before ISO date `b`. */
function onOrBefore(a: string, b: string): boolean {
  const days = daysBetween(a, b);
  return days !== null && days >= 0;
}

/** The date the manifest lets the age count from: `asOf`, else a past period end, else none. */
function claimedDate(
  input: FreshnessInput,
  problem: AsOfProblem | null,
  today: string,
): { readonly date: string; readonly by: JudgedBy } | null {
  if (problem === null) return { date: input.asOf, by: 'asOf' };
  const end = input.period?.to;
  return end !== undefined && onOrBefore(end, today) ? { date: end, by: 'periodEnd' } : null;
}

/** True when the file's newest date is older than `asOf` by more than the cadence allows. */
function fileLagsAsOf(input: FreshnessInput, newestInFile: string | null): boolean {
  const lag = newestInFile === null ? null : daysBetween(newestInFile, input.asOf);
  if (lag === null) return false;
  const rule = input.cadence === 'once' ? null : CADENCE_RULES[input.cadence];
  return lag > (rule === null ? 0 : rule.period + rule.grace);
}

/** Why `input.asOf` is not believed on `today`, or null (also when it is not a date at all). */
export function asOfProblemOf(input: FreshnessInput, today: string): AsOfProblem | null {
  const ahead = daysBetween(today, input.asOf);
  if (ahead === null) return null;
  if (ahead > 0) return 'future';
  const pastEnd = input.period ? daysBetween(input.period.to, input.asOf) : null;
  return pastEnd !== null && pastEnd > 0 ? 'beyondPeriod' : null;
}
