/**
 * The validation report's figures as lines a person reads top to bottom: what was read, how
 * many provinces were found, the date the data is of. The lists (errors, duplicates, values out
 * of range…) are shown by ReportView under their own headings.
 */
import type { ValidationReport } from '../../data/ingest/ingest-types';
import type { LocalText } from '../../data/manifest/manifest-types';

const count = (n: number): string => n.toLocaleString('en-US');

/** The report's summary lines. */
export function reportFacts(report: ValidationReport, provinceCount: number): LocalText[] {
  const facts: LocalText[] = report.files.map((file) => {
    const how = [file.format, file.encoding, file.sheet].filter((p) => p !== null).join(', ');
    return {
      th: `${file.name}: ${count(file.rows)} แถว (${how})`,
      en: `${file.name}: ${count(file.rows)} rows (${how})`,
    };
  });
  if (!report.ok) return facts;
  facts.push(
    {
      th: `อ่าน ${count(report.rowsRead)} แถว ได้ข้อมูล ${count(report.rowsWritten)} แถว`,
      en: `read ${count(report.rowsRead)} rows, ${count(report.rowsWritten)} rows of data`,
    },
    {
      th: `พบจังหวัด ${report.provincesMatched} จาก ${provinceCount} จังหวัด`,
      en: `provinces matched: ${report.provincesMatched} of ${provinceCount}`,
    },
  );
  if (report.asOf !== null) {
    facts.push({ th: `ข้อมูล ณ วันที่ ${report.asOf}`, en: `as of ${report.asOf}` });
  }
  if (report.period !== null && report.period.from !== report.period.to) {
    const { from, to } = report.period;
    facts.push({ th: `ช่วงข้อมูล ${from} ถึง ${to}`, en: `period ${from} to ${to}` });
  }
  return facts;
}
