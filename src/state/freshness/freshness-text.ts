/** The words of a freshness badge, in the UI language (Buddhist-era dates, Thai time). */
import type { Cadence } from '../../data/manifest/manifest-types';
import { formatCount, formatDate } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import { thaiDateOf, type Freshness } from './freshness';
import { freshnessText } from './freshness-messages';

/** "30 ธ.ค. 2568 09:05" / "30 Dec 2025 (BE 2568) 09:05": a moment in Thai time. */
export function formatThaiDateTime(epochMs: number, lang: Lang): string {
  const time = new Date(epochMs + 7 * 3_600_000).toISOString().slice(11, 16);
  return `${formatDate(thaiDateOf(epochMs), lang)} ${time}`;
}

/**
 * The badge's title: "data not current", or "data date is wrong" when an unbelievable `asOf`
 * is the only thing the matter (the data itself is current and loaded).
 */
export function freshnessTitle(freshness: Freshness, lang: Lang): string {
  const onlyTheDate = freshness.asOfProblem !== null && !freshness.overdue && !freshness.loadFailed;
  return onlyTheDate ? freshnessText(lang, 'asOfWrongTitle') : t(lang, 'freshnessStale');
}

/**
 * The detail lines under the badge's title: why the data is not current (an `asOf` that is not
 * believed, or that is newer than the file's own rows, and the date judged from instead; a failed
 * refresh with the time of the last good load, or nothing loaded, and why, naming the file; its
 * age against its cadence). Empty when fresh.
 * @param dataset the dataset's name, to say whose `asOf` is wrong (the badge may stand alone).
 */
export function freshnessDetails(
  freshness: Freshness,
  cadence: Cadence,
  lang: Lang,
  dataset = '',
): string[] {
  if (freshness.level === 'fresh') return [];
  const lines: string[] = [];
  const claimWrong = freshness.asOfProblem === 'future' || freshness.asOfProblem === 'beyondPeriod';
  if (claimWrong) lines.push(...asOfLines(freshness, lang, dataset));
  else if (freshness.judgedBy === 'file') lines.push(...fileDateLines(freshness, lang, dataset));
  if (freshness.loadFailed) {
    lines.push(
      freshness.lastGoodAt === null
        ? t(lang, 'freshnessNeverLoaded')
        : t(lang, 'freshnessLastGood').replace(
            '{time}',
            formatThaiDateTime(freshness.lastGoodAt, lang),
          ),
    );
    if (freshness.failure !== null) {
      lines.push(freshnessText(lang, 'updateFailedBecause', { reason: freshness.failure }));
    }
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

/** What is wrong with `asOf`, and what freshness is judged from instead. */
function asOfLines(freshness: Freshness, lang: Lang, dataset: string): string[] {
  const end = freshness.judgedFrom === null ? '' : formatDate(freshness.judgedFrom, lang);
  const values = { asOf: freshness.asOf, end };
  const what =
    freshness.asOfProblem === 'future'
      ? freshnessText(lang, 'asOfFuture', values)
      : freshnessText(lang, 'asOfBeyondPeriod', values);
  const from =
    freshness.judgedFrom === null
      ? freshnessText(lang, 'noDateToJudge')
      : freshness.judgedBy === 'file'
        ? freshnessText(lang, 'judgedFromFile', { newest: end })
        : freshnessText(lang, 'judgedFromPeriodEnd', values);
  return [named(what, dataset), from];
}

/**
 * The file's own rows end before the believed `asOf` ("ข้อมูลล่าสุดในไฟล์ 28 พ.ย. 2564 ไม่ตรงกับ
 * วันที่ระบุ (asOf) 30 พ.ย. 2569"), and freshness is judged from the file's date.
 */
function fileDateLines(freshness: Freshness, lang: Lang, dataset: string): string[] {
  const values = {
    newest: formatDate(freshness.newestInFile ?? '', lang),
    asOf: formatDate(freshness.asOf, lang),
  };
  return [
    named(freshnessText(lang, 'fileOlderThanAsOf', values), dataset),
    freshnessText(lang, 'judgedFromFileDate'),
  ];
}

/** `line` with the dataset's name in front, when there is one. */
function named(line: string, dataset: string): string {
  return dataset === '' ? line : `${dataset}: ${line}`;
}
