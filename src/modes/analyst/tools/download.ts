/**
 * Saving what the table view shows as CSV, Excel or Parquet, named by exportFileName and
 * handed to the browser as a download.
 */
import type { Table } from 'apache-arrow';
import { csvFromArrow } from './csv';
import { xlsxFromArrow } from './xlsx';

/** The formats a table exports to. */
export type TableExportFormat = 'csv' | 'xlsx' | 'parquet';
import { exportFileName } from '../../../ui/file-name';

/** What an export is named after and whether it carries the demo label. */
export interface ExportOptions {
  readonly parts: readonly string[];
  readonly from?: string | null;
  readonly to?: string | null;
  readonly demo: boolean;
  /** The exported datasets' caveats, carried on every row (see csv.ts). */
  readonly caveats?: readonly string[];
}

/** The file name of an export of `format`. */
export function exportName(options: ExportOptions, format: TableExportFormat): string {
  return exportFileName({
    parts: options.parts,
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    extension: format,
  });
}

/** The bytes of an export (Parquet through parquet-wasm, loaded on first use). */
export async function exportBlob(
  table: Table,
  format: TableExportFormat,
  demo: boolean,
  caveats: readonly string[] = [],
): Promise<Blob> {
  if (format === 'csv') {
    return new Blob([csvFromArrow(table, { demo, caveats })], { type: 'text/csv;charset=utf-8' });
  }
  if (format === 'xlsx') {
    return new Blob([xlsxFromArrow(table, { demo, caveats }).slice()], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }
  const { encodeParquet } = await import('./parquet-codec');
  const bytes = await encodeParquet(table, { demo });
  return new Blob([bytes.slice()], { type: 'application/vnd.apache.parquet' });
}

/** Exports `table` and starts the browser's download. @returns the file name. */
export async function downloadTable(
  table: Table,
  format: TableExportFormat,
  options: ExportOptions,
): Promise<string> {
  const name = exportName(options, format);
  const blob = await exportBlob(table, format, options.demo, options.caveats);
  const url = URL.createObjectURL(blob);
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
  return name;
}
