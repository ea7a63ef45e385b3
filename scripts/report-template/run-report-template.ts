/**
 * `npm run report-template -- <dataset-id> [--group <grouping:group>] [--period <label>]
 * [--deadline YYYY-MM-DD] [--out file.xlsx] [--manifest file]`: the .xlsx a provincial office
 * fills in for the monthly meeting (issue 15 item 5), for an indicator dataset of the manifest.
 * Text columns of the published CSV with a few distinct words become drop-down lists.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Papa from 'papaparse';
import { checkMapping } from '../../src/data/ingest/adapters/indicator-mapping';
import { reportSpec } from '../../src/data/ingest/province-report/template-spec';
import { templateWorkbook } from '../../src/data/ingest/province-report/template-workbook';
import type { DatasetDef } from '../../src/data/manifest/manifest-types';
import { parseManifest } from '../../src/data/manifest/registry';
import { readGroupings } from '../../src/data/places/groupings';
import { parseProvinceTable } from '../../src/data/places/province-table';
import { REPO_ROOT } from '../demo-data/options';

export const REPORT_TEMPLATE_USAGE = `npm run report-template -- <dataset-id> [options]
  <dataset-id>          an indicator dataset of the manifest, e.g. drought
  --group <g:id>        the provinces of one group, e.g. region:north or inspection:4 (default: all 77)
  --period <label>      the period asked, e.g. 2026-03 (default: this month); a dataset with a
                        date column needs YYYY-MM or YYYY-MM-DD
  --deadline <date>     replies after this day (YYYY-MM-DD) are reported as late
  --out <file.xlsx>     where to write the template (default: report-<id>-<period>.xlsx)
  --mapping <file.json> a dataset not in the manifest yet: its column mapping (the one
                        npm run ingest --mapping reads: title, unit, province, date, measures…)
  --manifest <file>     the manifest to read (default: public/data/manifest.json; its
                        groupings.json is read from the same folder)`;

/** What the command line asked for. */
export interface TemplateOptions {
  readonly datasetId: string;
  readonly group: string | null;
  readonly period: string;
  readonly deadline: string | null;
  /** Absolute paths. */
  readonly out: string;
  readonly manifest: string;
  readonly mapping: string | null;
}

const FLAGS = ['--group', '--period', '--deadline', '--out', '--manifest', '--mapping'];

/**
 * The options of `argv`, null for --help; relative paths are from `cwd` (npm runs scripts in the
 * project folder: pass INIT_CWD, the folder the command was typed in).
 * @throws Error naming the flag that is wrong.
 */
