/**
 * The "ข้อมูลไม่เป็นปัจจุบัน · Data not current" badge (amber or red, see src/state/freshness/freshness.ts),
 * with why: a failed refresh, the time of the last good load and the reason (naming the file),
 * the data's age, or an `asOf` that cannot be believed (in the future, past the data's period, or
 * newer than the file's own rows).
 *
 * {@link FreshnessBadge} draws a given freshness; {@link DatasetFreshnessBadge} looks a dataset up
 * in the store that the nearest {@link FreshnessProvider} holds (none: it draws nothing).
 */
import {
  createContext,
  memo,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Cadence, LocalText } from '../data/manifest/manifest-types';
import type { Lang } from '../i18n/messages';
import { explainProblem } from './problem-text';
import type { AppState, AppStore } from '../state/app/app-state';
import { judgeFreshness, type Freshness } from '../state/freshness/freshness';
import { freshnessDetails, freshnessTitle } from '../state/freshness/freshness-text';
import { newestDateOf } from '../state/freshness/newest-date';
import './FreshnessBadge.css';

/** Props of {@link FreshnessBadge}. */
export interface FreshnessBadgeProps {
  readonly freshness: Freshness;
  readonly cadence: Cadence;
  readonly lang: Lang;
  /** The Thai title only; English and the reasons in its tooltip (KPI tiles, table rows). */
  readonly compact?: boolean;
  /** The dataset's name, said in the reasons where it matters (a wrong `asOf`). */
  readonly dataset?: LocalText;
}

/** The badge for one dataset's freshness; nothing when the data is fresh. */
export const FreshnessBadge = memo(function FreshnessBadge({
  freshness,
  cadence,
  lang,
  compact = false,
  dataset,
}: FreshnessBadgeProps) {
  if (freshness.level === 'fresh') return null;
  // The failure as the data layer words it may be a raw engine or decoder line: say it as a sentence.
  const failure = freshness.failure === null ? null : explainProblem(freshness.failure, lang).text;
  const details = freshnessDetails({ ...freshness, failure }, cadence, lang, dataset?.[lang]);
  const titleTh = freshnessTitle(freshness, 'th');
  const titleEn = freshnessTitle(freshness, 'en');
  return (
    <div
      className={`freshness-badge freshness-${freshness.level}${compact ? ' freshness-compact' : ''}`}
      role="status"
      title={[`${titleTh} · ${titleEn}`, ...details].join('\n')}
      data-freshness={freshness.level}
      data-load-failed={freshness.loadFailed ? 'true' : 'false'}
      {...(freshness.asOfProblem === null ? {} : { 'data-asof-problem': freshness.asOfProblem })}
      {...(freshness.lastGoodAt === null ? {} : { 'data-last-good': freshness.lastGoodAt })}
    >
      <p className="freshness-title" lang="th">
        {titleTh}
        {!compact && (
          <>
            {' · '}
            <span lang="en">{titleEn}</span>
          </>
        )}
      </p>
      {!compact &&
        details.map((line) => (
          <p key={line} className="freshness-detail">
            {line}
          </p>
        ))}
    </div>
  );
});

const StoreContext = createContext<AppStore | null>(null);

/** Makes the store's datasets and load history available to every {@link DatasetFreshnessBadge} below. */
export function FreshnessProvider({
  store,
  children,
}: {
  readonly store: AppStore;
  readonly children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

const noSubscription = () => () => undefined;

/** One field of the provided store's state (undefined without a provider). */
export function useProvided<T>(pick: (state: AppState) => T): T | undefined {
  const store = useContext(StoreContext);
  return useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => (store ? pick(store.getState()) : undefined),
    () => (store ? pick(store.getState()) : undefined),
  );
}

/**
 * A dataset's freshness from the provided store, or null (no provider, or the manifest does not
 * list it). Re-judged when its entry, its load history, the newest date of its file or the day
 * changes.
 */
export function useDatasetFreshness(id: string): {
  readonly freshness: Freshness;
  readonly cadence: Cadence;
  readonly title: LocalText;
} | null {
  const def = useProvided((s) => s.datasets.find((d) => d.id === id));
  const health = useProvided((s) => s.health[id]);
  const today = useProvided((s) => s.today);
  const newestInFile = useProvided((s) => newestDateOf(s, id)) ?? null;
  return useMemo(
    () =>
      def && today !== undefined
        ? {
            freshness: judgeFreshness(def, health, today, newestInFile),
            cadence: def.cadence,
            title: def.title,
          }
        : null,
    [def, health, today, newestInFile],
  );
}

/**
 * The badge of dataset `id`, from the store of the nearest {@link FreshnessProvider}; in `lang`,
 * else the store's language.
 */
export const DatasetFreshnessBadge = memo(function DatasetFreshnessBadge({
  id,
  lang,
  compact = false,
}: {
  readonly id: string;
  readonly lang?: Lang;
  readonly compact?: boolean;
}) {
  const judged = useDatasetFreshness(id);
  const storeLang = useProvided((s) => s.lang);
  return judged ? (
    <FreshnessBadge
      freshness={judged.freshness}
      cadence={judged.cadence}
      lang={lang ?? storeLang ?? 'th'}
      compact={compact}
      dataset={judged.title}
    />
  ) : null;
});
