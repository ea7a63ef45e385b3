/**
 * The validation report as lines of text for a terminal or a log: Thai first, English after
 * each line, long lists cut to their first entries with a count of the rest.
 */
import type { LocalText } from '../manifest/manifest-types';
import type { Finding, ValidationReport } from './ingest-types';

const LIST_LIMIT = 10;

function both(text: LocalText, indent = '  '): string[] {
  return text.th === text.en
    ? [`${indent}${text.th}`]
    : [`${indent}${text.th}`, `${indent}  ${text.en}`];
}

function section(title: LocalText, findings: readonly LocalText[], limit = LIST_LIMIT): string[] {
  if (findings.length === 0) return [];
  const lines = [`${title.th} · ${title.en} (${findings.length}):`];
  for (const finding of findings.slice(0, limit)) lines.push(...both(finding));
  const rest = findings.length - limit;
  if (rest > 0)
    lines.push(
      `  … และอีก ${rest} รายการ · and ${rest} more (ดูไฟล์รายงาน JSON · see the JSON report)`,
    );
  return lines;
}

const texts = (findings: readonly Finding[]): LocalText[] =>
  findings.map((f) => ({ th: f.th, en: f.en }));

/** The report of one ingest as text lines. */
export function formatReport(report: ValidationReport): string[] {
  const status = report.ok
    ? { th: 'นำเข้าสำเร็จ', en: 'ingested' }
    : { th: 'ไม่ได้นำเข้า — ข้อมูลเดิมยังอยู่ครบ', en: 'NOT ingested — the published data is unchanged' };
  const lines = [
    `${report.dataset}: ${status.th} · ${status.en}${report.adapter === null ? '' : ` (${report.adapter})`}`,
  ];
  for (const file of report.files) {
    const encoding = file.encoding === null ? '' : `, ${file.encoding}`;
    const sheet = file.sheet === null ? '' : `, sheet ${file.sheet}`;
    lines.push(`  ${file.name}: ${file.rows} แถว · rows (${file.format}${encoding}${sheet})`);
  }
  if (report.ok) {
    lines.push(
      `  อ่าน ${report.rowsRead} แถว เขียน ${report.rowsWritten} แถว · read ${report.rowsRead} rows, wrote ${report.rowsWritten}`,
    );
    lines.push(
      `  จังหวัดที่พบ ${report.provincesMatched} จาก 77 · provinces matched: ${report.provincesMatched} of 77`,
    );
    if (report.asOf !== null) lines.push(`  ข้อมูล ณ · as of: ${report.asOf}`);
    if (report.period !== null)
      lines.push(`  ช่วงข้อมูล · period: ${report.period.from} – ${report.period.to}`);
  }
  const missing = report.missingProvinces.map((p) => ({
    th: `${p.name} (${p.code})`,
    en: `${p.name} (${p.code})`,
  }));
  return [
    ...lines,
    ...section({ th: 'ข้อผิดพลาด', en: 'Errors' }, report.errors),
    ...(report.ok ? section({ th: 'จังหวัดที่ไม่มีข้อมูล', en: 'Provinces missing' }, missing, 20) : []),
    ...section({ th: 'แถวซ้ำ', en: 'Duplicates' }, texts(report.duplicates)),
    ...section({ th: 'ค่าผิดช่วง', en: 'Out of range' }, texts(report.outOfRange)),
    ...section({ th: 'แถวที่จับคู่ไม่ได้', en: 'Rows not matched' }, texts(report.unmatched)),
    ...section({ th: 'คำเตือน', en: 'Warnings' }, report.warnings),
    ...section(
      { th: 'ข้อควรระวังที่จะแสดงคู่กับตัวเลข', en: 'Caveats shown with the figures' },
      report.caveats,
    ),
  ];
}
