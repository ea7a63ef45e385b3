/**
 * The vaccination layer: dose coverage per province (DuckDB's, or the first-paint preview's until
 * DuckDB answers) with the provinces below the dose-2 target outlined and the impossible values
 * flagged, and its legend dated by the newest week shown.
 */
import { isoDateFromEpochMs } from '../../data/formats/arrow-rows';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import {
  choroplethOf,
  coverageByProvince,
  type ChoroplethLayerModel,
} from '../../state/layers/layer-models';
import { THRESHOLDS } from '../../state/layers/thresholds';
import { layerSettingsOf } from '../../state/models/dataset-modules';
import { vaccinationFlags } from '../../state/quality/data-quality';
import { resultRows } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** The newest week the coverage figures on the map are from (the query's, else the preview's). */
export function vaccinationShownWeek(state: AppState): string | undefined {
  let newest: number | null = null;
  for (const row of resultRows(state, QUERY_KEYS.vaccinationByProvince)) {
    const week = Number(row.week_end);
    if (Number.isFinite(week) && (newest === null || week > newest)) newest = week;
  }
  return newest === null ? state.vaccination?.asOf : isoDateFromEpochMs(newest);
}

/** Vaccination coverage choropleth with the target outline. */
export function vaccinationLayer(state: AppState, def: DatasetDef): ChoroplethLayerModel {
  const settings = layerSettingsOf(state, def.id);
  return choroplethOf({
    id: def.id,
    values: coverageByProvince(state, settings.measure),
    settings,
    dataset: def,
    lang: state.lang,
    title: `${t(state.lang, 'vaccinationCoverage')} · ${t(state.lang, `dose_${settings.measure as 'dose2_pct'}`)}`,
    unit: t(state.lang, 'percentOfPopulation'),
    decimals: 1,
    percent: true,
    asOf: vaccinationShownWeek(state),
    region: state.url.region,
    belowTarget: THRESHOLDS.vaccination.dose2TargetPercent,
    flagByCode: vaccinationFlags(state),
  });
}
