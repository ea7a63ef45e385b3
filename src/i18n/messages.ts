/** UI languages: Thai first, English second. */
export type Lang = 'th' | 'en';

/** Every UI string, in Thai and English. Keys name the place a string appears. */
const MESSAGES = {
  appTitle: { th: 'ห้องปฏิบัติการ กระทรวงมหาดไทย', en: 'War Room · Ministry of Interior' },
  appSubtitle: {
    th: 'ภาพรวมสถานการณ์รายจังหวัด 77 จังหวัด',
    en: 'Situation overview of the 77 provinces',
  },
  switchLanguage: { th: 'English', en: 'ภาษาไทย' },
  switchLanguageLabel: { th: 'Switch to English', en: 'เปลี่ยนเป็นภาษาไทย' },
  demoData: { th: 'ข้อมูลสาธิต', en: 'Demo data' },
  loading: { th: 'กำลังโหลดข้อมูล…', en: 'Loading data…' },
  errorTitle: { th: 'โหลดข้อมูลไม่สำเร็จ', en: 'The data could not be loaded' },
  noData: { th: 'ไม่มีข้อมูล', en: 'No data' },
  noticesLabel: { th: 'ปัญหาของข้อมูล', en: 'Data problems' },
  asOf: { th: 'ข้อมูล ณ', en: 'As of' },
  source: { th: 'ที่มา', en: 'Source' },
  licence: { th: 'สัญญาอนุญาต', en: 'Licence' },
  engineLoading: { th: 'กำลังเตรียมฐานข้อมูล', en: 'Preparing the database' },
  engineReady: { th: 'ฐานข้อมูลพร้อม', en: 'Database ready' },
  engineError: { th: 'ฐานข้อมูลขัดข้อง', en: 'Database error' },
  dose2Coverage: {
    th: 'ความครอบคลุมวัคซีนโควิด-19 เข็มที่ 2',
    en: 'COVID-19 vaccination coverage, dose 2',
  },
  percentOfPopulation: { th: 'ร้อยละของประชากร', en: '% of population' },
  people: { th: 'คน', en: 'people' },
  vaccinatedDose2: { th: 'ได้รับเข็มที่ 2 แล้ว', en: 'Dose 2 given to' },
  outOfPopulation: { th: 'จากประชากร', en: 'of a population of' },
  mapLabel: {
    th: 'แผนที่ประเทศไทยรายจังหวัด',
    en: 'Map of Thailand by province',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the UI string table. */
export type MessageKey = keyof typeof MESSAGES;

/** The UI string for `key` in `lang`. */
export function t(lang: Lang, key: MessageKey): string {
  return MESSAGES[key][lang];
}

/** Parses a `lang` URL value; anything but "en" means Thai, the default. */
export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'th';
}
