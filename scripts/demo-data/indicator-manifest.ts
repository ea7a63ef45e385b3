/**
 * Adds the demo indicator datasets to the published manifest, as written JSON entries (the shape
 * a ministry writes by hand), and checks the result with the app's own manifest parser: a seed
 * entry the app would leave out, or a field it would skip, fails the run instead of shipping.
 */
import type { Manifest } from '../../src/data/manifest/manifest-types';
import { parseManifest } from '../../src/data/manifest/registry';
import type { GeneratedIndicator } from './indicator-entry';

/** The manifest JSON with the indicator entries after the published ones. */
export function manifestWithIndicators(
  published: Manifest,
  indicators: readonly GeneratedIndicator[],
): unknown {
  // Derived from the newest as-of date, like the rest of the manifest, so it never needs the clock.
  const generatedAt = [
    published.generatedAt,
    ...indicators.map((indicator) => `${indicator.entry.asOf}T00:00:00.000Z`),
  ]
    .sort()
    .at(-1);
  const json = {
    ...published,
    generatedAt,
    datasets: [...published.datasets, ...indicators.map((indicator) => indicator.entry)],
  };
  const parsed = parseManifest(json, 'generated manifest.json');
  const problems = [
    ...(parsed.leftOut ?? []).map((left) => left.message),
    ...(parsed.ignoredFields ?? []).map((field) => `field the app skips: ${field}`),
  ];
  for (const indicator of indicators) {
    const def = parsed.datasets.find((dataset) => dataset.id === indicator.entry.id);
    if (def?.indicator === undefined) {
      problems.push(`${indicator.entry.id}: the app does not read it as an indicator`);
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `the demo indicator entries do not pass the app's checks:\n${problems.join('\n')}`,
    );
  }
  return json;
}
