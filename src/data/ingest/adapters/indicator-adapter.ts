/**
 * The generic indicator adapter: any province-shaped CSV, Excel or GeoJSON file becomes an
 * indicator dataset (issue 14) of the id given, read through a column mapping
 * (indicator-mapping.ts). Without a mapping it recognises nothing, and the "no adapter" message
 * says a --mapping file is needed. Writes a CSV entry: the province column as TIS-1099 codes,
 * the date column as YYYY-MM-DD, each measure's input columns as numbers.
 */
import { cellText } from '../../import/raw-table';
import { unmatchedText } from '../../import/unmatched-text';
import type { LocalText } from '../../manifest/manifest-types';
import type {
  Adapter,
  IngestContext,
  IngestOptions,
  IngestRow,
  IngestValue,
  ReadSource,
} from '../ingest-types';
import { placeOf, ReportBuilder } from '../report-builder';
import { cellAt, dateCell, findColumn, headerList, numberCell } from '../source-cells';
import {
  cadenceOfDates,
  checkMapping,
  measureInputs,
  type CheckedMapping,
} from './indicator-mapping';

interface Kept {
  readonly code: number;
  readonly date: string | null;
  readonly row: IngestRow;
}

/** Index of each column the mapping names in `source`, or null after an error naming the missing one. */
function mappedColumns(
  source: ReadSource,
  names: readonly { readonly field: string; readonly column: string }[],
  report: ReportBuilder,
): Map<string, number> | null {
  const found = new Map<string, number>();
  for (const { field, column } of names) {
    const index = findColumn(source, [column]);
    if (index === null) {
      report.error({
        th: `${source.name}: ไม่มีคอลัมน์ "${column}" ที่ไฟล์จับคู่ระบุใน ${field} — คอลัมน์ที่พบ: ${headerList(source)} — แก้ชื่อคอลัมน์ในไฟล์จับคู่`,
        en: `${source.name}: no column "${column}", which the mapping names in ${field} — columns found: ${headerList(source)} — correct the name in the mapping`,
      });
      return null;
    }
    found.set(column, index);
  }
  return found;
}

function readFile(
  source: ReadSource,
  mapping: CheckedMapping,
  context: IngestContext,
  report: ReportBuilder,
  seen: Map<string, string>,
  kept: Kept[],
): void {
  report.file(source);
  const spec = mapping.def.indicator;
  if (spec === undefined) return;
  const inputs = [...new Set(spec.measures.flatMap(measureInputs))];
  const names = [
    { field: 'province', column: spec.keys.province },
    ...(spec.keys.date === null ? [] : [{ field: 'date', column: spec.keys.date }]),
    ...inputs.map((column) => ({ field: 'measures', column })),
  ];
  const columns = mappedColumns(source, names, report);
  if (columns === null) return;
  const provinceIndex = columns.get(spec.keys.province) ?? null;
  const dateIndex = spec.keys.date === null ? null : (columns.get(spec.keys.date) ?? null);
  source.table.rows.forEach((_, r) => {
    const provinceRaw = cellAt(source, r, provinceIndex);
    const provinceText = cellText(provinceRaw);
    const code =
      typeof provinceRaw === 'number' || typeof provinceRaw === 'string'
        ? context.normalise(provinceRaw)
        : null;
    if (code === null) {
      const place = placeOf(source, r, spec.keys.province, provinceText);
      report.unmatchedRow(
        place,
        unmatchedText('province-unmatched', spec.keys.province, provinceText),
      );
      return;
    }
    let date: string | null = null;
    if (spec.keys.date !== null) {
      const raw = cellAt(source, r, dateIndex);
      const parsed = dateCell(raw);
      const place = placeOf(source, r, spec.keys.date, cellText(raw));
      if (parsed === null || parsed === undefined) {
        report.unmatchedRow(place, {
          th: `${parsed === null ? 'ไม่มีวันที่' : 'วันที่อ่านไม่ได้'} — ใส่วันที่ เช่น 2026-03-31 — แถวนี้ไม่ถูกนำเข้า`,
          en: `${parsed === null ? 'no date' : 'unreadable date'} — write a date such as 2026-03-31 — row left out`,
        });
        return;
      }
      if (parsed > context.today) {
        report.outOfRangeValue(place, {
          th: `วันที่ ${parsed} อยู่ในอนาคต — แถวนี้ไม่ถูกนำเข้า ตรวจสอบปี (พ.ศ./ค.ศ.)`,
          en: `date ${parsed} is in the future — row left out; check the year (BE/CE)`,
        });
        return;
      }
      date = parsed;
    }
    const row: Record<string, IngestValue> = { [spec.keys.province]: code };
    if (spec.keys.date !== null) row[spec.keys.date] = date;
    for (const column of inputs) {
      const raw = cellAt(source, r, columns.get(column) ?? null);
      const value = numberCell(raw);
      if (value === undefined) {
        report.outOfRangeValue(placeOf(source, r, column, cellText(raw)), {
          th: 'ไม่ใช่ตัวเลข — บันทึกเป็นค่าว่าง แก้เป็นตัวเลขหากมีค่า',
          en: 'not a number — written as empty; write a number if there is one',
        });
      }
      row[column] = value ?? null;
    }
    const key = `${code}|${date ?? ''}`;
    const place = placeOf(source, r, null, null);
    const first = seen.get(key);
    if (first !== undefined) {
      report.duplicate(place, {
        th: `จังหวัดรหัส ${code}${date === null ? '' : ` วันที่ ${date}`} ซ้ำกับ ${first} — ใช้แถวแรก`,
        en: `province ${code}${date === null ? '' : ` on ${date}`} repeats ${first} — the first row is kept`,
      });
      return;
    }
    seen.set(key, `${source.name} ${place.unit ?? 'row'} ${place.location ?? r + 1}`);
    kept.push({ code, date, row });
  });
}

