/**
 * GeoJSON (and plain JSON lists of records). Properties become columns; Point geometry gives each
 * row its coordinates; Polygon geometry is only checked (the app maps provinces with its own
 * boundaries). Keys such as `__proto__` are data: rows are arrays and columns a Map, so nothing
 * from the file is ever assigned onto an object.
 */
import { decodeText, lineOfByte } from './decode-text';
import { checkPoint, checkPolygonal } from './geometry-check';
import { msg, where, whereList } from './import-messages';
import { jsonErrorOffset } from './json-error';
import type { ImportMessage, ImportText } from './import-types';
import { limitMsg } from './limit-messages';
import { columnNames, type RawCell, type ReadOutcome, type RowPoint } from './raw-table';
import { MAX_GEOJSON_VERTICES, countVertices } from './vertex-count';

/** Per-row geometry of a GeoJSON file. */
export interface RowGeometry {
  /** Point coordinates per row (null when the row has no usable point). */
  readonly points: readonly RowPoint[];
  /** The problem with each row's point geometry, or null. */
  readonly pointIssues: readonly (ImportText | null)[];
  /** How many features have Point geometry (usable or not). */
  readonly pointFeatures: number;
  /** Each row's point coordinates as written in the file (JSON text, cut short), or ''. */
  readonly pointValues: readonly string[];
}

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON string (skipped as it is), or a bare NaN / Infinity token outside strings. */
const STRING_OR_NON_FINITE = /"(?:[^"\\]|\\.)*"|-?Infinity|NaN/g;

/**
 * Replaces the bare NaN / Infinity tokens that Python writes into JSON with null. One regular
 * expression pass (strings matched whole, so a "NaN" inside one stays), and none at all when
 * neither word occurs: a file of a million coordinates is not walked character by character.
 */
function withoutNonFiniteTokens(text: string): { text: string; replaced: boolean } {
  if (!text.includes('NaN') && !text.includes('Infinity')) return { text, replaced: false };
  let replaced = false;
  const out = text.replace(STRING_OR_NON_FINITE, (token) => {
    if (token.startsWith('"')) return token;
    replaced = true;
    return 'null';
  });
  return { text: out, replaced };
}

/** A JSON value as a cell: nested objects and arrays as JSON text. */
function toCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return JSON.stringify(value);
}

/** 1-based line of the first syntax error of `text` (the last line if none is found). */
function parseErrorLine(text: string): number {
  const offset = jsonErrorOffset(text);
  return text.slice(0, offset < 0 ? text.length : offset).split('\n').length;
}

/** Records and features as rows of cells, with one column per property key in first-seen order. */
function rowsOfRecords(records: readonly unknown[]): { headers: string[]; rows: RawCell[][] } {
  const columnOf = new Map<string, number>();
  const headers: string[] = [];
  for (const record of records) {
    if (!isObject(record)) continue;
    for (const key of Object.keys(record)) {
      if (!columnOf.has(key)) {
        columnOf.set(key, headers.length);
        headers.push(key);
      }
    }
  }
  const rows = records.map((record) => {
    const row: RawCell[] = headers.map(() => null);
    if (isObject(record)) {
      for (const [key, value] of Object.entries(record)) {
        const index = columnOf.get(key);
        if (index !== undefined) row[index] = toCell(value);
      }
    }
    return row;
  });
  return { headers, rows };
}

function readGeometry(
  fileName: string,
  features: readonly unknown[],
  warnings: ImportMessage[],
): RowGeometry {
  const points: RowPoint[] = [];
  const pointIssues: (ImportText | null)[] = [];
  const pointValues: string[] = [];
  let pointFeatures = 0;
  const badShapes: { feature: number; problem: ImportText }[] = [];
  features.forEach((feature, index) => {
    const geometry = isObject(feature) ? feature.geometry : null;
    const type = isObject(geometry) ? geometry.type : null;
    const coordinates = isObject(geometry) ? geometry.coordinates : null;
    let point: RowPoint = null;
    let issue: ImportText | null = null;
    if (type === 'Point') {
      pointFeatures += 1;
      const check = checkPoint(coordinates);
      if (check.ok) point = [check.lon, check.lat];
      else issue = check.problem;
    } else if (type === 'Polygon' || type === 'MultiPolygon') {
      const problem = checkPolygonal(type, coordinates);
      if (problem) badShapes.push({ feature: index + 1, problem });
    }
    points.push(point);
    pointIssues.push(issue);
    const written =
      type === 'Point' && coordinates !== undefined ? JSON.stringify(coordinates) : '';
    pointValues.push(written.slice(0, 80));
  });
  const [first] = badShapes;
  if (first) {
    const listed = whereList(
      'feature',
      badShapes.map((b) => b.feature),
    );
    const example = where('feature', first.feature);
    const problem = {
      th: `${example.th}: ${first.problem.th}`,
      en: `${example.en}: ${first.problem.en}`,
    };
    warnings.push(msg.invalidGeometry(fileName, listed, problem));
  }
  return { points, pointIssues, pointFeatures, pointValues };
}

