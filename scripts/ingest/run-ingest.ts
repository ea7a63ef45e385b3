/**
 * One `npm run ingest` run: read the files, ingest them with the core (src/data/ingest), print
 * and save the validation report, and, when the files were good, write the dataset's files
 * (aggregates through the publish step) and merge its entries into the folder's manifest.json,
 * which is checked with the app's own parser before anything is written. A failing run writes
 * only its report: the published data stays as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { formatReport } from '../../src/data/ingest/format-report';
import { ingestFiles } from '../../src/data/ingest/ingest';
import type { IngestedTable, IngestOptions, SourceFile } from '../../src/data/ingest/ingest-types';
import { mappingFromFlags } from '../../src/data/ingest/adapters/indicator-mapping';
import { appendHistory } from '../../src/data/ingest/pack/append-history';
import { mergeManifest } from '../../src/data/ingest/pack/merge-manifest';
import { vaccinationPreview } from '../../src/data/ingest/pack/data-pack';
import type { DatasetDef } from '../../src/data/manifest/manifest-types';
import { publishAggregates } from '../publish/publish';
import type { IngestCliOptions } from './ingest-options';
import { nodeContext } from './node-context';
import { tableBytes } from './table-files';

/** What a run did. */
export interface IngestRun {
  readonly ok: boolean;
  /** Files written into the output folder, manifest.json last (the report always). */
  readonly written: readonly string[];
}

/** The manifest at `path` as JSON. @throws Error saying what to do when it is missing or unreadable. */
function readManifest(path: string): unknown {
  if (!existsSync(path)) {
    throw new Error(
      `${path}: no manifest here — give --out the deployment's data folder (public/data or dist/data)`,
    );
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`${path}: not readable JSON (${why}); fix or restore it first`, {
      cause: error,
    });
  }
}

function readFiles(paths: readonly string[]): SourceFile[] {
  return paths.map((path) => {
    if (!existsSync(path)) throw new Error(`${path}: no such file — check the path`);
    return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
  });
}

function ingestOptions(options: IngestCliOptions): IngestOptions {
  const { sourceTh, sourceEn } = options;
  const source =
    sourceTh === undefined && sourceEn === undefined
      ? undefined
      : { th: sourceTh ?? sourceEn ?? '', en: sourceEn ?? sourceTh ?? '' };
  // Without a mapping file, flags such as --province and --measure describe one (indicator ids).
  let mapping: unknown = mappingFromFlags(options.extra);
  if (options.mapping !== undefined) {
    try {
      mapping = JSON.parse(readFileSync(options.mapping, 'utf8'));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`--mapping ${options.mapping}: not a readable JSON file (${why})`, {
        cause: error,
      });
    }
  }
  return {
    ...(source === undefined ? {} : { source }),
    ...(options.licence === undefined ? {} : { licence: options.licence }),
    ...(mapping === undefined ? {} : { mapping }),
  };
}

/**
 * The published entries and file bytes of the ingested tables: raw tables with aggregates go
 * through the publish step (which also withholds personal raw records), the others as they are.
 */
async function publishTables(
  tables: readonly IngestedTable[],
): Promise<{ entries: DatasetDef[]; files: Map<string, Uint8Array> }> {
  const dir = mkdtempSync(join(tmpdir(), 'war-room-ingest-'));
  try {
    const files = new Map<string, Uint8Array>();
    const sources = tables.map((table) => {
      const bytes = tableBytes(table);
      files.set(table.def.file, bytes);
      const location = join(dir, table.def.file);
      writeFileSync(location, bytes);
      return { def: table.def, location };
    });
    // An adapter that reads province reports (the 7 dangerous days) writes the published
    // aggregates itself: there are no raw records to aggregate, so the tables go as they are.
    if (tables.some((table) => table.def.aggregateOf !== undefined)) {
      return { entries: tables.map((table) => table.def), files };
    }
    const result = await publishAggregates(sources);
    const published = new Map<string, Uint8Array>();
    for (const def of result.datasets) {
      const bytes =
        result.files.get(def.file) ??
        (result.asIs.includes(def.id) ? files.get(def.file) : undefined);
      if (bytes === undefined) throw new Error(`no bytes for ${def.file}`);
      published.set(def.file, bytes);
    }
    return { entries: [...result.datasets], files: published };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one ingest; `log` receives the printed lines. */
export async function runIngest(
  options: IngestCliOptions,
  now: Date,
  log: (line: string) => void,
): Promise<IngestRun> {
  const today = options.today ?? now.toISOString().slice(0, 10);
  const context = await nodeContext(today, options.population);
  const files = readFiles(options.files);
  const ingested = await ingestFiles(
    options.datasetId,
    files,
    context,
    ingestOptions(options),
    now.toISOString(),
  );
  // A dated indicator adds to the published CSV's earlier dates instead of replacing them.
  const manifestPath = join(options.outDir, 'manifest.json');
  const published = (file: string) => readFileSync(join(options.outDir, file), 'utf8');
  const result =
    ingested.ok && existsSync(manifestPath)
      ? await appendHistory(ingested, readManifest(manifestPath), manifestPath, published, context)
      : ingested;
  for (const line of formatReport(result.report)) log(line);
  if (options.dryRun) return { ok: result.ok, written: [] };
  mkdirSync(options.outDir, { recursive: true });
  const reportName = `${options.datasetId}.report.json`;
  const written = [reportName];
  writeFileSync(join(options.outDir, reportName), `${JSON.stringify(result.report, null, 2)}\n`);
  if (!result.ok) return { ok: false, written };
  const { entries, files: bytes } = await publishTables(result.tables);
  const merged = mergeManifest(
    readManifest(manifestPath),
    manifestPath,
    options.datasetId,
    entries,
    now.toISOString(),
  );
  if (!merged.ok) throw new Error(merged.error.en);
  const preview = merged.manifest.preview;
  const vaccination = result.tables.find((t) => t.def.id === preview.dataset);
  for (const [name, data] of bytes) {
    writeFileSync(join(options.outDir, name), data);
    written.push(name);
  }
  if (vaccination !== undefined) {
    const json = JSON.stringify(vaccinationPreview(vaccination));
    writeFileSync(join(options.outDir, preview.file), `${json}\n`);
    written.push(preview.file);
  }
  writeFileSync(manifestPath, `${JSON.stringify(merged.json, null, 2)}\n`);
  written.push('manifest.json');
  return { ok: true, written };
}
