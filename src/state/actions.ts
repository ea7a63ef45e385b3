import type { DatasetDef } from '../data/manifest-types';
import type { Lang } from '../i18n/messages';
import type { AppStore, EngineStatus, HoverState, VaccinationSnapshot } from './app-state';

/** Switches the UI language. */
export function setLang(store: AppStore, lang: Lang): void {
  store.update((s) => (s.lang === lang ? s : { ...s, lang }));
}

/** Records the datasets the manifest lists. */
export function setDatasets(store: AppStore, datasets: readonly DatasetDef[]): void {
  store.update((s) => ({ ...s, datasets }));
}

/** Replaces the vaccination figures the map shows. */
export function setVaccination(store: AppStore, vaccination: VaccinationSnapshot): void {
  store.update((s) => ({ ...s, vaccination }));
}

/** Sets (or clears) the hovered province. */
export function setHovered(store: AppStore, hovered: HoverState | null): void {
  store.update((s) => {
    const old = s.hovered;
    if (old === hovered) return s;
    if (old && hovered && old.code === hovered.code && old.x === hovered.x && old.y === hovered.y) {
      return s;
    }
    return { ...s, hovered };
  });
}

/** Marks the page ready: the map has painted its layers with data. */
export function markReady(store: AppStore): void {
  store.update((s) => (s.phase === 'loading' ? { ...s, phase: 'ready' } : s));
}

/** Puts the page into the error state with a message for the person looking at it. */
export function markError(store: AppStore, message: string): void {
  store.update((s) => ({ ...s, phase: 'error', errorMessage: message }));
}

/** Records DuckDB's status. */
export function setEngineStatus(
  store: AppStore,
  engine: EngineStatus,
  engineMessage: string | null = null,
): void {
  store.update((s) => ({ ...s, engine, engineMessage }));
}

/** Adds a notice (shown until the page reloads); repeated notices are kept once. */
export function addNotice(store: AppStore, notice: string): void {
  store.update((s) => (s.notices.includes(notice) ? s : { ...s, notices: [...s.notices, notice] }));
}
