/** File names for exports: readable, dated, and safe on Windows, macOS and Linux. */

/** What an export file is called after. */
export interface ExportNameParts {
  /** Words such as the dataset id or title; Thai or English. Empty ones are left out. */
  readonly parts: readonly string[];
  /** ISO dates of the period shown (inclusive). */
  readonly from?: string;
  readonly to?: string;
  /** Extension without the dot, e.g. 'csv' or 'parquet'. */
  readonly extension: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_STEM = 120;

/**
 * Lower-case words joined by `-`: Latin letters, digits and Thai letters stay (Thai vowels and
 * tone marks included), everything else (spaces, / \ : * ? " < > | and control characters)
 * becomes one `-`.
 */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('_', '-')
    .replace(/[^a-z0-9\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * e.g. `war-room_road-safety_2025-04-11_2025-04-17.csv`: the app's name, the parts, the period
 * (a date that is not YYYY-MM-DD is left out), each separated by `_`.
 */
export function exportFileName({ parts, from, to, extension }: ExportNameParts): string {
  const words = ['war-room', ...parts.map(fileNamePart)].filter((w) => w.length > 0);
  const dates = [from, to].filter((d): d is string => d !== undefined && ISO_DATE.test(d));
  const unique = dates.length === 2 && dates[0] === dates[1] ? [dates[0] ?? ''] : dates;
  const stem = [...new Set(words), ...unique]
    .join('_')
    .slice(0, MAX_STEM)
    .replace(/[-_]+$/, '');
  const ext = fileNamePart(extension) || 'dat';
  return `${stem}.${ext}`;
}
