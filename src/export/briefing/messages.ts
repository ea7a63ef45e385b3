import type { Lang } from '../../i18n/messages';
import { fillPlaceholders } from '../../i18n/fill';

/** Every string of the briefing export, in Thai and English (kept beside the export code). */
const EXPORT_MESSAGES = {
  exportButton: { th: 'ส่งออกภาพบรรยายสรุป', en: 'Briefing export' },
  dialogTitle: { th: 'ส่งออกภาพสำหรับการบรรยายสรุป', en: 'Export briefing images' },
  close: { th: 'ปิด', en: 'Close' },
  sizeLabel: { th: 'ขนาดภาพ', en: 'Image size' },
  preset_hd: { th: '16:9 · 1920 × 1080', en: '16:9 · 1920 × 1080' },
  preset_uhd: { th: '16:9 · 3840 × 2160 (4K)', en: '16:9 · 3840 × 2160 (4K)' },
  preset_a4: { th: 'A4 แนวนอน 300 dpi (3508 × 2480)', en: 'A4 landscape, 300 dpi (3508 × 2480)' },
  preset_custom: { th: 'กำหนดเอง', en: 'Custom' },
  customWidth: { th: 'กว้าง (พิกเซล)', en: 'Width (pixels)' },
  customHeight: { th: 'สูง (พิกเซล)', en: 'Height (pixels)' },
  'size_not-a-number': {
    th: 'ใส่ความกว้างและความสูงเป็นจำนวนเต็ม',
    en: 'Enter a whole number for width and height',
  },
  'size_too-small': {
    th: 'เล็กเกินไป: อย่างน้อย {min}',
    en: 'Too small: at least {min}',
  },
  'size_too-large': { th: 'ใหญ่เกินไป: ไม่เกิน {max}', en: 'Too large: at most {max}' },
  includeCharts: { th: 'รวมแผนภูมิข้างแผนที่', en: 'Include the charts beside the map' },
  whatLabel: { th: 'ส่งออก', en: 'Export' },
  what_current: { th: 'มุมมองปัจจุบัน', en: 'The current view' },
  what_scenes: { th: 'ทุกฉากของเพลย์ลิสต์จอแสดงผล', en: 'Every scene of the wall playlist' },
  what_provinces: {
    th: 'ทีละจังหวัด ({count} ภาพ{group}) ชั้นข้อมูลปัจจุบัน',
    en: 'One image per province ({count}{group}), current layers',
  },
  formatLabel: { th: 'รูปแบบไฟล์', en: 'File format' },
  format_png: { th: 'PNG (ภาพเดียว)', en: 'PNG (one image)' },
  format_zip: { th: 'ZIP ของภาพ PNG', en: 'ZIP of PNG images' },
  format_pptx: { th: 'PowerPoint (.pptx)', en: 'PowerPoint (.pptx)' },
  format_pdf: { th: 'PDF', en: 'PDF' },
  start: { th: 'ส่งออก', en: 'Export' },
  cancel: { th: 'ยกเลิก', en: 'Cancel' },
  progress: { th: 'กำลังสร้างภาพ {done} / {total}', en: 'Making image {done} of {total}' },
  packing: { th: 'กำลังรวมไฟล์…', en: 'Packing the file…' },
  done: { th: 'เสร็จแล้ว: {file}', en: 'Done: {file}' },
  cancelled: { th: 'ยกเลิกการส่งออกแล้ว', en: 'Export cancelled' },
  failed: { th: 'ส่งออกไม่สำเร็จ: {message}', en: 'Export failed: {message}' },
  notReady: {
    th: 'รอให้แผนที่และข้อมูลโหลดเสร็จก่อน',
    en: 'Wait until the map and the data have loaded',
  },
  briefingTitle: { th: 'สรุปสถานการณ์', en: 'Situation briefing' },
  allDates: { th: 'ทุกช่วงเวลา', en: 'All dates' },
  cursorDate: { th: 'ณ วันที่ {date}', en: 'on {date}' },
  provinceFilter: { th: 'เฉพาะ {count} จังหวัด', en: '{count} provinces only' },
  exportedOn: { th: 'จัดทำเมื่อ {date} เวลา {time} น.', en: 'Made on {date}, {time}' },
  sourceLine: {
    th: '{title}: {source} · {licence} · ข้อมูล ณ {date}',
    en: '{title}: {source} · {licence} · as of {date}',
  },
  openView: { th: 'เปิดมุมมองนี้', en: 'Open this view' },
  shortLink: {
    th: 'ลิงก์ย่อ (โหมด ชั้นข้อมูล จังหวัด ช่วงวันที่)',
    en: 'Short link (mode, layers, province, dates)',
  },
  noQr: {
    th: 'ไม่มีคิวอาร์โค้ด: ลิงก์ยาวเกินไป',
    en: 'No QR code: the link is too long',
  },
  north: { th: 'เหนือ', en: 'N' },
  km: { th: 'กม.', en: 'km' },
  metres: { th: 'ม.', en: 'm' },
  demo: { th: 'ข้อมูลสาธิต · Demo data', en: 'ข้อมูลสาธิต · Demo data' },
  nothingPasses: {
    th: 'ไม่มีจังหวัดที่ผ่านเงื่อนไข',
    en: 'No province meets the filters',
  },
  layerNothingPasses: {
    th: '{layer}: ไม่มีจังหวัดที่ผ่านเงื่อนไข',
    en: '{layer}: no province meets the filters',
  },
  layerMissing: {
    th: '{layer}: ไม่มีข้อมูล (โหลดหรือคำนวณไม่สำเร็จ)',
    en: '{layer}: no data (its file or query failed)',
  },
  layerWaiting: {
    th: '{layer}: ข้อมูลยังโหลดไม่เสร็จ',
    en: '{layer}: its data had not finished loading',
  },
  userLayers: {
    th: 'ชั้นข้อมูลจากไฟล์ของผู้ใช้ {count} ชั้น: ข้อมูลของผู้ใช้เอง ไม่ใช่ข้อมูลของระบบ',
    en: "{count} layer(s) from the user's own files: the user's data, not the system's",
  },
  noLegend: { th: 'ไม่มีชั้นข้อมูลที่แสดง', en: 'No layer shown' },
} as const satisfies Record<string, { th: string; en: string }>;

/** A key of the export's messages. */
export type ExportMessageKey = keyof typeof EXPORT_MESSAGES;

/** The export string `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function xt(
  lang: Lang,
  key: ExportMessageKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const texts = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, String(value)]),
  );
  return fillPlaceholders(EXPORT_MESSAGES[key][lang], texts);
}
