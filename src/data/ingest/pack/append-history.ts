/**
 * Monthly replies add to a dataset's history instead of replacing it (issue 15 item 5). When an
 * ingested indicator table with a date key replaces a published CSV entry of the same id, the
 * published rows of the dates the new table does not have are kept, the rows of the dates it
 * has are replaced, and the validation report says what was kept, replaced and dropped. A
 * published file that does not read stops the ingest: earlier figures are never lost silently.
 * Pure apart from the reader it is given (the CLI reads the data folder, the builder fetches).
 */
import type { ColumnDef, DatasetDef, LocalText } from '../../manifest/manifest-types';
import { parseManifest } from '../../manifest/registry';
import { measureInputs } from '../adapters/indicator-mapping';
import type { IngestResult } from '../ingest';
import type { IngestContext, IngestedTable, IngestRow, IngestValue } from '../ingest-types';
import { readHistoryCsv, type CsvLine } from './history-csv';
import { historyTexts, type HistoryCounts } from './history-messages';

/** Reads a file of the deployment's data folder (a name relative to its manifest) as text. */
export type ReadPublished = (file: string) => string | Promise<string>;

/** What happens to the published entry of a new table's id. */
export type HistoryPlan =
  | { readonly kind: 'replace'; readonly warning: LocalText | null }
  | { readonly kind: 'append'; readonly existing: DatasetDef }
  | { readonly kind: 'stop'; readonly error: LocalText };

/** A table with the published history merged in, or why the ingest must stop. */
export type HistoryMerge =
  | { readonly ok: true; readonly table: IngestedTable; readonly warnings: readonly LocalText[] }
  | { readonly ok: false; readonly error: LocalText };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/;

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Only a file beside the manifest can be read back: a URL or a path out of the folder is not ours.
const isLocalFile = (file: string): boolean =>
  !/^[a-z][a-z0-9+.-]*:/i.test(file) &&
  !file.startsWith('/') &&
  !file.split(/[\\/]/).includes('..');

/** The name a message gives the published `file`: the manifest's folder and the file. */
export function publishedName(manifestName: string, file: string): string {
  return `${manifestName.replace(/manifest\.json$/, '')}${file}`;
}

/** Decides whether `table` adds to the published entry of its id in `manifestJson`. */
export function historyPlan(
  table: IngestedTable,
  manifestJson: unknown,
  manifestName: string,
): HistoryPlan {
  const none: HistoryPlan = { kind: 'replace', warning: null };
  const id = table.def.id;
  if (table.def.indicator?.keys.date == null) return none;
  if (!isObject(manifestJson) || !Array.isArray(manifestJson.datasets)) return none;
  const raw = (manifestJson.datasets as unknown[]).some((e) => isObject(e) && e.id === id);
  if (!raw) return none;
  let existing: DatasetDef | undefined;
  let leftOut: string;
  try {
    const manifest = parseManifest(manifestJson, manifestName);
    existing = manifest.datasets.find((d) => d.id === id);
    leftOut = (manifest.leftOut ?? []).find((l) => l.entry === id)?.message ?? '';
  } catch {
    // Not a manifest the app reads: the merge that follows says so and nothing is written.
    return none;
  }
  const t = historyTexts(id, publishedName(manifestName, existing?.file ?? ''));
  if (existing === undefined) return { kind: 'stop', error: t.entryUnreadable(leftOut) };
  if (existing.indicator?.keys.date == null) return { kind: 'replace', warning: t.notDated };
  if (existing.format !== 'csv' || !isLocalFile(existing.file)) {
    return { kind: 'replace', warning: t.notLocalCsv };
  }
  return { kind: 'append', existing };
}

type Converted = { readonly ok: true; readonly value: IngestValue } | { readonly ok: false };

