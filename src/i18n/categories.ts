import type { Lang } from './messages';

/**
 * Thai and English names of the category codes the datasets use (road-safety causes and
 * vehicles, complaint categories and statuses). Codes not listed are shown as they are.
 */
const CATEGORY_NAMES: Readonly<Record<string, { th: string; en: string }>> = {
  speeding: { th: 'ขับเร็วเกินกำหนด', en: 'Speeding' },
  drunk_driving: { th: 'เมาแล้วขับ', en: 'Drunk driving' },
  cutting_in: { th: 'ตัดหน้ากระชั้นชิด', en: 'Cutting in' },
  fell_asleep: { th: 'หลับใน', en: 'Fell asleep' },
  vehicle_defect: { th: 'อุปกรณ์รถบกพร่อง', en: 'Vehicle defect' },
  ran_signal: { th: 'ฝ่าสัญญาณไฟ', en: 'Ran a signal' },
  inexperience: { th: 'ขาดความชำนาญ', en: 'Inexperience' },
  wrong_way: { th: 'ขับย้อนศร', en: 'Wrong way' },
  illegal_overtaking: { th: 'แซงผิดกฎหมาย', en: 'Illegal overtaking' },
  reckless: { th: 'ขับขี่ประมาท', en: 'Reckless driving' },
  // Both a cause and a vehicle may be unknown (a province report has neither): one neutral word.
  unknown: { th: 'ไม่ทราบ', en: 'Unknown' },
  other: { th: 'อื่น ๆ', en: 'Other' },
  motorcycle: { th: 'รถจักรยานยนต์', en: 'Motorcycle' },
  car: { th: 'รถยนต์', en: 'Car' },
  pickup: { th: 'รถกระบะ', en: 'Pickup' },
  truck: { th: 'รถบรรทุก', en: 'Truck' },
  bus: { th: 'รถโดยสาร', en: 'Bus' },
  bicycle: { th: 'จักรยาน', en: 'Bicycle' },
  pedestrian: { th: 'คนเดินเท้า', en: 'Pedestrian' },
  land: { th: 'ที่ดิน', en: 'Land' },
  debt: { th: 'หนี้สิน', en: 'Debt' },
  officials_conduct: { th: 'พฤติกรรมเจ้าหน้าที่', en: "Officials' conduct" },
  public_nuisance: { th: 'เหตุเดือดร้อนรำคาญ', en: 'Public nuisance' },
  fraud: { th: 'การฉ้อโกง', en: 'Fraud' },
  utilities: { th: 'สาธารณูปโภค', en: 'Utilities' },
  received: { th: 'รับเรื่อง', en: 'Received' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  closed: { th: 'ยุติเรื่อง', en: 'Closed' },
};

/** The name of a category code in `lang`, or the code with spaces for an unknown one. */
export function categoryName(code: string, lang: Lang): string {
  // Own keys only: a code from the data such as 'constructor' is not one of Object's members.
  const names = Object.hasOwn(CATEGORY_NAMES, code) ? CATEGORY_NAMES[code] : undefined;
  return names?.[lang] ?? code.replace(/_/g, ' ');
}
