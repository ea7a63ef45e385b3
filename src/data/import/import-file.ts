/**
 * The file importer's entry point: bytes and a name in, a typed table keyed by province or by
 * point out, or a failure message naming the file, the place and what to do. Never throws.
 *
 * Flow: size check → expanded size of a workbook or Parquet file → format from bytes and name → reader (CSV/TSV, Excel, Parquet, GeoJSON) →
 * province or point matching → typing of the usable rows → duplicates and warnings.
 */
import { missingProvincesWarning } from './missing-provinces';
import { messageOf } from '../error-message';
import { PROVINCE_BY_CODE, normaliseProvince } from '../places/provinces';
import { detectFormat } from './detect-format';
import { checkExpandedSize, checkInflatedSize } from './expanded-size';
import { msg, whereList } from './import-messages';
import {
  MAX_IMPORT_BYTES,
  type DuplicateRow,
  type ImportFailure,
  type ImportInput,
  type ImportKey,
  type ImportMessage,
  type ImportOptions,
  type ImportResult,
  type UnmatchedRow,
} from './import-types';
import { matchPoints, type PointsMatch } from './match-points';
import { matchProvinces, type ProvinceMatch } from './match-province';
import { cellText, type RawTable, type ReadOutcome } from './raw-table';
import { readDelimited } from './read-delimited';
import { readGeojson, type RowGeometry } from './read-geojson';
import { readParquetFile } from './read-parquet';
import { readXlsx } from './read-xlsx';
import { typeColumns } from './type-columns';

const MAX_DUPLICATE_PROVINCE_WARNINGS = 10;

const fail = (fileName: string, error: ImportMessage): ImportFailure => ({
  ok: false,
  fileName,
  error,
});

/**
 * Refuses a file over `limit` bytes before it is read. The UI can call this with `File.size`
 * before reading the bytes at all; {@link importFile} calls it again.
 */
export function checkImportSize(
  fileName: string,
  size: number,
  limit = MAX_IMPORT_BYTES,
): ImportFailure | null {
  return size > limit ? fail(fileName, msg.tooLarge(fileName, size, limit)) : null;
}

type Keyed =
  | { readonly kind: 'province'; readonly match: ProvinceMatch }
  | { readonly kind: 'points'; readonly match: PointsMatch };

function usable(keyed: Keyed): number {
  const values = keyed.kind === 'province' ? keyed.match.codes : keyed.match.points;
  return values.filter((v) => v !== null).length;
}

/** Province or points, as forced by `options.kind` or by what the file holds (points first). */
function chooseKey(
  name: string,
  table: RawTable,
  geometry: RowGeometry | null,
  options: ImportOptions,
): Keyed | null {
  const points = (): Keyed | null => {
    const match = matchPoints(name, table, geometry);
    return match ? { kind: 'points', match } : null;
  };
  const province = (): Keyed | null => {
    const match = matchProvinces(name, table, normaliseProvince);
    return match ? { kind: 'province', match } : null;
  };
  if (options.kind === 'points') return points();
  if (options.kind === 'province') return province();
  const asPoints = points();
  if (asPoints && usable(asPoints) > 0) return asPoints;
  const asProvince = province();
  if (asProvince && usable(asProvince) > 0) return asProvince;
  return asPoints ?? asProvince;
}

/** Rows identical to an earlier row, and a warning listing them. */
function findDuplicates(
  name: string,
  table: RawTable,
): { rows: DuplicateRow[]; warnings: ImportMessage[] } {
  const firstByKey = new Map<string, number>();
  const rows: DuplicateRow[] = [];
  table.rows.forEach((row, r) => {
    const location = table.locations[r] ?? r + 1;
    const key = row.map(cellText).join('\u0000');
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, location);
    else rows.push({ location, firstLocation: first });
  });
  const at = whereList(
    table.unit,
    rows.map((d) => d.location),
  );
  return { rows, warnings: rows.length > 0 ? [msg.duplicateRows(name, at)] : [] };
}

/** One warning per province that appears on more than one usable row (first ten). */
function duplicateProvinces(
  name: string,
  table: RawTable,
  codes: readonly (number | null)[],
): ImportMessage[] {
  const locationsByCode = new Map<number, number[]>();
  codes.forEach((code, r) => {
    if (code === null) return;
    const list = locationsByCode.get(code) ?? [];
    list.push(table.locations[r] ?? r + 1);
    locationsByCode.set(code, list);
  });
  return [...locationsByCode]
    .filter(([, locations]) => locations.length > 1)
    .slice(0, MAX_DUPLICATE_PROVINCE_WARNINGS)
    .map(([code, locations]) => {
      const province = PROVINCE_BY_CODE.get(code);
      const label = { th: province?.nameTh ?? String(code), en: province?.nameEn ?? String(code) };
      return msg.duplicateProvince(name, label, whereList(table.unit, locations));
    });
}

function missingWarnings(name: string, codes: readonly (number | null)[]): ImportMessage[] {
  const warning = missingProvincesWarning(name, codes);
  return warning ? [warning] : [];
}