/** A published field as the value of `column`'s type (the text '' is null). */
function converted(text: string, column: ColumnDef): Converted {
  if (text === '') return { ok: true, value: null };
  switch (column.type) {
    case 'INTEGER':
    case 'BIGINT':
    case 'DOUBLE': {
      const n = Number(text.trim());
      const fits = Number.isFinite(n) && (column.type === 'DOUBLE' || Number.isInteger(n));
      return fits ? { ok: true, value: n } : { ok: false };
    }
    case 'DATE':
      return ISO_DATE.test(text.trim()) ? { ok: true, value: text.trim() } : { ok: false };
    case 'TIMESTAMP': {
      const t = text.trim().replace('T', ' ');
      return TIMESTAMP.test(t)
        ? { ok: true, value: t.length === 16 ? `${t}:00` : t }
        : { ok: false };
    }
    case 'BOOLEAN': {
      const b = text.trim().toLowerCase();
      return b === 'true' || b === 'false' ? { ok: true, value: b === 'true' } : { ok: false };
    }
    case 'VARCHAR':
      return { ok: true, value: text };
  }
}

const sortKey = (value: IngestValue): number => (typeof value === 'number' ? value : Number(value));

/**
 * `table` with the rows of `existing`'s published CSV (`text`, named `name` in messages) of the
 * dates it does not have. Columns: the new table's, then the published ones its measures still
 * name; rows sorted by date, then province. Never throws.
 */
export function appendRows(
  table: IngestedTable,
  existing: DatasetDef,
  name: string,
  text: string,
  context: IngestContext,
): HistoryMerge {
  const spec = table.def.indicator;
  const oldKeys = existing.indicator?.keys;
  if (spec?.keys.date == null || oldKeys?.date == null) return { ok: true, table, warnings: [] };
  const dateKey = spec.keys.date;
  const oldDate = oldKeys.date;
  const t = historyTexts(table.def.id, name);
  const csv = readHistoryCsv(name, text);
  if (!csv.ok) return csv;
  const at = new Map(csv.header.map((h, i) => [h, i]));
  for (const key of [oldKeys.province, oldKeys.date]) {
    if (!at.has(key)) return { ok: false, error: t.noKeyColumn(key, csv.header) };
  }
  const newNames = new Set(table.def.columns.map((c) => c.name));
  const named = new Set(spec.measures.flatMap(measureInputs));
  const oldOnly = existing.columns.filter(
    (c) => !newNames.has(c.name) && c.name !== oldKeys.province && c.name !== oldKeys.date,
  );
  const kept = oldOnly.filter((c) => named.has(c.name)).map((c) => ({ ...c, nullable: true }));
  const dropped = oldOnly.filter((c) => !named.has(c.name)).map((c) => c.name);
  const columns = [...table.def.columns, ...kept];
  // Where each column's value comes from in the published file (the keys may be renamed).
  const sourceOf = (c: ColumnDef): number | undefined =>
    at.get(
      c.name === spec.keys.province ? oldKeys.province : c.name === dateKey ? oldDate : c.name,
    );
  const emptyForOld = columns.filter((c) => sourceOf(c) === undefined).map((c) => c.name);
  const newDates = new Set(table.rows.map((row) => String(row[dateKey])));
  const replaced = new Map<string, number>();
  const rows: IngestRow[] = [];
  const fail = (line: CsvLine, column: string, value: string, what: LocalText): HistoryMerge => ({
    ok: false,
    error: t.badField(line.line, column, value, what),
  });
  for (const line of csv.lines) {
    const dateText = (line.fields[at.get(oldKeys.date) ?? -1] ?? '').trim();
    if (!ISO_DATE.test(dateText)) return fail(line, oldKeys.date, dateText, t.want.date);
    if (newDates.has(dateText)) {
      replaced.set(dateText, (replaced.get(dateText) ?? 0) + 1);
      continue;
    }
    const provinceText = (line.fields[at.get(oldKeys.province) ?? -1] ?? '').trim();
    const code = context.normalise(
      /^\d+$/.test(provinceText) ? Number(provinceText) : provinceText,
    );
    if (code === null) return fail(line, oldKeys.province, provinceText, t.want.province);
    const row: Record<string, IngestValue> = {};
    for (const column of columns) {
      const index = sourceOf(column);
      const field =
        column.name === spec.keys.province ? String(code) : (line.fields[index ?? -1] ?? '');
      const value =
        index === undefined ? { ok: true as const, value: null } : converted(field, column);
      if (!value.ok)
        return fail(line, csv.header[index ?? 0] ?? column.name, field, t.want.type(column.type));
      row[column.name] = value.value;
    }
    rows.push(row);
  }
  const oldRows = rows.length;
  const keptDates = [...new Set(rows.map((row) => String(row[dateKey])))].sort();
  rows.push(...table.rows);
  rows.sort(
    (a, b) =>
      String(a[dateKey]).localeCompare(String(b[dateKey])) ||
      sortKey(a[spec.keys.province] ?? null) - sortKey(b[spec.keys.province] ?? null),
  );
  const counts: HistoryCounts = { oldRows, keptDates, replaced, dropped, emptyForOld };
  const def = mergedDef({ ...table.def, columns }, existing, keptDates, t.demoCaveat(keptDates));
  return { ok: true, table: { def, rows }, warnings: t.warnings(counts) };
}

