import Papa from 'papaparse';

/** The six regions of Thailand's official six-region scheme, as used in `data/regions.csv`. */
export const REGION_IDS = ['north', 'northeast', 'central', 'east', 'west', 'south'] as const;

/** One of {@link REGION_IDS}. */
export type RegionId = (typeof REGION_IDS)[number];

/** How many provinces Thailand has (76 changwat plus Bangkok). */
export const PROVINCE_COUNT = 77;

/** One row of `data/provinces.csv`. */
export interface ProvinceRecord {
  /** TIS-1099 code = numeric part of ISO 3166-2 (10 Bangkok ... 96 Narathiwat). */
  readonly code: number;
  /** ISO 3166-2 code, e.g. "TH-30". */
  readonly iso: string;
  /** Natural Earth HASC code, e.g. "TH.NR". */
  readonly hasc: string;
  readonly nameTh: string;
  /** RTGS romanisation, e.g. "Chon Buri". */
  readonly nameEn: string;
  readonly region: RegionId;
}

/** One row of `data/regions.csv`. */
export interface RegionRecord {
  readonly id: RegionId;
  readonly nameTh: string;
  readonly nameEn: string;
}

/** One row of `data/province-aliases.csv`: a spelling the normaliser's rules cannot derive. */
export interface ProvinceAlias {
  readonly alias: string;
  readonly code: number;
}

type CsvRow = Readonly<Record<string, string | undefined>>;

/**
 * Parses CSV text with a header row into trimmed string records, failing on malformed CSV or a
 * header that lacks one of `requiredColumns`.
 */
function parseCsvRows(
  csvText: string,
  fileLabel: string,
  requiredColumns: readonly string[],
): readonly CsvRow[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    delimiter: ',',
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
    transform: (value) => value.trim(),
  });
  const firstError = parsed.errors[0];
  if (firstError) {
    const where = firstError.row === undefined ? '' : ` at row ${firstError.row + 1}`;
    throw new Error(`${fileLabel}: malformed CSV${where}: ${firstError.message}`);
  }
  const header = parsed.meta.fields ?? [];
  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new Error(`${fileLabel}: missing column(s) ${missing.join(', ')}`);
  }
  return parsed.data;
}

/** Reads a required, non-empty text cell (NFC-normalised) or throws naming the row. */
function requireText(row: CsvRow, column: string, rowLabel: string): string {
  const value = row[column]?.normalize('NFC') ?? '';
  if (value === '') throw new Error(`${rowLabel}: empty ${column}`);
  return value;
}

function isRegionId(value: string): value is RegionId {
  return (REGION_IDS as readonly string[]).includes(value);
}

function parseProvinceCode(text: string, rowLabel: string): number {
  if (!/^\d{2}$/.test(text)) throw new Error(`${rowLabel}: code "${text}" is not a 2-digit number`);
  return Number(text);
}

/** Throws if `value` was already seen in `seen` for another row; records it otherwise. */
function requireUnique(
  seen: Map<string, string>,
  value: string,
  column: string,
  rowLabel: string,
): void {
  const earlier = seen.get(value);
  if (earlier !== undefined) {
    throw new Error(`${rowLabel}: duplicate ${column} "${value}" (also in ${earlier})`);
  }
  seen.set(value, rowLabel);
}

/**
 * Parses and validates the text of `data/provinces.csv`: exactly 77 rows with unique 2-digit codes,
 * ISO codes equal to `TH-<code>`, unique HASC codes (`TH.XX`) and names, known regions and
 * non-empty names. Returns the rows sorted by code.
 *
 * @throws Error naming the offending row and problem.
 */
