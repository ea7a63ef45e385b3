/**
 * The URL is a public contract: wall scenes, shared links and exports open a view with it.
 * `?mode=analyst&layers=vaccination,road_safety&province=30&from=2025-04-11&to=2025-04-17&region=northeast&lang=en&view=102.1,14.97,7.5&refresh=60&provinces=30,40&cause=speeding&threshold=deaths:ge:5`
 * (the analyst's filters: url-filters.ts). A group of another grouping: `group=health:9` (groupings.ts).
 */
import { isIsoDate } from '../../data/manifest/json-fields';
import { DATASET_ID_PATTERN } from '../../data/manifest/manifest-entry';
import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import type { Lang } from '../../i18n/messages';
import { findGroup, groupKeyOf, splitGroupKey, type GroupKey } from '../groupings/groupings';
import { newTally, quotedExample, summaryLine, tallyProblem } from '../app/problem-summary';
import { parseUrlFilters, writeUrlFilters, type UrlFilters } from './url-filters';
import type { LayerId } from '../models/view-models';

/** Unknown layers listed one by one up to this many; more become one summary line. */
const MAX_LISTED_LAYERS = 2;

/** Screen modes. */
export const MODES = ['overview', 'wall', 'analyst', 'admin'] as const;

/** One of {@link MODES}. */
export type Mode = (typeof MODES)[number];

/** The camera, as the URL carries it. */
export interface MapView {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

/** Everything the URL defines (the analyst's filters: {@link UrlFilters}, absent = none). */
export interface UrlState extends UrlFilters {
  readonly mode: Mode;
  /** Dataset ids in drawing order (first = bottom). */
  readonly layers: readonly LayerId[];
  /** TIS-1099 code of the selected province. */
  readonly province: number | null;
  readonly from: string | null;
  readonly to: string | null;
  /**
   * The group the views are narrowed to (a {@link GroupKey}): a region id from `region=north`, or
   * `grouping:group` from `group=health:9`. null = the whole country.
   */
  readonly region: GroupKey | null;
  readonly lang: Lang;
  /** null = fit the whole country (or the region / province). */
  readonly view: MapView | null;
  /**
   * Seconds between polls of the data manifest (auto-refresh), 0 = never; null or absent = the
   * default (300). Read once at start-up; a view that leaves it out keeps the current value.
   */
  readonly refresh?: number | null;
  /**
   * The wall's playlist (a URL relative to the page), null = the default. Like `refresh`, a
   * setting of the page: a view that leaves it out (a wall scene) keeps the current one.
   */
  readonly playlist?: string | null;
}

/** What a URL without parameters shows. */
export const DEFAULT_URL_STATE: UrlState = {
  mode: 'overview',
  layers: ['vaccination'],
  province: null,
  from: null,
  to: null,
  region: null,
  lang: 'th',
  view: null,
  refresh: null,
  playlist: null,
};

/** The parsed state and, for each parameter that was ignored, why. */
export interface ParsedUrlState {
  readonly state: UrlState;
  readonly problems: readonly string[];
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/** True for text that can name a dataset of a manifest (the manifest's id pattern). */
function isLayerIdText(id: string): boolean {
  return DATASET_ID_PATTERN.test(id);
}

function parseView(text: string): MapView | null {
  const parts = text.split(',').map(Number);
  const [lon, lat, zoom] = parts;
  if (parts.length !== 3 || lon === undefined || lat === undefined || zoom === undefined)
    return null;
  const valid =
    Math.abs(lon) <= 180 &&
    Math.abs(lat) <= 85 &&
    zoom >= 0 &&
    zoom <= 22 &&
    parts.every(Number.isFinite);
  return valid ? { lon, lat, zoom } : null;
}

/** Whole seconds from 0 (never) to one day. */
function parseRefresh(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const seconds = Number(text);
  return seconds <= 86_400 ? seconds : null;
}

/** A playlist path relative to the page (the wall refuses other origins itself). */
function parsePlaylist(text: string): string | null {
  return text.length <= 300 && !/[\p{Cc}]/u.test(text) ? text : null;
}

/** A parameter's text cut for a notice (a link may carry kilobytes in one value). */
export function shortText(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** A region id of the region grouping in use. */
function parseRegion(text: string): GroupKey | null {
  return !text.includes(':') && findGroup(text) !== null ? text : null;
}

/** `grouping:group` naming a group of the groupings in use, as its canonical key. */
function parseGroup(text: string): GroupKey | null {
  if (!text.includes(':')) return null;
  const { grouping, group } = splitGroupKey(text);
  return findGroup(text) === null ? null : groupKeyOf(grouping, group);
}

/** Reads a query string (with or without "?"). Bad values fall back to defaults and are listed. */
export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const read = <T>(name: string, parse: (text: string) => T | null | undefined, fallback: T): T => {
    const text = params.get(name);
    if (text === null || text === '') return fallback;
    const value = parse(text);
    if (value === null || value === undefined) {
      problems.push(`${name}=${shortText(text)}: not understood, using the default`);
      return fallback;
    }
    return value;
  };

  const layers = read(
    'layers',
    (text) => {
      // Any id a manifest may declare is read (an indicator like "drought"); once the manifest is
      // known, ids it does not list are dropped with a notice (manifest-notices.ts).
      const ids = text.split(',').map((id) => id.trim());
      const known: LayerId[] = ids.filter(isLayerIdText);
      const unknown = ids.filter((id) => !isLayerIdText(id));
      if (unknown.length > MAX_LISTED_LAYERS) {
        const tally = newTally();
        for (const id of unknown) tallyProblem(tally, quotedExample(id));
        problems.push(
          `layers: ${summaryLine(tally, { th: 'ชั้นข้อมูลที่ไม่รู้จัก', en: 'unknown layers' })}`,
        );
      } else {
        for (const id of unknown) problems.push(`layers: unknown layer "${id}" ignored`);
      }
      return [...new Set(known)];
    },
    DEFAULT_URL_STATE.layers,
  );
  // `group=` (any grouping) supersedes the older `region=` when a link carries both.
  const readGroup = (): GroupKey | null => {
    const group = read('group', parseGroup, null);
    const region = read('region', parseRegion, null);
    if (group !== null && region !== null) {
      problems.push(`region=${shortText(region)}: ignored, the link also names group=`);
    }
    return group ?? region;
  };
  let from = read('from', (text) => (isIsoDate(text) ? text : null), null);
  let to = read('to', (text) => (isIsoDate(text) ? text : null), null);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];