/** The new entry with the union's period and as-of date, and a caveat if old rows were demo data. */
function mergedDef(
  def: DatasetDef,
  existing: DatasetDef,
  keptDates: readonly string[],
  demoCaveat: LocalText,
): DatasetDef {
  const first = keptDates[0];
  const last = keptDates[keptDates.length - 1];
  if (first === undefined || last === undefined) return def;
  const min = (a: string, b: string) => (a < b ? a : b);
  const max = (a: string, b: string) => (a > b ? a : b);
  const caveats = existing.demo ? [...(def.caveats ?? []), demoCaveat] : def.caveats;
  return {
    ...def,
    asOf: max(def.asOf, last),
    period: {
      from: min(def.period.from, min(existing.period.from, first)),
      to: max(def.period.to, last),
    },
    ...(caveats === undefined ? {} : { caveats }),
  };
}

/**
 * `result` with each dated indicator table merged with its published history in the folder of
 * `manifestName` (read through `read`), and the report saying what was kept and replaced. A
 * published file that cannot be read turns the result into a failure naming it: nothing but the
 * report is then written.
 */
export async function appendHistory(
  result: IngestResult,
  manifestJson: unknown,
  manifestName: string,
  read: ReadPublished,
  context: IngestContext,
): Promise<IngestResult> {
  if (!result.ok) return result;
  const tables: IngestedTable[] = [];
  const warnings: LocalText[] = [];
  const caveats = [...result.report.caveats];
  const stop = (error: LocalText): IngestResult => ({
    ok: false,
    report: {
      ...result.report,
      ok: false,
      rowsWritten: 0,
      errors: [...result.report.errors, error],
      warnings: [...result.report.warnings, ...warnings],
    },
  });
  for (const table of result.tables) {
    const plan = historyPlan(table, manifestJson, manifestName);
    if (plan.kind === 'stop') return stop(plan.error);
    if (plan.kind === 'replace') {
      if (plan.warning !== null) warnings.push(plan.warning);
      tables.push(table);
      continue;
    }
    const name = publishedName(manifestName, plan.existing.file);
    let text: string;
    try {
      text = await read(plan.existing.file);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return stop(historyTexts(table.def.id, name).unreadable(why));
    }
    const merged = appendRows(table, plan.existing, name, text, context);
    if (!merged.ok) return stop(merged.error);
    warnings.push(...merged.warnings);
    for (const caveat of merged.table.def.caveats ?? []) {
      if (!caveats.some((c) => c.en === caveat.en)) caveats.push(caveat);
    }
    tables.push(merged.table);
  }
  // Nothing of the published history touched: the result stays exactly as the ingest gave it.
  if (warnings.length === 0 && tables.every((table, i) => table === result.tables[i])) {
    return result;
  }
  const report = {
    ...result.report,
    rowsWritten: tables[0]?.rows.length ?? 0,
    warnings: [...result.report.warnings, ...warnings],
    caveats,
  };
  return { ok: true, tables, report };
}
