/**
 * Finds the province column of a file and matches every row to a TIS-1099 code through the
 * app's one normaliser (src/data/places/provinces.ts). The column is found by header or by content;
 * when a file has several (a code and a name, as the highway-crash GeoJSON has: its Bangkok
 * code is "NA"), the best one is used and the others fill its gaps.
 */
import type { ProvinceInput, ProvinceNormaliser } from '../places/normalise-province';
import { isProvinceHeader } from './detect-columns';
import { msg, where } from './import-messages';
import { unmatchedText } from './unmatched-text';
import type { ImportMessage, UnmatchedRow } from './import-types';
import { cellText, type RawCell, type RawTable } from './raw-table';

/** The province code of every row (null = unmatched), and what was found out on the way. */
export interface ProvinceMatch {
  /** Name of the column the codes come from. */
  readonly column: string;
  readonly codes: readonly (number | null)[];
  readonly unmatched: readonly UnmatchedRow[];
  readonly warnings: readonly ImportMessage[];
}

const SAMPLE = 2000;
const CONTENT_MIN_RATE = 0.5;
const NUMERIC_CONTENT_MIN_RATE = 0.95;
const NUMERIC_CONTENT_MIN_DISTINCT = 10;
const TOTAL_ROW = /^(?:รวม|ทั้งประเทศ|ทั่วประเทศ|ประเทศไทย|total|grand\s*total|sum|all|thailand)/i;
const NUMERIC_TEXT = /^\s*[\d\u0E50-\u0E59.,]+\s*$/;

function provinceInput(cell: RawCell): ProvinceInput {
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  return null;
}

/** Normaliser with a per-column cache of the distinct values seen. */
function cached(normalise: ProvinceNormaliser): (cell: RawCell) => number | null {
  const cache = new Map<string | number, number | null>();
  return (cell) => {
    const input = provinceInput(cell);
    if (input === null || input === undefined) return null;
    let code = cache.get(input);
    if (code === undefined) {
      code = normalise(input);
      cache.set(input, code);
    }
    return code;
  };
}

interface Candidate {
  readonly index: number;
  readonly byHeader: boolean;
  readonly rate: number;
  readonly match: (cell: RawCell) => number | null;
}

function rateOf(table: RawTable, index: number, match: (cell: RawCell) => number | null) {
  let seen = 0;
  let numeric = 0;
  const matched: number[] = [];
  for (const row of table.rows) {
    const cell = row[index] ?? null;
    if (cellText(cell) === '') continue;
    seen += 1;
    if (typeof cell === 'number' || NUMERIC_TEXT.test(cellText(cell))) numeric += 1;
    const code = match(cell);
    if (code !== null) matched.push(code);
    if (seen >= SAMPLE) break;
  }
  return {
    rate: seen === 0 ? 0 : matched.length / seen,
    numeric: seen > 0 && numeric * 2 > seen,
    distinct: new Set(matched).size,
  };
}

/** Province columns of `table`, best first; empty when none is found. */
function candidates(table: RawTable, normalise: ProvinceNormaliser): Candidate[] {
  const found: Candidate[] = [];
  table.headers.forEach((header, index) => {
    const match = cached(normalise);
    const byHeader = isProvinceHeader(header);
    const { rate, numeric, distinct } = rateOf(table, index, match);
    // A column headed as a province column is kept even when nothing matches, so the user sees
    // its values listed rather than "no province column". Unheaded numbers are codes only when
    // nearly all are and there are many (a count of 31 in a national file is no code).
    const enough =
      byHeader ||
      (numeric
        ? rate >= NUMERIC_CONTENT_MIN_RATE && distinct >= NUMERIC_CONTENT_MIN_DISTINCT
        : rate >= CONTENT_MIN_RATE);
    if (enough) found.push({ index, byHeader, rate, match });
  });
  return found.sort(
    (a, b) => b.rate - a.rate || Number(b.byHeader) - Number(a.byHeader) || a.index - b.index,
  );
}

/**
 * Matches each row of `table` to a province, or returns null when no column names provinces.
 * Rows no column matched are listed with their location and the value of the main column;
 * rows such as "รวม" / "Total" are listed as total rows.
 */
export function matchProvinces(
  fileName: string,
  table: RawTable,
  normalise: ProvinceNormaliser,
): ProvinceMatch | null {
  const [primary, ...others] = candidates(table, normalise);
  if (primary === undefined) return null;
  const name = (c: Candidate): string => table.names[c.index] ?? '';
  const warnings: ImportMessage[] = [];
  const unmatched: UnmatchedRow[] = [];
  const usedFallbacks = new Set<string>();
  const disagreements = new Set<Candidate>();
  let filledByFallback = 0;
  const codes = table.rows.map((row, r) => {
    const location = table.locations[r] ?? r + 1;
    const cell = row[primary.index] ?? null;
    const code = primary.match(cell);
    for (const other of others) {
      const otherCode = other.match(row[other.index] ?? null);
      if (code === null && otherCode !== null) {
        filledByFallback += 1;
        usedFallbacks.add(name(other));
        return otherCode;
      }
      if (code !== null && otherCode !== null && otherCode !== code && !disagreements.has(other)) {
        disagreements.add(other);
        const at = where(table.unit, location);
        warnings.push(msg.columnsDisagree(fileName, name(primary), name(other), at));
      }
    }
    if (code !== null) return code;
    const value = cellText(cell);
    const reason = TOTAL_ROW.test(value) ? 'total-row' : 'province-unmatched';
    const text = unmatchedText(reason, name(primary), value);
    unmatched.push({ location, unit: table.unit, column: name(primary), value, reason, ...text });
    return null;
  });
  if (filledByFallback > 0) {
    warnings.push(
      msg.fallbackColumn(fileName, name(primary), [...usedFallbacks], filledByFallback),
    );
  }
  return { column: name(primary), codes, unmatched, warnings };
}
