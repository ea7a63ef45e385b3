/**
 * Calendar arithmetic in whole days since 1970-01-01 (UTC), the unit of an Arrow DateDay column.
 * Everything is UTC so that the output never depends on the machine's time zone.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD). */
export function isoToDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  const [, year, month, day] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / MS_PER_DAY;
}

/** ISO date (YYYY-MM-DD) of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Milliseconds since the epoch of the start of a day number. */
export function dayToMs(day: number): number {
  return day * MS_PER_DAY;
}

/** Day of the week: 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Month of a day number, 1..12. */
export function monthOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

/** Every day number from `from` to `to`, both included. */
export function dayRange(from: number, to: number, step = 1): number[] {
  const days: number[] = [];
  for (let day = from; day <= to; day += step) days.push(day);
  return days;
}

/** A period of ISO dates, both ends included (as in the manifest). */
export interface IsoPeriod {
  readonly from: string;
  readonly to: string;
}
