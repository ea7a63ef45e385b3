/**
 * One "check" of the builder: the dropped files through the ingest core, then, when they read,
 * the data pack. Runs wholly in the browser (the context is the app's own province reference and
 * DOPA population; today is the local date) and never throws: every problem is in the report or
 * the pack's error.
 */
import { ingestFiles, type IngestResult } from '../../data/ingest/ingest';
import {
  DOPA_2020_SOURCE,
  type IngestContext,
  type IngestOptions,
  type SourceFile,
} from '../../data/ingest/ingest-types';
import { appendHistory } from '../../data/ingest/pack/append-history';
import { buildDataPack, type DataPack } from '../../data/ingest/pack/data-pack';
import type { LocalText } from '../../data/manifest/manifest-types';
import { POPULATION_BY_CODE } from '../../data/places/population';
import { PROVINCES, normaliseProvince } from '../../data/places/provinces';

/** The deployment's manifest as fetched, or why it is not there. */
export type ManifestLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly json: unknown }
  | { readonly state: 'error'; readonly error: LocalText };

/** What one check gave. */
export interface CheckOutcome {
  readonly result: IngestResult;
  /** Null when the ingest failed (the report says why). */
  readonly pack: DataPack | null;
}

export const MANIFEST_NAME = 'data/manifest.json';

/** YYYY-MM-DD of `now` in the browser's time zone: a date after it is "in the future". */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The ingest context of the browser. */
export function browserContext(now: Date): IngestContext {
  return {
    normalise: normaliseProvince,
    provinces: PROVINCES,
    population: POPULATION_BY_CODE,
    populationSource: DOPA_2020_SOURCE,
    today: localDate(now),
  };
}

/** Fetches the deployment's manifest (never cached: it is the one about to be replaced). */
export async function fetchManifest(url = MANIFEST_NAME): Promise<ManifestLoad> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { state: 'ok', json: await response.json() };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      state: 'error',
      error: {
        th: `อ่าน ${url} ของระบบไม่ได้ (${why}) — เปิดหน้านี้จากเว็บเซิร์ฟเวอร์ที่ใช้งานจริง เพื่อรวมชุดข้อมูลเดิมไว้ในชุดที่ดาวน์โหลด`,
        en: `could not read the deployment's ${url} (${why}) — open this page from the live web server, so the pack keeps the datasets already published`,
      },
    };
  }
}

/** A published file of the deployment's data folder as text; throws when it cannot be fetched. */
async function fetchText(file: string): Promise<string> {
  const response = await fetch(`data/${file}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Ingests `files` as `datasetId` and packs the result with the fetched manifest. */
export async function checkFiles(
  datasetId: string,
  files: readonly SourceFile[],
  options: IngestOptions,
  manifest: ManifestLoad,
  now: Date,
): Promise<CheckOutcome> {
  const stamp = now.toISOString();
  const context = browserContext(now);
  const ingested = await ingestFiles(datasetId, files, context, options, stamp);
  if (!ingested.ok) return { result: ingested, pack: null };
  if (manifest.state !== 'ok') {
    const error =
      manifest.state === 'error'
        ? manifest.error
        : { th: 'ยังอ่าน manifest ของระบบไม่เสร็จ', en: "the deployment's manifest is still loading" };
    return { result: ingested, pack: { ok: false, error } };
  }
  // A dated indicator keeps the published CSV's earlier dates (fetched beside the manifest).
  const result = await appendHistory(ingested, manifest.json, MANIFEST_NAME, fetchText, context);
  if (!result.ok) return { result, pack: null };
  const pack = buildDataPack({
    datasetId,
    tables: result.tables,
    report: result.report,
    manifestJson: manifest.json,
    manifestName: MANIFEST_NAME,
    generatedAt: stamp,
  });
  return { result, pack };
}

/** Starts the browser's download of `bytes` as `name`. */
export function saveFile(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
