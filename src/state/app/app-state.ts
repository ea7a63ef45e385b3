import type { DatasetDef } from '../../data/manifest/manifest-types';
import type { Lang } from '../../i18n/messages';
import type { Table } from 'apache-arrow';
import type { BreakdownChoices } from '../charts/breakdown-choices';
import type { DatasetHealth } from '../freshness/freshness';
import {
  DEFAULT_LAYER_SETTINGS,
  type LayerSettingsById,
  type PovertyDimension,
} from '../layers/layer-settings';
import { createStore, type Store } from './store';
import { DEFAULT_URL_STATE, type UrlState } from '../url/url-state';

/** One province's vaccination figures at one week. */
export interface ProvinceVaccination {
  readonly code: number;
  /** ISO date of the week these cumulative figures end on. */
  readonly weekEnd: string;
  readonly population: number;
  readonly dose1: number;
  readonly dose2: number;
  readonly dose3: number;
}

/** The vaccination figures the map shows, and where they came from. */
export interface VaccinationSnapshot {
  readonly asOf: string;
  /** 'preview' = the shipped first-paint file; 'database' = computed by DuckDB. */
  readonly origin: 'preview' | 'database';
  readonly rows: readonly ProvinceVaccination[];
}

/** The province under the pointer and where the pointer is, in map pixels. */
export interface HoverState {
  readonly code: number;
  readonly x: number;
  readonly y: number;
}

/** The density hexagon under the pointer: its incidents in the date range. */
export interface CellHoverState {
  readonly incidents: number;
  readonly deaths: number;
  readonly injuries: number;
  readonly x: number;
  readonly y: number;
}

/** Page life cycle, mirrored on `<html data-state>`. */
export type Phase = 'loading' | 'ready' | 'error';

/**
 * DuckDB life cycle, mirrored on `<html data-engine>`. `partial`: the database runs and answers,
 * but one or more datasets failed to load (each is named in the notices and its badge): a bad
 * file is that dataset's problem, not the database's.
 */
export type EngineStatus = 'idle' | 'loading' | 'ready' | 'partial' | 'error';

/** Everything the views read. Views change it only through the actions in actions.ts. */
export interface AppState {
  readonly lang: Lang;
  readonly phase: Phase;
  readonly errorMessage: string | null;
  readonly engine: EngineStatus;
  readonly engineMessage: string | null;
  readonly datasets: readonly DatasetDef[];
  readonly vaccination: VaccinationSnapshot | null;
  readonly hovered: HoverState | null;
  readonly hoveredCell: CellHoverState | null;
  /** Problems the person should know about while the page keeps working (e.g. a dataset failed). */
  readonly notices: readonly string[];
  /** Notices past the most kept (actions.ts MAX_NOTICES): counted, not listed. */
  readonly hiddenNotices: number;
  /** The notice in {@link notices} about a date range outside the data (replaced as it changes). */
  readonly dateNotice: string | null;
  /**
   * A view the app corrected itself (category values the data lacks dropped): the address bar
   * replaces its entry rather than adding one, so back never lands on a link that corrects again.
   */
  readonly correctedUrl: UrlState | null;
  /** The view the URL describes (its `lang` is mirrored in {@link AppState.lang}). */
  readonly url: UrlState;
  readonly layerSettings: LayerSettingsById;
  readonly povertyDimension: PovertyDimension;
  /** The breakdown each dataset's breakdown chart shows (e.g. road safety by vehicle). */
  readonly breakdownBy: BreakdownChoices;
  /** The global time cursor (ISO date) or null for "the whole filter range". */
  readonly cursor: string | null;
  readonly playing: boolean;
  /** Latest result of each declared view query, by query key. */
  readonly results: Readonly<Record<string, Table>>;
  /** True while view queries run (mirrored on `<html data-queries>` for tests and benchmarks). */
  readonly queriesRunning: boolean;
  /** A point inside each province (its label anchor) once the geography has loaded. */
  readonly anchors: ReadonlyMap<number, readonly [number, number]> | null;
  /** Each dataset's load history (last good load, latest failure), by dataset id. */
  readonly health: Readonly<Record<string, DatasetHealth>>;
  /** The day (ISO, Thai time) freshness is judged on; '' until the data flow starts. */
  readonly today: string;
}

/** The state before anything is loaded, for the view `url` describes. */
export function initialAppState(url: UrlState = DEFAULT_URL_STATE): AppState {
  const lang: Lang = url.lang;
  return {
    lang,
    phase: 'loading',
    errorMessage: null,
    engine: 'idle',
    engineMessage: null,
    datasets: [],
    vaccination: null,
    hovered: null,
    hoveredCell: null,
    notices: [],
    hiddenNotices: 0,
    dateNotice: null,
    correctedUrl: null,
    url,
    layerSettings: DEFAULT_LAYER_SETTINGS,
    povertyDimension: url.dimension ?? 'any',
    breakdownBy: {},
    cursor: null,
    playing: false,
    results: {},
    anchors: null,
    queriesRunning: false,
    health: {},
    today: '',
  };
}

/** The app's store type. */
export type AppStore = Store<AppState>;

/** Creates the app's store for the view `url` describes. */
export function createAppStore(url: UrlState = DEFAULT_URL_STATE): AppStore {
  return createStore(initialAppState(url));
}
