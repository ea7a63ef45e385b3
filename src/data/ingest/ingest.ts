/**
 * The ingest core: source files in, the dataset's tables and manifest entries out, with the
 * validation report. Reads every file, picks the adapter that recognises them from their
 * headers, runs it, and stamps the provenance (file hashes, ingest time, adapter) on each entry.
 * Writes nothing itself: the CLI writes files, the builder offers a download. Never throws for
 * bad input; a file no adapter recognises gets a message listing what is needed and what was found.
 */
import {
  CORE_DATASET_IDS,
  type DatasetDef,
  type LocalText,
  type Provenance,
  type ProvenanceFile,
} from '../manifest/manifest-types';
import { ADAPTERS } from './adapters/registry';
import type {
  Adapter,
  IngestContext,
  IngestedTable,
  IngestOptions,
  ReadSource,
  SourceFile,
  ValidationReport,
} from './ingest-types';
import { readSource } from './read-source';
import { ReportBuilder } from './report-builder';
import { headerList } from './source-cells';

/** What an ingest produced. */
export type IngestResult =
  | {
      readonly ok: true;
      readonly tables: readonly IngestedTable[];
      readonly report: ValidationReport;
    }
  | { readonly ok: false; readonly report: ValidationReport };

/** SHA-256 of `bytes`, lower-case hex (Web Crypto: the same in Node and the browser). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The dataset ids some adapter fills. */
export function ingestibleDatasets(adapters: readonly Adapter[] = ADAPTERS): string[] {
  return [...new Set(adapters.map((a) => (a.dataset === '*' ? '<indicator id>' : a.dataset)))];
}

function unknownShape(
  datasetId: string,
  candidates: readonly Adapter[],
  sources: readonly ReadSource[],
): LocalText {
  const needs = candidates.map((a) => `${a.describe.en}: ${a.needs.join(', ')}`).join('; ');
  const needsTh = candidates.map((a) => `${a.describe.th}: ${a.needs.join(', ')}`).join('; ');
  const found = sources.map((s) => `${s.name} [${headerList(s)}]`).join('; ');
  return {
    th: `ไม่มีตัวอ่านข้อมูลของ ${datasetId} ที่รู้จักรูปแบบไฟล์นี้ — ต้องมีคอลัมน์ ${needsTh} — คอลัมน์ที่พบ: ${found}`,
    en: `no ${datasetId} adapter recognises these files — it needs ${needs} — columns found: ${found}`,
  };
}

/** The adapter of `datasetId` that recognises every file, or null. */
function chooseAdapter(
  candidates: readonly Adapter[],
  sources: readonly ReadSource[],
  options: IngestOptions,
): Adapter | null {
  return candidates.find((a) => sources.every((s) => a.recognises(s, options))) ?? null;
}

/** A caveat naming the provinces with no row, or none. */
export function missingCaveat(missing: readonly { readonly name: string }[]): LocalText[] {
  if (missing.length === 0) return [];
  const names = missing.map((m) => m.name).join(', ');
  return [
    {
      th: `ไม่มีข้อมูลของ ${missing.length} จังหวัด: ${names}`,
      en: `no data for ${missing.length} province(s): ${names}`,
    },
  ];
}

function stamped(
  def: DatasetDef,
  provenance: Provenance,
  caveats: readonly LocalText[],
  version: string,
): DatasetDef {
  // The adapter's caveats are in the report; the entry gets them with the missing provinces'.
  return {
    ...def,
    caveats: caveats.length === 0 ? undefined : caveats,
    provenance,
    version,
  };
}

/**
 * Ingests `files` as dataset `datasetId`.
 * @param now the ingest time written into the provenance (ISO timestamp).
 */
export async function ingestFiles(
  datasetId: string,
  files: readonly SourceFile[],
  context: IngestContext,
  options: IngestOptions,
  now: string,
  adapters: readonly Adapter[] = ADAPTERS,
): Promise<IngestResult> {
  const report = new ReportBuilder(datasetId, null, context);
  // An adapter for '*' reads any province-shaped file as an indicator dataset of the id given,
  // except the core ids, which only their own adapters fill.
  const core = (CORE_DATASET_IDS as readonly string[]).includes(datasetId);
  const candidates = adapters.filter(
    (a) => a.dataset === datasetId || (a.dataset === '*' && !core),
  );
  if (candidates.length === 0) {
    const known = ingestibleDatasets(adapters).join(', ');
    report.error({
      th: `ไม่รู้จักชุดข้อมูล '${datasetId}' — ใช้ได้: ${known}`,
      en: `no dataset '${datasetId}' can be ingested — use one of: ${known}`,
    });
    return { ok: false, report: report.report([], new Set(), null, null) };
  }
  if (files.length === 0) {
    report.error({ th: 'ไม่ได้ระบุไฟล์', en: 'no file given' });
    return { ok: false, report: report.report([], new Set(), null, null) };
  }
  const sources: ReadSource[] = [];
  for (const file of files) {
    const read = await readSource(file);
    if (read.ok) sources.push(read.source);
    else report.error(read.error);
  }
  if (report.failed) return { ok: false, report: report.report([], new Set(), null, null) };
  const adapter = chooseAdapter(candidates, sources, options);
  if (adapter === null) {
    report.error(unknownShape(datasetId, candidates, sources));
    return { ok: false, report: report.report([], new Set(), null, null) };
  }
  const outcome = adapter.ingest(sources, context, options, datasetId);
  if (!outcome.ok) return outcome;
  const hashed: ProvenanceFile[] = [];
  for (const file of files) {
    hashed.push({ name: file.name, sha256: await sha256Hex(file.bytes), bytes: file.bytes.length });
  }
  const provenance: Provenance = { ingestedAt: now, adapter: adapter.id, files: hashed };
  const caveats = [...outcome.report.caveats, ...missingCaveat(outcome.report.missingProvinces)];
  // One short label for the whole set of files (a TPMAP year is 64 files): auto-refresh reloads
  // when it changes.
  const joined = new TextEncoder().encode(hashed.map((f) => f.sha256).join('\n'));
  const version = `sha256:${(await sha256Hex(joined)).slice(0, 16)}`;
  const tables = outcome.tables.map((t) => ({
    ...t,
    def: stamped(t.def, provenance, caveats, version),
  }));
  return { ok: true, tables, report: { ...outcome.report, caveats } };
}