const isRecordList = (value: unknown): value is readonly JsonObject[] =>
  Array.isArray(value) && value.length > 0 && value.every(isObject);

/** A list of records: the JSON itself, or the one list-of-records property of an object. */
function recordList(json: unknown): readonly JsonObject[] | null {
  if (isRecordList(json)) return json;
  if (!isObject(json)) return null;
  const lists = Object.values(json).filter(isRecordList);
  return lists.length === 1 ? (lists[0] ?? null) : null;
}

/** The table of a JSON or GeoJSON file, plus its per-row geometry when it is GeoJSON. */
export type JsonReadOutcome =
  | (Extract<ReadOutcome, { ok: true }> & { readonly geometry: RowGeometry | null })
  | Extract<ReadOutcome, { ok: false }>;

/**
 * Reads a GeoJSON FeatureCollection, a single Feature, or a JSON array of flat records.
 * Features are numbered from 1 in file order; records are rows numbered from 1. A file whose
 * shapes hold over `maxVertices` vertices is refused before they are checked. Never throws.
 */
export function readGeojson(
  fileName: string,
  bytes: Uint8Array,
  maxVertices = MAX_GEOJSON_VERTICES,
): JsonReadOutcome {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const at = where('line', lineOfByte(bytes, decoded.badByteOffset));
    return { ok: false, error: msg.unknownEncoding(fileName, at) };
  }
  if (decoded.text.trim() === '') return { ok: false, error: msg.emptyFile(fileName) };
  const cleaned = withoutNonFiniteTokens(decoded.text);
  let json: unknown;
  try {
    json = JSON.parse(cleaned.text);
  } catch {
    const at = where('line', parseErrorLine(cleaned.text));
    return { ok: false, error: msg.unreadableJson(fileName, at) };
  }
  const warnings: ImportMessage[] = [];
  if (cleaned.replaced) warnings.push(msg.nanInJson(fileName));
  let records: readonly unknown[];
  let geometry: RowGeometry | null = null;
  let format: 'geojson' | 'json' = 'geojson';
  const features =
    isObject(json) && json.type === 'FeatureCollection'
      ? json.features
      : isObject(json) && json.type === 'Feature'
        ? [json]
        : null;
  if (Array.isArray(features)) {
    const vertices = countVertices(features);
    if (vertices > maxVertices) {
      return { ok: false, error: limitMsg.tooManyVertices(fileName, vertices, maxVertices) };
    }
    records = features.map((f) => (isObject(f) && isObject(f.properties) ? f.properties : {}));
    geometry = readGeometry(fileName, features, warnings);
  } else if (isObject(json) && json.type === 'Topology') {
    return { ok: false, error: msg.topojson(fileName) };
  } else if (recordList(json)) {
    records = recordList(json) ?? [];
    format = 'json';
  } else if (Array.isArray(json) && json.length === 0) {
    return { ok: false, error: msg.emptyFile(fileName) };
  } else {
    return { ok: false, error: msg.notGeojson(fileName) };
  }
  if (records.length === 0) return { ok: false, error: msg.emptyFile(fileName) };
  const { headers, rows } = rowsOfRecords(records);
  return {
    ok: true,
    geometry,
    table: {
      format,
      encoding: decoded.encoding,
      sheet: null,
      unit: format === 'geojson' ? 'feature' : 'row',
      headers,
      names: columnNames(headers),
      rows,
      locations: rows.map((_, i) => i + 1),
      rejected: [],
      warnings,
    },
  };
}