export function parseProvinceTable(csvText: string): readonly ProvinceRecord[] {
  const fileLabel = 'provinces.csv';
  const columns = ['code', 'iso_3166_2', 'hasc', 'name_th', 'name_en', 'region'];
  const rows = parseCsvRows(csvText, fileLabel, columns);
  const seenByColumn = new Map(columns.map((column) => [column, new Map<string, string>()]));
  const provinces = rows.map((row, index): ProvinceRecord => {
    const rowLabel = `${fileLabel} row ${index + 1}`;
    const codeText = requireText(row, 'code', rowLabel);
    const code = parseProvinceCode(codeText, rowLabel);
    const labelled = `${rowLabel} (code ${code})`;
    const iso = requireText(row, 'iso_3166_2', labelled);
    if (iso !== `TH-${codeText}`) {
      throw new Error(`${labelled}: iso_3166_2 "${iso}" should be "TH-${codeText}"`);
    }
    const hasc = requireText(row, 'hasc', labelled);
    if (!/^TH\.[A-Z]{2}$/.test(hasc)) throw new Error(`${labelled}: hasc "${hasc}" is not TH.XX`);
    const region = requireText(row, 'region', labelled);
    if (!isRegionId(region)) throw new Error(`${labelled}: unknown region "${region}"`);
    const record: ProvinceRecord = {
      code,
      iso,
      hasc,
      nameTh: requireText(row, 'name_th', labelled),
      nameEn: requireText(row, 'name_en', labelled),
      region,
    };
    const uniqueValues: readonly (readonly [string, string])[] = [
      ['code', codeText],
      ['hasc', hasc],
      ['name_th', record.nameTh],
      ['name_en', record.nameEn],
    ];
    for (const [column, value] of uniqueValues) {
      const seen = seenByColumn.get(column);
      if (seen) requireUnique(seen, value, column, labelled);
    }
    return record;
  });
  if (provinces.length !== PROVINCE_COUNT) {
    throw new Error(
      `${fileLabel}: expected ${PROVINCE_COUNT} provinces, found ${provinces.length}`,
    );
  }
  return [...provinces].sort((a, b) => a.code - b.code);
}

/**
 * Parses and validates the text of `data/regions.csv`: each of the six {@link REGION_IDS} exactly
 * once, with non-empty Thai and English names. Returns the rows in file order.
 *
 * @throws Error naming the offending row and problem.
 */
export function parseRegionTable(csvText: string): readonly RegionRecord[] {
  const fileLabel = 'regions.csv';
  const rows = parseCsvRows(csvText, fileLabel, ['id', 'name_th', 'name_en']);
  const seen = new Map<string, string>();
  const regions = rows.map((row, index): RegionRecord => {
    const rowLabel = `${fileLabel} row ${index + 1}`;
    const id = requireText(row, 'id', rowLabel);
    if (!isRegionId(id)) throw new Error(`${rowLabel}: unknown region id "${id}"`);
    requireUnique(seen, id, 'id', rowLabel);
    return {
      id,
      nameTh: requireText(row, 'name_th', rowLabel),
      nameEn: requireText(row, 'name_en', rowLabel),
    };
  });
  const missing = REGION_IDS.filter((id) => !seen.has(id));
  if (missing.length > 0) throw new Error(`${fileLabel}: missing region(s) ${missing.join(', ')}`);
  return regions;
}

/**
 * Parses and validates the text of `data/province-aliases.csv` (columns `alias,code`): non-empty
 * aliases, each listed once, pointing at one of `provinces`.
 *
 * @throws Error naming the offending row and problem.
 */
export function parseProvinceAliasTable(
  csvText: string,
  provinces: readonly ProvinceRecord[],
): readonly ProvinceAlias[] {
  const fileLabel = 'province-aliases.csv';
  const rows = parseCsvRows(csvText, fileLabel, ['alias', 'code']);
  const knownCodes = new Set(provinces.map((province) => province.code));
  const seen = new Map<string, string>();
  return rows.map((row, index): ProvinceAlias => {
    const rowLabel = `${fileLabel} row ${index + 1}`;
    const alias = requireText(row, 'alias', rowLabel);
    const code = parseProvinceCode(requireText(row, 'code', rowLabel), rowLabel);
    if (!knownCodes.has(code)) throw new Error(`${rowLabel}: code ${code} is not a province`);
    requireUnique(seen, alias, 'alias', rowLabel);
    return { alias, code };
  });
}
