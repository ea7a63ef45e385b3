/** The words of a freshness badge, in the UI language (Buddhist-era dates, Thai time). */
import type { Cadence } from '../data/manifest-types';
import { formatCount, formatDate } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';
import { thaiDateOf, type Freshness } from './freshness';

/** "30 ธ.ค. 2568 09:05" / "30 Dec 2025 (BE 2568) 09:05": a moment in Thai time. */
export function formatThaiDateTime(epochMs: number, lang: Lang): string {
  const time = new Date(epochMs + 7 * 3_600_000).toISOString().slice(11, 16);
  return `${formatDate(thaiDateOf(epochMs), lang)} ${time}`;
}

/**
 * The detail lines under the badge's title: why the data is not current (a failed refresh with
 * the time of the last good load, or nothing loaded; its age against its cadence). Empty when fresh.
 */
export function freshnessDetails(freshness: Freshness, cadence: Cadence, lang: Lang): string[] {
  if (freshness.level === 'fresh') return [];
  const lines: string[] = [];
  if (freshness.loadFailed) {
    lines.push(
      freshness.lastGoodAt === null
        ? t(lang, 'freshnessNeverLoaded')
        : t(lang, 'freshnessLastGood').replace(
            '{time}',
            formatThaiDateTime(freshness.lastGoodAt, lang),
          ),
    );
  }
  if (freshness.overdue && freshness.ageDays !== null) {
    lines.push(
      t(lang, 'freshnessAge')
        .replace('{days}', formatCount(freshness.ageDays, lang))
        .replace('{cadence}', t(lang, `cadence_${cadence}`)),
    );
  }
  return lines;
}
