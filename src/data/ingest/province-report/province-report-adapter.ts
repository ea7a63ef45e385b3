/**
 * The ingest adapter of returned province report templates (`npm run ingest -- drought
 * replies/*.xlsx`): it recognises a template by its id column and writes the merged rows as the
 * indicator dataset's CSV, with the template's measures, a `reply_date` column, and the
 * follow-up list (not reported, late, conflicting, edited) in the validation report.
 */
import type { DatasetDef, LocalText } from '../../manifest/manifest-types';
import type { Adapter, IngestContext, IngestOptions, ReadSource } from '../ingest-types';
import { ReportBuilder } from '../report-builder';
import { mergeReplies, problemText } from './merge-replies';
import { columnsByName, fileTemplateId } from './read-reply';
import type { ReportSpec } from './template-spec';
import { CODE_COLUMN, ID_COLUMN } from './template-workbook';

const ADAPTER_ID = 'province-report';

/** The manifest entry of the merged replies. */
function entryOf(
  datasetId: string,
  spec: ReportSpec,
  columns: DatasetDef['columns'],
  replyDates: readonly string[],
  options: IngestOptions,
  today: string,
): DatasetDef {
  const asOf = spec.periodDate ?? replyDates[replyDates.length - 1] ?? today;
  return {
    id: datasetId,
    title: spec.title,
    unit: spec.unit,
    source: options.source ?? {
      th: `แบบรายงานของสำนักงานจังหวัด งวด ${spec.period} (${spec.groupTitle.th})`,
      en: `provincial offices' report returns, period ${spec.period} (${spec.groupTitle.en})`,
    },
    licence: options.licence ?? 'government internal reporting (no licence stated)',
    asOf,
    period: { from: asOf, to: asOf },
    cadence: spec.cadence,
    demo: false,
    file: `${datasetId}.csv`,
    format: 'csv',
    columns,
    indicator: {
      keys: { province: CODE_COLUMN, date: spec.dateKey },
      measures: spec.measures,
    },
  };
}

/** The file without the importer's "other worksheets" note: the instructions sheet is expected. */
function withoutSheetNote(source: ReadSource): ReadSource {
  const warnings = source.table.warnings.filter((w) => w.code !== 'other-sheets');
  return { ...source, table: { ...source.table, warnings } };
}

function ingest(
  sources: readonly ReadSource[],
  context: IngestContext,
  options: IngestOptions,
  datasetId: string,
) {
  const report = new ReportBuilder(datasetId, ADAPTER_ID, context);
  for (const source of sources) report.file(withoutSheetNote(source));
  const merged = mergeReplies(sources, context.provinces, context.today);
  const { spec } = merged.report;
  for (const text of merged.report.notReplies) report.error(text);
  if (spec === null) return report.fail({ th: 'ไม่มีแบบรายงานที่ส่งกลับ', en: 'no returned template' });
  if (spec.dataset !== datasetId) {
    return report.fail({
      th: `ไฟล์เหล่านี้ตอบแบบรายงานของชุดข้อมูล ${spec.dataset} — นำเข้าเป็น ${spec.dataset} (npm run ingest -- ${spec.dataset} ...)`,
      en: `these files answer a template of dataset ${spec.dataset} — ingest them as ${spec.dataset} (npm run ingest -- ${spec.dataset} ...)`,
    });
  }
  for (const p of merged.report.editedKeys) report.unmatchedRow(p.place, p.text);
  for (const p of merged.report.invalidValues) report.outOfRangeValue(p.place, p.text);
  for (const p of merged.report.conflicts) report.duplicate(p.place, p.text);
  for (const p of merged.report.late) report.warn(problemText(p));
  for (const p of merged.report.blankFigures) report.warn(problemText(p));
  const { notReported } = merged.report;
  if (notReported.length > 0) {
    const names = notReported.map((n) => n.name).join(', ');
    report.warn({
      th: `ยังไม่ส่งรายงาน ${String(notReported.length)} จังหวัด: ${names}`,
      en: `${String(notReported.length)} province(s) have not reported: ${names}`,
    });
  }
  if (merged.rows.length === 0) {
    return report.fail({
      th: 'ยังไม่มีจังหวัดใดกรอกแบบรายงาน — ไม่มีข้อมูลให้นำเข้า',
      en: 'no province has filled in the template yet — nothing to ingest',
    });
  }
  const answered: LocalText = {
    th: `จากแบบรายงานจังหวัด งวด ${spec.period}: ตอบแล้ว ${String(merged.rows.length)} จาก ${String(spec.codes.length)} จังหวัด`,
    en: `from province report returns, period ${spec.period}: ${String(merged.rows.length)} of ${String(spec.codes.length)} provinces replied`,
  };
  report.caveat(answered);
  const replyDates = merged.rows
    .map((r) => r.reply_date)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const def = entryOf(datasetId, spec, merged.columns, replyDates, options, context.today);
  const codes = new Set(merged.rows.map((r) => Number(r[CODE_COLUMN])));
  return report.done([{ def, rows: merged.rows }], codes, def.asOf, def.period);
}

export const provinceReport: Adapter = {
  id: ADAPTER_ID,
  dataset: '*',
  describe: {
    th: 'แบบรายงานจังหวัดที่ส่งกลับ (.xlsx จาก npm run report-template)',
    en: 'returned province report template (.xlsx made by npm run report-template)',
  },
  needs: [CODE_COLUMN, ID_COLUMN],
  recognises: (source) => columnsByName(source).has(CODE_COLUMN) && fileTemplateId(source) !== null,
  ingest,
};
