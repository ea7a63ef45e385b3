import { isoDateFromEpochMs, tableRows } from '../data/arrow-rows';
import { DataCoordinator } from '../data/coordinator';
import type { ProvincePreview } from '../data/manifest-types';
import { vaccinationByProvince } from '../data/queries';
import { markError, setDatasets, setEngineStatus, setVaccination } from './actions';
import type { AppStore, ProvinceVaccination, VaccinationSnapshot } from './app-state';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The shipped first-paint file as a snapshot. */
export function snapshotFromPreview(preview: ProvincePreview): VaccinationSnapshot {
  return {
    asOf: preview.asOf,
    origin: 'preview',
    rows: preview.rows.map((r) => ({
      code: r.province_code,
      population: r.population,
      dose1: r.dose1,
      dose2: r.dose2,
      dose3: r.dose3,
    })),
  };
}

/** Rows of the vaccinationByProvince query as a snapshot; as-of is the newest week found. */
export function snapshotFromRows(rows: readonly Record<string, unknown>[]): VaccinationSnapshot {
  let newest = -Infinity;
  const converted: ProvinceVaccination[] = rows.map((r) => {
    newest = Math.max(newest, Number(r.week_end));
    return {
      code: Number(r.province_code),
      population: Number(r.population),
      dose1: Number(r.dose1),
      dose2: Number(r.dose2),
      dose3: Number(r.dose3),
    };
  });
  const asOf = Number.isFinite(newest) ? isoDateFromEpochMs(newest) : '';
  return { asOf, origin: 'database', rows: converted };
}

/**
 * Loads the manifest and the first-paint preview into the store, then starts DuckDB in the
 * background and replaces the preview with figures computed by DuckDB once it is ready.
 * Returns the coordinator (null when the manifest could not be read).
 */
export async function startDataFlow(
  store: AppStore,
  manifestUrl: string,
): Promise<DataCoordinator | null> {
  let coordinator: DataCoordinator;
  try {
    coordinator = await DataCoordinator.open(manifestUrl);
  } catch (error) {
    markError(store, messageOf(error));
    return null;
  }
  setDatasets(store, coordinator.manifest.datasets);
  try {
    setVaccination(store, snapshotFromPreview(await coordinator.preview()));
  } catch (error) {
    // The map can still be drawn from DuckDB; say why the first paint is late.
    console.warn(messageOf(error));
  }

  setEngineStatus(store, 'loading');
  const started = coordinator.start();
  try {
    await coordinator.whenReady('vaccination');
    const table = await coordinator.query(vaccinationByProvince(coordinator.registry));
    setVaccination(store, snapshotFromRows(tableRows(table)));
    await started;
    const failed = coordinator.statuses().filter((s) => s.state === 'error');
    setEngineStatus(
      store,
      failed.length === 0 ? 'ready' : 'error',
      failed.map((s) => s.message ?? s.id).join('\n') || null,
    );
  } catch (error) {
    setEngineStatus(store, 'error', messageOf(error));
    if (!store.getState().vaccination) markError(store, messageOf(error));
  }
  return coordinator;
}
