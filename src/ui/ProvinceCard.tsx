import { Fragment, memo } from 'react';
import { Sparkline } from '../charts';
import { formatCount, formatDate } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';
import type { ProvinceCardModel } from '../state/card/province-card';
import type { ProvinceTrend } from '../state/charts/province-trend';
import { DatasetFreshnessBadge } from './FreshnessBadge';
import './DataQuality.css';
import './DatasetCaveats.css';
import './GroupFilter.css';

/** Props of {@link ProvinceCard}. */
export interface ProvinceCardProps {
  readonly lang: Lang;
  readonly model: ProvinceCardModel;
  readonly onClose: () => void;
}

/** Whole days from one ISO date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The card's trend table: per dataset a sparkline of its weeks, the latest week and its change. */
function TrendTable({ lang, trends }: { lang: Lang; trends: readonly ProvinceTrend[] }) {
  return (
    <table className="province-trend-table">
      <caption>{t(lang, 'cardTrend')}</caption>
      <thead>
        <tr>
          <th />
          <th />
          <th>{t(lang, 'cardTrendLatest')}</th>
          <th>{t(lang, 'cardTrendChange')}</th>
        </tr>
      </thead>
      <tbody>
        {trends.map((trend) => {
          const weeks = t(lang, 'cardTrendWeeks').replace(
            '{weeks}',
            formatCount(trend.values.length, lang),
          );
          const weekTo = `${t(lang, 'cardTrendWeekTo')} ${formatDate(trend.to, lang)}`;
          // The change is from the point before, which real data may hold months earlier.
          const since =
            daysBetween(trend.previousTo, trend.to) === 7
              ? t(lang, 'cardTrendVsWeek')
              : t(lang, 'cardTrendVsDate').replace('{date}', formatDate(trend.previousTo, lang));
          return (
            <tr key={trend.id} data-dataset={trend.id}>
              <th scope="row">
                {trend.label}
                <span className="province-card-asof">{weekTo}</span>
                <span className="province-card-asof province-trend-since">{since}</span>
              </th>
              <td className="province-trend-spark">
                <Sparkline
                  values={trend.values}
                  width={84}
                  height={24}
                  label={`${trend.label}, ${weeks}, ${weekTo}`}
                />
              </td>
              <td className="province-card-value">{trend.latestText}</td>
              <td
                className="province-trend-change"
                data-direction={trend.change > 0 ? 'up' : trend.change < 0 ? 'down' : 'flat'}
              >
                {trend.change > 0 ? '▲ ' : trend.change < 0 ? '▼ ' : ''}
                {trend.changeText}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Every dataset for one province beside the national figure and its group's (its region, or its
 * group in the chosen grouping), its rank in the country and in the group, and its trend.
 */
/** Longer flags (a manifest caveat) go on a row of their own below the figures. */
const LONG_FLAG_CHARS = 40;
const isLongFlag = (text: string): boolean => text.length > LONG_FLAG_CHARS;

export const ProvinceCard = memo(function ProvinceCard({
  lang,
  model,
  onClose,
}: ProvinceCardProps) {
  return (
    <section className="province-card" aria-label={model.nameTh} data-code={model.code}>
      <header className="province-card-header">
        <div>
          <h2 lang="th">{model.nameTh}</h2>
          <p lang="en">
            {model.nameEn} · {model.regionName}
          </p>
        </div>
        <button type="button" onClick={onClose} aria-label={t(lang, 'clearSelection')}>
          ✕
        </button>
      </header>
      <table className="province-card-table">
        <thead>
          <tr>
            <th />
            <th>{t(lang, 'cardProvince')}</th>
            <th>{model.groupName || t(lang, 'cardRegion')}</th>
            <th>{t(lang, 'cardNational')}</th>
            <th>{t(lang, 'cardRank')}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <Fragment key={row.id}>
              <tr data-dataset={row.id}>
                <th scope="row">
                  {row.label}
                  <span className="province-card-asof">
                    {t(lang, 'asOf')} {formatDate(row.asOf, lang)}
                  </span>
                  <DatasetFreshnessBadge id={row.id} lang={lang} compact />
                </th>
                <td
                  className="province-card-value"
                  {...(row.flag ? { 'data-flag': row.flag.kind } : {})}
                >
                  {row.valueText}
                  {row.flag && !isLongFlag(row.flag.text) && (
                    <span className="province-card-flag">{row.flag.text}</span>
                  )}
                </td>
                <td>{row.regionText}</td>
                <td>{row.nationalText}</td>
                <td>
                  {row.rankText}
                  {row.groupRankText && (
                    <span className="province-card-group-rank">{row.groupRankText}</span>
                  )}
                </td>
              </tr>
              {row.flag && isLongFlag(row.flag.text) && (
                // A caveat of a sentence or more reads across the card, not down a number's column.
                <tr className="province-card-flag-row" data-dataset={row.id}>
                  <td colSpan={5}>
                    <span className="province-card-flag">{row.flag.text}</span>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {model.groupNote && (
        <p className="province-card-group-note grouping-unverified" role="note">
          {model.groupName}: {model.groupNote}
        </p>
      )}
      {model.qualityNotes.length > 0 && (
        <ul className="province-card-quality" role="note">
          {model.qualityNotes.map((note) => (
            <li key={note.id} data-dataset={note.id}>
              {note.label}: {note.text}
            </li>
          ))}
        </ul>
      )}
      {model.caveats && model.caveats.length > 0 && (
        <ul className="province-card-caveats dataset-caveats" role="note">
          {model.caveats.map((caveat) => (
            <li key={`${caveat.id}:${caveat.text}`} data-dataset={caveat.id}>
              ⚠ {caveat.label}: {caveat.text}
            </li>
          ))}
        </ul>
      )}
      {model.trends.length > 0 && <TrendTable lang={lang} trends={model.trends} />}
    </section>
  );
});
