/**
 * The data-pack builder's UI text. The page is for staff who copy files to the web server, not
 * for the public screen, so every line shows Thai first and English after it, side by side.
 */
import type { LocalText } from '../../data/manifest/manifest-types';

export const ADMIN_TEXT = {
  title: { th: 'จัดชุดข้อมูลจริง', en: 'Data-pack builder' },
  intro: {
    th: 'นำไฟล์ที่หน่วยงานเผยแพร่มาวาง ตรวจรายงาน แล้วดาวน์โหลดชุดข้อมูล (ZIP) ไปคัดลอกลงโฟลเดอร์ data ของเว็บเซิร์ฟเวอร์ ไฟล์ทั้งหมดอยู่ในเบราว์เซอร์นี้ ไม่มีการส่งออกไปที่ใด',
    en: "Drop the files a source published, check the report, then download a data pack (ZIP) to copy into the web server's data folder. Everything stays in this browser: nothing is uploaded.",
  },
  stepFiles: { th: '1. ไฟล์ต้นฉบับ', en: '1. Source files' },
  dropHere: {
    th: 'ลากไฟล์ CSV, Excel (.xlsx) หรือ GeoJSON มาวางที่นี่ หรือกดเพื่อเลือกไฟล์',
    en: 'Drop CSV, Excel (.xlsx) or GeoJSON files here, or click to choose them',
  },
  chooseFiles: { th: 'เลือกไฟล์', en: 'Choose files' },
  removeFile: { th: 'นำออก', en: 'Remove' },
  noFiles: { th: 'ยังไม่มีไฟล์', en: 'No files yet' },
  stepDataset: { th: '2. ชุดข้อมูล', en: '2. Dataset' },
  newIndicator: {
    th: 'ชุดข้อมูลตัวชี้วัดใหม่ (กำหนดคอลัมน์เอง)',
    en: 'New indicator dataset (map the columns)',
  },
  needsCli: { th: 'ต้องใช้คำสั่ง npm run ingest', en: 'needs npm run ingest' },
  stepCheck: { th: '3. ตรวจสอบ', en: '3. Check' },
  check: { th: 'ตรวจสอบไฟล์', en: 'Check the files' },
  checking: { th: 'กำลังตรวจสอบ…', en: 'Checking…' },
  stepDownload: { th: '4. ดาวน์โหลด', en: '4. Download' },
  download: { th: 'ดาวน์โหลดชุดข้อมูล (ZIP)', en: 'Download data pack (ZIP)' },
  downloadHint: {
    th: 'แตกไฟล์ ZIP ลงในโฟลเดอร์ data ของเว็บเซิร์ฟเวอร์ (แทนที่ manifest.json เดิม) หน้าจอจะโหลดข้อมูลใหม่เองภายในไม่กี่นาที',
    en: "Unzip into the web server's data folder (replacing manifest.json); the screens pick the new data up within minutes.",
  },
  packContents: { th: 'ในชุดข้อมูลมีไฟล์:', en: 'The pack holds:' },
  manifestLoading: { th: 'กำลังอ่าน manifest ของระบบ…', en: "Reading the deployment's manifest…" },
  reportTitle: { th: 'รายงานการตรวจสอบ', en: 'Validation report' },
  reportOk: { th: 'อ่านได้ครบ พร้อมจัดชุด', en: 'Read: ready to pack' },
  reportFailed: {
    th: 'นำเข้าไม่ได้ — ยังไม่มีอะไรเปลี่ยน ไฟล์ของท่านยังอยู่ในหน้านี้ แก้แล้วตรวจใหม่ได้',
    en: 'Not ingested — nothing has changed; your files are still here to fix and check again',
  },
  errors: { th: 'ข้อผิดพลาด', en: 'Errors' },
  warnings: { th: 'คำเตือน', en: 'Warnings' },
  caveats: { th: 'ข้อควรทราบ (แสดงคู่กับตัวเลข)', en: 'Caveats (shown with the figures)' },
  duplicates: { th: 'แถวซ้ำ', en: 'Duplicate rows' },
  outOfRange: { th: 'ค่าผิดปกติ', en: 'Values out of range' },
  unmatched: { th: 'แถวที่ไม่พบจังหวัด', en: 'Rows with no province' },
  missing: { th: 'จังหวัดที่ไม่มีข้อมูล', en: 'Provinces with no data' },
  previewTitle: { th: 'ตัวอย่างผลรายจังหวัด', en: 'Preview by province' },
  previewNote: {
    th: 'แผนที่แบ่งสีเป็น 5 ช่วงเท่า ๆ กันตามจำนวนจังหวัด (ควอนไทล์) ชี้จังหวัดเพื่อดูชื่อและค่า ตารางเรียงจากค่ามากไปน้อย',
    en: 'The map colours the provinces in 5 classes of equal counts (quantiles); point at a province for its name and value. The table lists the largest first.',
  },
  mapTitle: { th: 'แผนที่ตัวอย่าง', en: 'Preview map' },
  mapLoading: { th: 'กำลังโหลดแผนที่…', en: 'Loading the map…' },
  noData: { th: 'ไม่มีข้อมูล', en: 'No data' },
  province: { th: 'จังหวัด', en: 'Province' },
  more: { th: 'และอีก', en: 'and more' },
  mappingTitle: { th: 'กำหนดคอลัมน์ของตัวชี้วัด', en: 'Column mapping of the indicator' },
  mappingNeedsFile: {
    th: 'วางไฟล์ก่อน เพื่อเลือกคอลัมน์จากหัวตาราง',
    en: 'Drop a file first, to choose among its columns',
  },
  datasetId: { th: 'รหัสชุดข้อมูล (อังกฤษตัวเล็ก)', en: 'Dataset id (lower-case)' },
  datasetTitleTh: { th: 'ชื่อชุดข้อมูล (ไทย)', en: 'Title (Thai)' },
  datasetTitleEn: { th: 'ชื่อชุดข้อมูล (อังกฤษ)', en: 'Title (English)' },
  provinceColumn: { th: 'คอลัมน์จังหวัด', en: 'Province column' },
  dateColumn: { th: 'คอลัมน์วันที่', en: 'Date column' },
  noDate: { th: 'ไม่มี (ข้อมูล ณ วันเดียว)', en: 'None (a snapshot)' },
  choose: { th: '— เลือก —', en: '— choose —' },
  measure: { th: 'ตัวชี้วัด', en: 'Measure' },
  measureColumn: { th: 'คอลัมน์ตัวเลข', en: 'Figure column' },
  measureTitleTh: { th: 'ชื่อ (ไทย)', en: 'Title (Thai)' },
  measureTitleEn: { th: 'ชื่อ (อังกฤษ)', en: 'Title (English)' },
  unitTh: { th: 'หน่วย (ไทย)', en: 'Unit (Thai)' },
  unitEn: { th: 'หน่วย (อังกฤษ)', en: 'Unit (English)' },
  better: { th: 'ค่าที่ดีกว่า', en: 'Better is' },
  higher: { th: 'มากกว่า', en: 'higher' },
  lower: { th: 'น้อยกว่า', en: 'lower' },
  aggregate: { th: 'รวมหลายแถว/ภูมิภาคโดย', en: 'Adds up by' },
  sum: { th: 'ผลรวม', en: 'sum' },
  mean: { th: 'ค่าเฉลี่ย', en: 'mean' },
  addMeasure: { th: 'เพิ่มตัวชี้วัด', en: 'Add a measure' },
  removeMeasure: { th: 'ลบตัวชี้วัดนี้', en: 'Remove this measure' },
  sourceTh: { th: 'แหล่งข้อมูล (ไทย)', en: 'Source (Thai)' },
  sourceEn: { th: 'แหล่งข้อมูล (อังกฤษ)', en: 'Source (English)' },
  licence: { th: 'สัญญาอนุญาต', en: 'Licence' },
} satisfies Record<string, LocalText>;

/** A key of {@link ADMIN_TEXT}. */
export type AdminTextKey = keyof typeof ADMIN_TEXT;

/** "th · en", for attributes (labels, titles) that hold one string. */
export function bothText(text: LocalText): string {
  return text.th === text.en ? text.th : `${text.th} · ${text.en}`;
}