export function parseTemplateOptions(
  argv: readonly string[],
  today: string,
  cwd: string = process.cwd(),
): TemplateOptions | null {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) return null;
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    if (!FLAGS.includes(arg)) throw new Error(`unknown option ${arg} — use ${FLAGS.join(', ')}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
    values.set(arg, value);
    i += 1;
  }
  if (positional.length !== 1) {
    throw new Error(
      `give one dataset id, found ${positional.length === 0 ? 'none' : positional.join(' ')}`,
    );
  }
  const datasetId = positional[0] ?? '';
  const period = values.get('--period') ?? today.slice(0, 7);
  const safePeriod = period.replace(/[^\p{L}\p{N}_-]+/gu, '_');
  return {
    datasetId,
    group: values.get('--group') ?? null,
    period,
    deadline: values.get('--deadline') ?? null,
    out: resolve(cwd, values.get('--out') ?? `report-${datasetId}-${safePeriod}.xlsx`),
    mapping: values.has('--mapping') ? resolve(cwd, values.get('--mapping') ?? '') : null,
    manifest: resolve(
      cwd,
      values.get('--manifest') ?? join(REPO_ROOT, 'public/data/manifest.json'),
    ),
  };
}

const MAX_CHOICES = 20;

/** Text columns (not keys, not figures) of a published CSV with a few distinct words: lists. */
function categoriesOf(def: DatasetDef, folder: string): Record<string, string[]> {
  const path = join(folder, def.file);
  if (def.format !== 'csv' || !existsSync(path)) return {};
  const keys = [def.indicator?.keys.province, def.indicator?.keys.date];
  const text = def.columns
    .filter((c) => c.type === 'VARCHAR' && !keys.includes(c.name))
    .map((c) => c.name);
  if (text.length === 0) return {};
  const rows = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const lists: Record<string, string[]> = {};
  for (const name of text) {
    const words = [...new Set(rows.map((r) => (r[name] ?? '').trim()).filter((w) => w !== ''))];
    // Excel keeps a list's words in 255 characters, without commas or quotes.
    const fits = words.join(',').length <= 250 && words.every((w) => !/[,"]/.test(w));
    if (words.length > 0 && words.length <= MAX_CHOICES && fits) lists[name] = words.sort();
  }
  return lists;
}

/** The manifest's entry of the dataset. @throws Error listing the indicator datasets. */
function manifestEntry(options: TemplateOptions): DatasetDef {
  const json: unknown = JSON.parse(readFileSync(options.manifest, 'utf8'));
  const manifest = parseManifest(json, options.manifest);
  const def = manifest.datasets.find((d) => d.id === options.datasetId);
  if (def !== undefined) return def;
  const indicators = manifest.datasets.filter((d) => d.indicator !== undefined).map((d) => d.id);
  throw new Error(
    `${options.manifest}: no dataset '${options.datasetId}' — indicator datasets: ${indicators.join(', ') || '(none)'}; or describe a new one with --mapping`,
  );
}

/** The entry a column mapping describes. @throws Error naming the mapping's field. */
function mappingEntry(path: string, options: TemplateOptions): DatasetDef {
  if (!existsSync(path)) throw new Error(`--mapping ${path}: no such file`);
  const checked = checkMapping(
    JSON.parse(readFileSync(path, 'utf8')),
    options.datasetId,
    // The figures will come from the provinces: a mapping for a template needs no source.
    { source: { th: 'แบบรายงานของสำนักงานจังหวัด', en: "provincial offices' report returns" } },
    basename(path),
  );
  if (!checked.ok) throw new Error(`${checked.error.th}\n${checked.error.en}`);
  return checked.mapping.def;
}

/** Writes the template; returns the lines to print. @throws Error saying what to change. */
export function runReportTemplate(options: TemplateOptions): string[] {
  if (!existsSync(options.manifest)) {
    throw new Error(
      `${options.manifest}: no manifest here — give --manifest the data folder's manifest.json`,
    );
  }
  const def =
    options.mapping === null ? manifestEntry(options) : mappingEntry(options.mapping, options);
  const provinces = parseProvinceTable(readFileSync(join(REPO_ROOT, 'data/provinces.csv'), 'utf8'));
  const folder = dirname(options.manifest);
  const groupingsPath = join(folder, 'groupings.json');
  const groupings =
    options.group === null || !existsSync(groupingsPath)
      ? []
      : readGroupings(
          JSON.parse(readFileSync(groupingsPath, 'utf8')),
          groupingsPath,
          new Set(provinces.map((p) => p.code)),
        ).groupings;
  const choice = {
    period: options.period,
    deadline: options.deadline,
    group: options.group,
    categories: categoriesOf(def, folder),
  };
  const made = reportSpec(def, choice, groupings, provinces);
  if (!made.ok) throw new Error(`${made.error.th}\n${made.error.en}`);
  const { bytes } = templateWorkbook(made.spec, provinces);
  writeFileSync(options.out, bytes);
  const { spec } = made;
  const lists = spec.columns.filter((c) => c.kind === 'category').map((c) => c.name);
  return [
    `แบบรายงาน ${spec.dataset} งวด ${spec.period}: ${spec.codes.length} จังหวัด (${spec.groupTitle.th}) → ${options.out}`,
    `template ${spec.dataset}, period ${spec.period}: ${spec.codes.length} provinces (${spec.groupTitle.en}) → ${options.out}`,
    `columns: ${spec.columns.map((c) => c.name).join(', ')}${lists.length > 0 ? ` (lists: ${lists.join(', ')})` : ''}`,
    `replies: npm run ingest -- ${spec.dataset} <returned .xlsx files…>`,
  ];
}
