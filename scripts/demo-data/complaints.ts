/**
 * Demo Damrongdhama Center cases received in 2025, with their status at 31 Dec 2025.
 * No per-province public data exists: volumes follow population and the category mix,
 * handling times and security share are illustrative assumptions (data/README.md).
 */
import { streamRng, type GeneratedDataset, type GeneratorContext } from './context';
import { dayRange, isoToDay, weekday } from './dates';
import { WeightedPicker } from './random';

const PERIOD = { from: '2025-01-01', to: '2025-12-31' } as const;

/** Case categories: share of cases and median days to close. */
const CATEGORIES: readonly { key: string; share: number; medianDaysToClose: number }[] = [
  { key: 'land', share: 0.2, medianDaysToClose: 120 },
  { key: 'debt', share: 0.17, medianDaysToClose: 60 },
  { key: 'public_nuisance', share: 0.15, medianDaysToClose: 14 },
  { key: 'officials_conduct', share: 0.12, medianDaysToClose: 45 },
  { key: 'fraud', share: 0.1, medianDaysToClose: 45 },
  { key: 'utilities', share: 0.1, medianDaysToClose: 10 },
  { key: 'other', share: 0.16, medianDaysToClose: 20 },
];

/** The southern border provinces Pattani, Yala, Narathiwat. */
const DEEP_SOUTH = new Set([94, 95, 96]);
const SECURITY_SHARE_DEEP_SOUTH = 0.18;
const SECURITY_SHARE_ELSEWHERE = 0.025;
/** Cases received in the last days of the period may still wait to be picked up. */
const RECEIVED_BACKLOG_DAYS = 7;

/** Received cases per weekday (Monday first): offices are closed at weekends. */
const WEEKDAY_LOAD: readonly number[] = [1.1, 1.0, 1.0, 1.0, 0.95, 0.3, 0.2];
/** Public holidays with little intake: New Year and Songkran. */
const QUIET_DAYS = new Set(['2025-01-01', '2025-04-14', '2025-04-15', '2025-12-31'].map(isoToDay));

interface Case {
  readonly code: number;
  readonly category: string;
  readonly received: number;
  readonly status: string;
  readonly closed: number | null;
  readonly securitySensitive: boolean;
}

/** Generates `count` cases; ids follow the date received. */
export function generateComplaints(context: GeneratorContext, count: number): GeneratedDataset {
  const rng = streamRng(context, 'complaints');
  const codes = context.provinces.map((province) => province.code);
  const provincePicker = new WeightedPicker(
    context.provinces.map((province) => province.population ** 0.9 * rng.logNormal(0.25)),
  );
  const days = dayRange(isoToDay(PERIOD.from), isoToDay(PERIOD.to));
  const dayPicker = new WeightedPicker(
    days.map((day) => (QUIET_DAYS.has(day) ? 0.1 : (WEEKDAY_LOAD[weekday(day)] ?? 1))),
  );
  const categoryPicker = new WeightedPicker(CATEGORIES.map((category) => category.share));
  const lastDay = isoToDay(PERIOD.to);

  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const code = codes[provincePicker.pickIndex(rng)] ?? 10;
    const category = CATEGORIES[categoryPicker.pickIndex(rng)] ?? {
      key: 'other',
      medianDaysToClose: 20,
    };
    const received = days[dayPicker.pickIndex(rng)] ?? lastDay;
    const closeDay = received + Math.round(category.medianDaysToClose * rng.logNormal(0.9));
    const securityShare = DEEP_SOUTH.has(code)
      ? SECURITY_SHARE_DEEP_SOUTH
      : SECURITY_SHARE_ELSEWHERE;
    const securitySensitive = rng.chance(securityShare);
    const isClosed = closeDay <= lastDay;
    const notStarted = !isClosed && lastDay - received < RECEIVED_BACKLOG_DAYS && rng.chance(0.5);
    cases.push({
      code,
      category: category.key,
      received,
      status: isClosed ? 'closed' : notStarted ? 'received' : 'in_progress',
      closed: isClosed ? closeDay : null,
      securitySensitive,
    });
  }
  // Sorting is stable, so cases received the same day keep their drawing order.
  cases.sort((a, b) => a.received - b.received);

  return {
    id: 'complaints',
    rowCount: count,
    period: PERIOD,
    asOf: PERIOD.to,
    store: {
      case_id: Int32Array.from({ length: count }, (_, i) => i + 1),
      province_code: Int32Array.from(cases, (c) => c.code),
      category: cases.map((c) => c.category),
      status: cases.map((c) => c.status),
      received: Int32Array.from(cases, (c) => c.received),
      closed: cases.map((c) => c.closed),
      security_sensitive: cases.map((c) => c.securitySensitive),
    },
  };
}
