/**
 * The wall's scene playlist (public/wall/playlist.json, fetched at run time): types and the pure
 * parser. A bad scene is skipped with a message naming the file, the scene and the field; the
 * others play. The format is documented in the README ("Wall mode").
 */
import { isIsoDate } from '../../data/manifest/json-fields';
import { DATASET_ID_PATTERN } from '../../data/manifest/manifest-entry';
import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import { REGION_IDS } from '../../data/places/province-table';
import { findGroup, groupKeyOf, type GroupKey } from '../groupings/groupings';

/** The charts a scene can show beside the map, in the order the wall stacks them. */
export const WALL_CHARTS = ['kpis', 'timeseries', 'ranking', 'breakdown'] as const;

/** One of {@link WALL_CHARTS}. */
export type WallChart = (typeof WALL_CHARTS)[number];

/** Charts of a scene that names none. */
export const DEFAULT_SCENE_CHARTS: readonly WallChart[] = ['kpis', 'timeseries', 'ranking'];

/** Dwell time limits, in seconds. */
export const MIN_DWELL_SECONDS = 1;
export const MAX_DWELL_SECONDS = 3600;

/**
 * What the map shows: all of Thailand, one group of provinces (a region, or `grouping:group` of
 * the groupings in use, e.g. "health:9"), or one province.
 */
export type SceneView =
  | { readonly kind: 'thailand' }
  | { readonly kind: 'region'; readonly region: GroupKey }
  | { readonly kind: 'province'; readonly code: number };

/** One validated scene. */
export interface Scene {
  readonly id: string;
  /** How messages name the scene: its file, place and id (`wall/playlist.json: scenes[3] ("floods")`). */
  readonly where: string;
  readonly title: { readonly th: string; readonly en: string };
  readonly dwellSeconds: number;
  /**
   * Dataset ids in drawing order (first = bottom; the last is the focused dataset). Any id a
   * manifest may declare: whether the manifest lists it is checked once the manifest is read
   * (scene-check.ts).
   */
  readonly layers: readonly string[];
  /** The group the views are narrowed to: a region id or `grouping:group` ({@link GroupKey}). */
  readonly region: GroupKey | null;
  /** Selected province (TIS-1099 code): the charts describe it. */
  readonly province: number | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly view: SceneView;
  readonly charts: readonly WallChart[];
}

/** The scenes that passed validation and one message per problem found. */
export interface ParsedPlaylist {
  readonly scenes: readonly Scene[];
  /** Problems that skipped a scene or the file, and ignored unknown fields. */
  readonly problems: readonly string[];
}

const SCENE_KEYS = ['id', 'title', 'dwellSeconds', 'layers', 'filters', 'view', 'charts'];
const FILTER_KEYS = ['region', 'province', 'from', 'to'];

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** Thrown inside one scene's parse: the scene is skipped with this message. */
class SceneProblem extends Error {}

function fail(field: string, expected: string, value: unknown): never {
  throw new SceneProblem(`${field}: expected ${expected}, got ${shown(value)}`);
}

/** A region id ("northeast") or a group of another grouping ("health:9"), as its canonical key. */
function parseRegion(value: unknown, field: string): GroupKey {
  const found = typeof value === 'string' ? findGroup(value) : null;
  return found
    ? groupKeyOf(found.grouping.id, found.group.id)
    : fail(field, `a region (${REGION_IDS.join(', ')}) or a group such as "health:9"`, value);
}

function parseProvince(value: unknown, field: string): number {
  const code = typeof value === 'string' && /^\d{2}$/.test(value) ? Number(value) : value;
  if (typeof code === 'number' && PROVINCE_BY_CODE.has(code)) return code;
  return fail(field, 'the TIS-1099 code of a province (e.g. 30)', value);
}

function parseDate(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' && isIsoDate(value)
    ? value
    : fail(field, 'an ISO date (YYYY-MM-DD) or null', value);
}

function parseTitle(value: unknown): Scene['title'] {
  if (typeof value === 'string' && value.trim() !== '') return { th: value, en: value };
  if (!isRecord(value) || typeof value.th !== 'string' || value.th.trim() === '') {
    return fail('title', '{ "th": "…", "en": "…" } with a Thai title', value);
  }
  if (value.en !== undefined && (typeof value.en !== 'string' || value.en.trim() === '')) {
    return fail('title.en', 'a non-empty English title (or leave it out)', value.en);
  }
  return { th: value.th, en: typeof value.en === 'string' ? value.en : value.th };
}

function parseLayers(value: unknown): string[] {
  const expected = 'a non-empty list of dataset ids (e.g. "vaccination", "road_safety")';
  if (!Array.isArray(value) || value.length === 0) return fail('layers', expected, value);
  const layers: string[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || !DATASET_ID_PATTERN.test(item)) {
      fail(`layers[${index}]`, 'a dataset id of the manifest (e.g. "vaccination")', item);
    }
    if (layers.includes(item)) fail(`layers[${index}]`, 'each layer once', item);
    layers.push(item);
  });
  return layers;
}

