/**
 * Threshold measures of indicator datasets (issue 14 item 3): `<datasetId>.<column>` in the URL
 * (`threshold=drought.villages:ge:10`), so any measure the manifest declares can be compared with
 * no code per dataset. The text is only read here; whether the manifest has that dataset and
 * measure is checked once it is read (url-notices.ts), as for the layers a link names.
 */
import type { DatasetDef, IndicatorMeasure } from '../../data/manifest/manifest-types';

/** A threshold measure of an indicator: its dataset id, a dot, the measure's column. */
export type IndicatorThresholdMeasure = `${string}.${string}`;

/** Indicator ids, as the manifest allows them. */
const INDICATOR_ID = /^[a-z][a-z0-9_]{0,31}$/;
/**
 * A measure column as a URL can carry it: the manifest allows any name, but a comma or a colon
 * would split the threshold list or the threshold itself.
 */
const MEASURE_COLUMN = /^[^,:\p{Cc}]{1,64}$/u;

/** The dataset id and column of an indicator threshold measure. */
export interface IndicatorMeasureParts {
  readonly dataset: string;
  readonly column: string;
}

/** The parts of `text` (`drought.villages`), or null when it is not an indicator measure. */
export function splitIndicatorMeasure(text: string): IndicatorMeasureParts | null {
  const dot = text.indexOf('.');
  if (dot < 0) return null;
  const dataset = text.slice(0, dot);
  const column = text.slice(dot + 1);
  return INDICATOR_ID.test(dataset) && MEASURE_COLUMN.test(column) ? { dataset, column } : null;
}

/** True for text of the form `<datasetId>.<column>`. */
export function isIndicatorThresholdMeasure(text: string): text is IndicatorThresholdMeasure {
  return splitIndicatorMeasure(text) !== null;
}

/** The threshold measure of indicator `dataset`'s measure `column`. */
export function indicatorThresholdMeasure(
  dataset: string,
  column: string,
): IndicatorThresholdMeasure {
  return `${dataset}.${column}`;
}

/**
 * The measure of `datasets` that `text` names, or null when no indicator entry declares it (an
 * unknown dataset, a dataset that is no indicator, or a column it does not list).
 */
export function findIndicatorMeasure(
  text: string,
  datasets: readonly DatasetDef[],
): IndicatorMeasure | null {
  const parts = splitIndicatorMeasure(text);
  if (parts === null) return null;
  const def = datasets.find((d) => d.id === parts.dataset);
  return def?.indicator?.measures.find((m) => m.column === parts.column) ?? null;
}