async function read(
  file: ImportInput,
  options: ImportOptions,
): Promise<{ outcome: ReadOutcome; geometry: RowGeometry | null; warning: ImportMessage | null }> {
  const choice = detectFormat(file.name, file.bytes);
  if (!choice.ok) return { outcome: choice, geometry: null, warning: null };
  const { format, warning } = choice;
  if (format === 'xlsx') {
    // Counted while inflating before the reader inflates it: the headers' sizes may lie.
    const inflatesTooFar = checkInflatedSize(file.name, file.bytes, options.maxExpandedBytes);
    if (inflatesTooFar) return { outcome: inflatesTooFar, geometry: null, warning };
    return {
      outcome: await readXlsx(file.name, file.bytes, options.sheet),
      geometry: null,
      warning,
    };
  }
  if (format === 'parquet') {
    const outcome = await readParquetFile(file.name, file.bytes, options.decodeParquet);
    return { outcome, geometry: null, warning };
  }
  if (format === 'geojson' || format === 'json') {
    const outcome = readGeojson(file.name, file.bytes, options.maxVertices);
    return { outcome, geometry: outcome.ok ? outcome.geometry : null, warning };
  }
  return {
    outcome: readDelimited(file.name, file.bytes, format === 'tsv', options.onProgress),
    geometry: null,
    warning,
  };
}

async function importChecked(file: ImportInput, options: ImportOptions): Promise<ImportResult> {
  const name = file.name;
  const tooLarge = checkImportSize(name, file.bytes.byteLength, options.maxBytes);
  if (tooLarge) return tooLarge;
  if (file.bytes.byteLength === 0) return fail(name, msg.emptyFile(name));
  const expandsTooFar = checkExpandedSize(name, file.bytes, options.maxExpandedBytes);
  if (expandsTooFar) return expandsTooFar;
  const { outcome, geometry, warning } = await read(file, options);
  if (!outcome.ok) return fail(name, outcome.error);
  const table = outcome.table;
  const keyed = chooseKey(name, table, geometry, options);
  if (keyed === null) return fail(name, msg.noKeyColumn(name, table.names));
  const values: readonly unknown[] =
    keyed.kind === 'province' ? keyed.match.codes : keyed.match.points;
  const kept = values.flatMap((value, r) => (value === null ? [] : [r]));
  const unmatched: UnmatchedRow[] = [...table.rejected, ...keyed.match.unmatched].sort(
    (a, b) => a.location - b.location,
  );
  const [firstProblem] = unmatched;
  if (kept.length === 0) {
    if (firstProblem === undefined) return fail(name, msg.emptyFile(name));
    const at = whereList(table.unit, [firstProblem.location]);
    return fail(name, msg.nothingMatched(name, at, firstProblem));
  }
  const duplicates = findDuplicates(name, table);
  const locations = kept.map((r) => table.locations[r] ?? r + 1);
  const typed = typeColumns({
    fileName: name,
    headers: table.headers,
    names: table.names,
    rows: kept.map((r) => table.rows[r] ?? []),
    locations,
    unit: table.unit,
  });
  let key: ImportKey;
  if (keyed.kind === 'province') {
    const codes = Int32Array.from(kept, (r) => keyed.match.codes[r] ?? 0);
    key = { kind: 'province', column: keyed.match.column, codes };
  } else {
    const point = (r: number): readonly [number, number] => keyed.match.points[r] ?? [0, 0];
    key = {
      kind: 'points',
      columns: keyed.match.columns,
      swapped: keyed.match.swapped,
      lon: Float64Array.from(kept, (r) => point(r)[0]),
      lat: Float64Array.from(kept, (r) => point(r)[1]),
    };
  }
  return {
    ok: true,
    fileName: name,
    format: table.format,
    encoding: table.encoding,
    sheet: table.sheet,
    kind: keyed.kind,
    key,
    columns: typed.columns,
    rowCount: kept.length,
    rowsRead: table.rows.length + table.rejected.length,
    unit: table.unit,
    locations,
    unmatched,
    duplicates: duplicates.rows,
    warnings: [
      ...(warning ? [warning] : []),
      ...table.warnings,
      ...keyed.match.warnings,
      ...duplicates.warnings,
      ...(keyed.kind === 'province' ? duplicateProvinces(name, table, keyed.match.codes) : []),
      ...(keyed.kind === 'province' ? missingWarnings(name, keyed.match.codes) : []),
      ...typed.warnings,
    ],
  };
}

/**
 * Imports one file the user dropped or picked. Reads CSV/TSV (UTF-8 with or without BOM,
 * UTF-16, TIS-620/Windows-874), Excel .xlsx, Parquet (with `options.decodeParquet`), GeoJSON
 * and JSON record lists; matches rows to provinces (by code or name, any spelling the app's
 * normaliser knows) or to points in Thailand; types the columns. Files over `options.maxBytes`
 * (default {@link MAX_IMPORT_BYTES}) are refused before parsing. Never throws: any problem is an
 * {@link ImportFailure} whose message names the file, the line/row/feature and what to do.
 */
export async function importFile(
  file: ImportInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    return await importChecked(file, options);
  } catch (error) {
    return fail(file.name, msg.internal(file.name, messageOf(error)));
  }
}