function parseCharts(value: unknown): readonly WallChart[] {
  if (value === undefined) return DEFAULT_SCENE_CHARTS;
  const expected = `a list of ${WALL_CHARTS.join(', ')} (may be empty)`;
  if (!Array.isArray(value)) return fail('charts', expected, value);
  const charts = value.map((item: unknown, index) => {
    const chart = WALL_CHARTS.find((known) => known === item);
    return chart ?? fail(`charts[${index}]`, `one of ${WALL_CHARTS.join(', ')}`, item);
  });
  return WALL_CHARTS.filter((chart) => charts.includes(chart));
}

function parseView(value: unknown, filters: { region: GroupKey | null; province: number | null }) {
  const expected = '"thailand", { "region": "<region or group>" } or { "province": <code> }';
  if (value === undefined) {
    if (filters.province !== null) return { kind: 'province', code: filters.province } as const;
    if (filters.region !== null) return { kind: 'region', region: filters.region } as const;
    return { kind: 'thailand' } as const;
  }
  if (value === 'thailand') return { kind: 'thailand' } as const;
  if (isRecord(value) && Object.keys(value).length === 1) {
    if ('region' in value)
      return { kind: 'region', region: parseRegion(value.region, 'view.region') } as const;
    if ('province' in value) {
      return { kind: 'province', code: parseProvince(value.province, 'view.province') } as const;
    }
  }
  return fail('view', expected, value);
}

function parseScene(value: unknown, where: string, warn: (text: string) => void): Scene {
  if (!isRecord(value)) return fail('scene', 'an object', value);
  for (const key of Object.keys(value)) {
    if (!SCENE_KEYS.includes(key)) warn(`unknown field "${key}" ignored`);
  }
  const id = value.id;
  if (typeof id !== 'string' || !/^[A-Za-z0-9][\w-]*$/.test(id)) {
    fail('id', 'letters, digits, "-" or "_" (e.g. "road-songkran")', id);
  }
  const title = parseTitle(value.title);
  const dwell = value.dwellSeconds;
  if (typeof dwell !== 'number' || !(dwell >= MIN_DWELL_SECONDS && dwell <= MAX_DWELL_SECONDS)) {
    fail(
      'dwellSeconds',
      `a number of seconds from ${MIN_DWELL_SECONDS} to ${MAX_DWELL_SECONDS}`,
      dwell,
    );
  }
  const layers = parseLayers(value.layers);
  const rawFilters = value.filters ?? {};
  if (!isRecord(rawFilters))
    fail('filters', 'an object with region, province, from, to', rawFilters);
  for (const key of Object.keys(rawFilters)) {
    if (!FILTER_KEYS.includes(key)) warn(`unknown field "filters.${key}" ignored`);
  }
  const region =
    rawFilters.region == null ? null : parseRegion(rawFilters.region, 'filters.region');
  const province =
    rawFilters.province == null ? null : parseProvince(rawFilters.province, 'filters.province');
  if (region !== null && province !== null && !findGroup(region)?.group.codes.includes(province)) {
    fail('filters.province', `a province of the group "${region}"`, rawFilters.province);
  }
  const from = parseDate(rawFilters.from, 'filters.from');
  const to = parseDate(rawFilters.to, 'filters.to');
  if (from !== null && to !== null && from > to) {
    fail('filters.to', `a date on or after filters.from (${from})`, to);
  }
  return {
    id,
    where,
    title,
    dwellSeconds: dwell,
    layers,
    region,
    province,
    from,
    to,
    view: parseView(value.view, { region, province }),
    charts: parseCharts(value.charts),
  };
}

/**
 * Validates a playlist file's parsed JSON. `file` names the file in every message. Scenes with a
 * problem are skipped (and so are scenes repeating an earlier id); an unusable file gives no
 * scenes and says why.
 */
export function parsePlaylist(json: unknown, file: string): ParsedPlaylist {
  const problems: string[] = [];
  if (!isRecord(json)) {
    return {
      scenes: [],
      problems: [`${file}: expected an object with "scenes", got ${shown(json)}`],
    };
  }
  if (json.version !== undefined && json.version !== 1) {
    problems.push(`${file}: version: expected 1, got ${shown(json.version)}`);
    return { scenes: [], problems };
  }
  if (!Array.isArray(json.scenes) || json.scenes.length === 0) {
    problems.push(
      `${file}: scenes: expected a non-empty list of scenes, got ${shown(json.scenes)}`,
    );
    return { scenes: [], problems };
  }
  const scenes: Scene[] = [];
  json.scenes.forEach((raw: unknown, index) => {
    const rawId = isRecord(raw) && typeof raw.id === 'string' ? ` ("${raw.id}")` : '';
    const where = `${file}: scenes[${index}]${rawId}`;
    try {
      const scene = parseScene(raw, where, (text) => problems.push(`${where}: ${text}`));
      if (scenes.some((s) => s.id === scene.id))
        fail('id', 'an id no earlier scene uses', scene.id);
      scenes.push(scene);
    } catch (error) {
      if (!(error instanceof SceneProblem)) throw error;
      problems.push(`${where}: ${error.message}; scene skipped`);
    }
  });
  return { scenes, problems };
}
