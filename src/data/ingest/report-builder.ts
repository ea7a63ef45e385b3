/**
 * Collects what an adapter finds while it reads (unmatched rows, duplicates, values out of
 * range, warnings, caveats) and turns it into the {@link ValidationReport}. Adapters never
 * throw for bad input: they note it here and go on, or stop with {@link ReportBuilder.fail}.
 */
import { where } from '../import/import-messages';
import type { LocationUnit } from '../import/import-types';
import type { LocalText } from '../manifest/manifest-types';
import type {
  AdapterOutcome,
  FileSummary,
  Finding,
  IngestContext,
  IngestedTable,
  ReadSource,
  ValidationReport,
} from './ingest-types';

/** Where in a file something was found. */
export interface Place {
  readonly file: string;
  readonly location: number | null;
  readonly unit: LocationUnit | null;
  readonly field: string | null;
  readonly value: string | null;
}

/** The place of row `r` of `source`, column `field`. */
export function placeOf(
  source: ReadSource,
  r: number,
  field: string | null,
  value: string | null,
): Place {
  const location = source.table.locations[r] ?? r + 1;
  return { file: source.name, location, unit: source.table.unit, field, value };
}

/** "file, line 3, column x: " in both languages. */
export function prefixOf(place: Place): LocalText {
  const at =
    place.location === null || place.unit === null ? null : where(place.unit, place.location);
  const column = place.field === null ? null : place.field;
  return {
    th: [place.file, at?.th, column === null ? null : `คอลัมน์ ${column}`]
      .filter((p) => p !== null && p !== undefined)
      .join(', '),
    en: [place.file, at?.en, column === null ? null : `column ${column}`]
      .filter((p) => p !== null && p !== undefined)
      .join(', '),
  };
}

function finding(place: Place, text: LocalText): Finding {
  const prefix = prefixOf(place);
  return { ...place, th: `${prefix.th}: ${text.th}`, en: `${prefix.en}: ${text.en}` };
}

/** Accumulates one ingest's report. */
export class ReportBuilder {
  private readonly files: FileSummary[] = [];
  private readonly duplicates: Finding[] = [];
  private readonly outOfRange: Finding[] = [];
  private readonly unmatched: Finding[] = [];
  private readonly errors: LocalText[] = [];
  private readonly warnings: LocalText[] = [];
  private readonly caveats: LocalText[] = [];
  private rowsRead = 0;

  constructor(
    readonly dataset: string,
    readonly adapter: string | null,
    private readonly context: IngestContext,
  ) {}

  /** Notes a file read (its rows count as read). */
  file(source: ReadSource): void {
    const { table } = source;
    this.files.push({
      name: source.name,
      format: table.format,
      encoding: table.encoding,
      sheet: table.sheet,
      rows: table.rows.length + table.rejected.length,
    });
    this.rowsRead += table.rows.length + table.rejected.length;
    for (const row of table.rejected) {
      this.unmatched.push({
        file: source.name,
        location: row.location,
        unit: row.unit,
        field: row.column,
        value: row.value,
        th: `${source.name}: ${row.th}`,
        en: `${source.name}: ${row.en}`,
      });
    }
    for (const warning of table.warnings) this.warn(warning);
  }

  unmatchedRow(place: Place, text: LocalText): void {
    this.unmatched.push(finding(place, text));
  }

  duplicate(place: Place, text: LocalText): void {
    this.duplicates.push(finding(place, text));
  }

  outOfRangeValue(place: Place, text: LocalText): void {
    this.outOfRange.push(finding(place, text));
  }

  warn(text: LocalText): void {
    this.warnings.push({ th: text.th, en: text.en });
  }

  error(text: LocalText): void {
    this.errors.push({ th: text.th, en: text.en });
  }

  caveat(text: LocalText): void {
    if (!this.caveats.some((c) => c.en === text.en))
      this.caveats.push({ th: text.th, en: text.en });
  }

  /** True once an error was noted: the ingest writes nothing. */
  get failed(): boolean {
    return this.errors.length > 0;
  }

  /** The report, with the provinces of `codes` counted and the others named as missing. */
  report(
    tables: readonly IngestedTable[],
    codes: ReadonlySet<number>,
    asOf: string | null,
    period: { from: string; to: string } | null,
  ): ValidationReport {
    const missing = this.context.provinces
      .filter((p) => !codes.has(p.code))
      .map((p) => ({ code: p.code, name: p.nameTh }));
    return {
      dataset: this.dataset,
      adapter: this.adapter,
      ok: !this.failed,
      files: [...this.files],
      rowsRead: this.rowsRead,
      rowsWritten: this.failed ? 0 : (tables[0]?.rows.length ?? 0),
      provincesMatched: codes.size,
      missingProvinces: missing,
      duplicates: [...this.duplicates],
      outOfRange: [...this.outOfRange],
      unmatched: [...this.unmatched],
      asOf,
      period,
      errors: [...this.errors],
      warnings: [...this.warnings],
      caveats: [...this.caveats],
    };
  }

  /** An outcome that writes nothing, with `text` as its error. */
  fail(text: LocalText): AdapterOutcome {
    this.error(text);
    return { ok: false, report: this.report([], new Set(), null, null) };
  }

  /** The outcome when every row was left out: the report above it says why, row by row. */
  failNothingKept(): AdapterOutcome {
    return this.fail({
      th: 'ไม่มีแถวที่นำเข้าได้ — ดูรายการปัญหาด้านบน',
      en: 'no row could be ingested — see the problems listed above',
    });
  }

  /** The outcome of an adapter that read its files: failed if an error was noted on the way. */
  done(
    tables: readonly IngestedTable[],
    codes: ReadonlySet<number>,
    asOf: string | null,
    period: { from: string; to: string } | null,
  ): AdapterOutcome {
    const report = this.report(tables, codes, asOf, period);
    return this.failed ? { ok: false, report } : { ok: true, tables, report };
  }
}