  return {
    state: {
      mode: read('mode', (text) => oneOf(text, MODES), DEFAULT_URL_STATE.mode),
      layers,
      province: read(
        'province',
        (text) =>
          /^\d{2}$/.test(text) && PROVINCE_BY_CODE.has(Number(text)) ? Number(text) : null,
        null,
      ),
      from,
      to,
      region: readGroup(),
      lang: read('lang', (text) => oneOf(text, ['th', 'en'] as const), DEFAULT_URL_STATE.lang),
      view: read('view', parseView, null),
      refresh: read('refresh', parseRefresh, null),
      playlist: read('playlist', parsePlaylist, null),
      ...parseUrlFilters(params, problems),
    },
    problems,
  };
}

/** Rounds a view to what the URL keeps (lon/lat 4 decimals ≈ 11 m, zoom 2 decimals). */
export function roundView(view: MapView): MapView {
  const round = (value: number, decimals: number) => Number(value.toFixed(decimals));
  return { lon: round(view.lon, 4), lat: round(view.lat, 4), zoom: round(view.zoom, 2) };
}

/** The canonical query string (with "?", or "" when everything is default). Defaults are left out. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.mode !== DEFAULT_URL_STATE.mode) params.set('mode', state.mode);
  if (state.layers.join(',') !== DEFAULT_URL_STATE.layers.join(',')) {
    params.set('layers', state.layers.join(','));
  }
  if (state.province !== null) params.set('province', String(state.province));
  if (state.from !== null) params.set('from', state.from);
  if (state.to !== null) params.set('to', state.to);
  if (state.region !== null) {
    // Regions keep the `region=` links always had; other groupings use `group=`.
    if (state.region.includes(':')) params.set('group', state.region);
    else params.set('region', state.region);
  }
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang);
  if (state.view !== null) {
    const { lon, lat, zoom } = roundView(state.view);
    params.set('view', `${lon},${lat},${zoom}`);
  }
  if (state.refresh !== null && state.refresh !== undefined) {
    params.set('refresh', String(state.refresh));
  }
  if (state.playlist !== null && state.playlist !== undefined) {
    params.set('playlist', state.playlist);
  }
  writeUrlFilters(state, params);
  // Commas, colons and slashes are safe in a query string and easier to read unescaped.
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
  return text === '' ? '' : `?${text}`;
}