function snapshotWarning(asOf: string): LocalText {
  return {
    th: `ข้อมูลไม่มีคอลัมน์วันที่และไฟล์จับคู่ไม่มี asOf — ใช้วันนี้ (${asOf}) เป็นวันที่ของข้อมูล ใส่ "asOf" หากข้อมูลเป็นของวันอื่น`,
    en: `no date column and no "asOf" in the mapping — today (${asOf}) is taken as the data's date; add "asOf" if the figures are from another day`,
  };
}

function ingest(
  sources: readonly ReadSource[],
  context: IngestContext,
  options: IngestOptions,
  datasetId: string,
) {
  const report = new ReportBuilder(datasetId, indicatorMapping.id, context);
  const check = checkMapping(options.mapping, datasetId, options);
  if (!check.ok) return report.fail(check.error);
  const { mapping } = check;
  for (const field of mapping.ignored) {
    report.warn({
      th: `ไฟล์จับคู่: ไม่รู้จักฟิลด์ ${field} — ข้ามไป`,
      en: `mapping: unknown field ${field} — skipped`,
    });
  }
  const kept: Kept[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) readFile(source, mapping, context, report, seen, kept);
  if (kept.length === 0 && !report.failed) {
    return report.failNothingKept();
  }
  kept.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.code - b.code);
  const dates = kept.flatMap((k) => (k.date === null ? [] : [k.date]));
  const snapshot = mapping.def.indicator?.keys.date === null;
  if (snapshot && mapping.asOf === null) report.warn(snapshotWarning(context.today));
  const asOf = snapshot ? (mapping.asOf ?? context.today) : (dates[dates.length - 1] ?? '');
  const period = { from: snapshot ? asOf : (dates[0] ?? asOf), to: asOf };
  const def = {
    ...mapping.def,
    asOf,
    period,
    cadence: mapping.cadenceGiven ? mapping.def.cadence : cadenceOfDates(dates),
  };
  const rows = kept.map((k) => k.row);
  const codes = new Set(kept.map((k) => k.code));
  return report.done([{ def, rows }], codes, asOf, period);
}

export const indicatorMapping: Adapter = {
  id: 'indicator-mapping',
  dataset: '*',
  describe: {
    th: 'ไฟล์รายจังหวัดใดก็ได้ (CSV/Excel/GeoJSON) พร้อมไฟล์จับคู่คอลัมน์',
    en: 'any province-shaped file (CSV/Excel/GeoJSON) with a column mapping',
  },
  needs: [
    'a --mapping <file.json> (or --province and --measure flags) naming the province column',
    '[the date column]',
    'the measure columns',
  ],
  recognises: (_source, options) => options.mapping !== undefined && options.mapping !== null,
  ingest,
};
