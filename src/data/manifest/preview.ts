/** Validation of the first-paint file named by `manifest.preview` ({@link ProvincePreview}). */
import { DataFileError, JsonObjectReader } from './json-fields';
import type { ProvincePreview } from './manifest-types';

type PreviewRow = ProvincePreview['rows'][number];

/**
 * Validates a parsed preview JSON and returns a frozen copy.
 * @param sourceName the file name used in error messages.
 * @param expectedDataset the dataset the manifest says the preview summarises.
 * @throws DataFileError naming the file, the row and the field.
 */
export function parseProvincePreview(
  json: unknown,
  sourceName: string,
  expectedDataset: string,
): ProvincePreview {
  const root = JsonObjectReader.of(json, sourceName, '');
  root.rejectUnknownKeys(['dataset', 'asOf', 'rows']);
  const dataset = root.string('dataset', 'the id of the summarised dataset');
  if (dataset !== expectedDataset) {
    throw root.fail(
      `dataset '${dataset}' does not match the manifest's preview.dataset '${expectedDataset}'; regenerate the preview`,
    );
  }
  const asOf = root.isoDate('asOf', 'the week the figures are for');
  const seen = new Set<number>();
  const rows = root.array('rows', 'one row per province').map((entry, index) => {
    const row = parsePreviewRow(entry, sourceName, index);
    if (seen.has(row.province_code)) {
      throw new DataFileError(
        `${sourceName}: rows[${index}]: province_code ${row.province_code} appears twice; keep one row per province`,
      );
    }
    seen.add(row.province_code);
    return row;
  });
  return Object.freeze({ dataset, asOf, rows: Object.freeze(rows) });
}

function parsePreviewRow(entry: unknown, source: string, index: number): PreviewRow {
  const reader = JsonObjectReader.of(entry, source, `rows[${index}]`);
  reader.rejectUnknownKeys(['province_code', 'population', 'dose1', 'dose2', 'dose3']);
  return Object.freeze({
    province_code: reader.integer('province_code', 1, 'the province code, e.g. 10 for Bangkok'),
    population: reader.integer('population', 0, 'people living in the province'),
    dose1: reader.integer('dose1', 0, 'people with at least one dose'),
    dose2: reader.integer('dose2', 0, 'people with two doses'),
    dose3: reader.integer('dose3', 0, 'people with three doses'),
  });
}
