import { formatNumber, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/messages';

/** How a chart's values read: percentages or plain quantities (people, cases, baht ...). */
export type ValueKind = 'percent' | 'quantity';

/** A unit is a percentage when it says so in either language ("%", "ร้อยละ", "percent"). */
export function valueKindOf(unit: string): ValueKind {
  return /%|ร้อยละ|เปอร์เซ็นต์|percent/i.test(unit) ? 'percent' : 'quantity';
}

/** An axis tick: "1,250,000" or "75 %" (no decimals unless the tick step needs them). */
export function formatAxisValue(value: number, kind: ValueKind, lang: Lang): string {
  const digits = formatNumber(value, lang, 2);
  return kind === 'percent' ? `${digits} %` : digits;
}

/**
 * A value in a tooltip or label: "72.4 %" for percentages, "1,032,987" or "12.5" for quantities,
 * and the language's "no data" text for null or non-finite values.
 */
export function formatChartValue(
  value: number | null | undefined,
  kind: ValueKind,
  lang: Lang,
  noDataText: string,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return noDataText;
  return kind === 'percent' ? formatPercent(value, lang) : formatNumber(value, lang, 1);
}
