/**
 * The data pack the builder offers for download (issue 15 item 4): the deployment's manifest
 * with the ingested entries merged in, the dataset files as CSV, the first-paint preview when
 * the ingested dataset is the one it summarises, and the validation report — the files a person
 * copies into the web server's data folder. Pure: the page fetches the manifest and saves the ZIP.
 */
import { strToU8, zipSync } from 'fflate';
import staticDatasets from '../../../../data/datasets.json';
import type { DatasetDef, LocalText, ProvincePreview } from '../../manifest/manifest-types';
import { AGGREGATES } from '../../published/aggregates';
import type { IngestedTable, ValidationReport } from '../ingest-types';
import { mergeManifest } from './merge-manifest';
import { csvText } from './pack-csv';

/** One file of the pack: its name in the data folder and its bytes. */
export interface PackFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The pack, or why none can be made. */
export type DataPack =
  | {
      readonly ok: true;
      /** manifest.json first, then the data files, the preview and the report. */
      readonly files: readonly PackFile[];
      /** The entries written into the manifest. */
      readonly entries: readonly DatasetDef[];
    }
  | { readonly ok: false; readonly error: LocalText };

/** What a pack is built from. */
export interface PackInput {
  readonly datasetId: string;
  readonly tables: readonly IngestedTable[];
  readonly report: ValidationReport;
  /** The deployment's manifest.json, parsed as JSON. */
  readonly manifestJson: unknown;
  /** Where it came from, for messages (e.g. "data/manifest.json"). */
  readonly manifestName: string;
  /** ISO timestamp written as the manifest's generatedAt. */
  readonly generatedAt: string;
}

const MIN_GROUP_SIZE = new Map(
  (staticDatasets as readonly { id: string; minGroupSize?: number }[]).map((entry) => [
    entry.id,
    entry.minGroupSize,
  ]),
);

/**
 * Why `datasetId` cannot be packed in the browser, or null when it can. Personal data (a
 * minGroupSize) never can: only the publish step's k-anonymous totals may leave the records'
 * machine. A dataset whose layers read published aggregates can only when the ingest wrote them
 * itself (tables carrying `aggregateOf`, e.g. the 7 dangerous days' daily report); raw records
 * alone (incident points) need the publish step, which computes them with DuckDB in Node.
 * @param tables the ingested tables, or null before a check (then only personal data is refused).
 */
export function publishStepReason(
  datasetId: string,
  tables: readonly IngestedTable[] | null,
): LocalText | null {
  const aggregates = AGGREGATES.filter((a) => a.of === datasetId).map((a) => a.id);
  const k = MIN_GROUP_SIZE.get(datasetId);
  const summarised = tables?.some((t) => t.def.aggregateOf === datasetId) ?? true;
  if (k === undefined && (aggregates.length === 0 || summarised)) return null;
  const names = aggregates.join(', ');
  const personal: LocalText =
    k === undefined
      ? { th: '', en: '' }
      : {
          th: ` และเป็นข้อมูลส่วนบุคคล: เผยแพร่ได้เฉพาะผลรวมที่มีอย่างน้อย ${k} รายการต่อกลุ่ม (พร้อมการซ่อนแบบเติมเต็ม) โดยไม่เขียนข้อมูลรายบุคคลออกไปเลย`,
          en: ` and it is personal data: only totals of at least ${k} records per group (with complementary suppression) may be published, and the records never are`,
        };
  return {
    th: `ชุดข้อมูล ${datasetId} ต้องนำเข้าด้วยคำสั่ง npm run ingest บนเครื่องที่ติดตั้งโปรแกรมแล้ว เพราะแผนที่อ่านตารางสรุป (${names}) ที่ขั้นตอนเผยแพร่คำนวณด้วย DuckDB${personal.th}`,
    en: `${datasetId} must be ingested with npm run ingest on a machine with the project installed: its map reads summary tables (${names}) that the publish step computes with DuckDB${personal.en}`,
  };
}

/** `table` written as CSV: its entry says so, names `<id>.csv` and states the row count. */
export function asCsvTable(table: IngestedTable): IngestedTable {
  const def: DatasetDef = {
    ...table.def,
    format: 'csv',
    file: `${table.def.id}.csv`,
    // A file cut short on its way to the server is then refused and the last good data stays.
    rows: table.rows.length,
  };
  return { def, rows: table.rows };
}

/** The first-paint file of vaccination rows: dose coverage per province at the newest week. */
export function vaccinationPreview(table: IngestedTable): ProvincePreview {
  const newest = table.def.asOf;
  const rows = table.rows
    .filter((row) => row.week_end === newest)
    .map((row) => ({
      province_code: Number(row.province_code),
      population: Number(row.population),
      dose1: Number(row.dose1),
      dose2: Number(row.dose2),
      dose3: Number(row.dose3),
    }))
    .sort((a, b) => a.province_code - b.province_code);
  return { dataset: table.def.id, asOf: newest, rows };
}

const jsonBytes = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/** Builds the pack of one successful ingest. Never throws. */
export function buildDataPack(input: PackInput): DataPack {
  const { datasetId, report } = input;
  if (!report.ok || input.tables.length === 0) {
    return {
      ok: false,
      error: {
        th: `ไม่มีข้อมูลให้จัดชุด: การนำเข้า ${datasetId} ไม่สำเร็จ — แก้ตามรายงานแล้วลองใหม่`,
        en: `nothing to pack: the ${datasetId} ingest failed — fix what the report says and try again`,
      },
    };
  }
  const reason = publishStepReason(datasetId, input.tables);
  if (reason !== null) return { ok: false, error: reason };
  const tables = input.tables.map(asCsvTable);
  const entries = tables.map((table) => table.def);
  const merged = mergeManifest(
    input.manifestJson,
    input.manifestName,
    datasetId,
    entries,
    input.generatedAt,
  );
  if (!merged.ok) return merged;
  const files: PackFile[] = [{ name: 'manifest.json', bytes: jsonBytes(merged.json) }];
  for (const table of tables) {
    files.push({ name: table.def.file, bytes: strToU8(csvText(table.def.columns, table.rows)) });
  }
  const preview = merged.manifest.preview;
  const previewed = tables.find((table) => table.def.id === preview.dataset);
  if (previewed !== undefined && previewed.def.id === 'vaccination') {
    files.push({ name: preview.file, bytes: jsonBytes(vaccinationPreview(previewed)) });
  }
  files.push({ name: `${datasetId}.report.json`, bytes: jsonBytes(report) });
  return { ok: true, files, entries };
}

/** The pack as one ZIP file, its files at the top level (copied as they are into the data folder). */
export function zipDataPack(files: readonly PackFile[], modified: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) entries[file.name] = [file.bytes, { mtime: modified }];
  return zipSync(entries, { level: 6 });
}

/** The ZIP's file name, e.g. war-room-data-vaccination-2026-12-07.zip. */
export function packFileName(datasetId: string, generatedAt: string): string {
  return `war-room-data-${datasetId}-${generatedAt.slice(0, 10)}.zip`;
}
