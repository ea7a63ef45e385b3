/**
 * The road-safety words real files use, mapped onto the app's codes (the ones
 * src/i18n/categories.ts names and scripts/demo-data/road-safety-calibration.ts draws), and the
 * festival windows of the contract (data/datasets.json: New Year 30 Dec-5 Jan, Songkran
 * 11-17 Apr, as the demo generator's FESTIVAL_WINDOWS start them). Shared by the road-safety
 * adapters.
 */
import type { LocalText } from '../../manifest/manifest-types';

/** Case, spaces, dots, dashes and underscores do not tell words apart ("Drunk-driving" = "drunk_driving"). */
export function wordKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s._\-/]+/g, '');
}

function vocabulary(
  words: Readonly<Record<string, readonly string[]>>,
): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [code, spellings] of Object.entries(words)) {
    map.set(wordKey(code), code);
    for (const spelling of spellings) map.set(wordKey(spelling), code);
  }
  return map;
}

/** Vehicle of the crash: the app's seven codes. */
const VEHICLES = vocabulary({
  motorcycle: ['รถจักรยานยนต์', 'จักรยานยนต์', 'จยย', 'มอเตอร์ไซค์', 'รถมอเตอร์ไซค์', 'motorbike', 'mc'],
  car: ['รถยนต์', 'รถเก๋ง', 'รถยนต์นั่ง', 'รถยนต์ส่วนบุคคล', 'sedan', 'passenger car'],
  pickup: ['รถกระบะ', 'กระบะ', 'รถปิคอัพ', 'รถปิกอัพ', 'pick-up', 'pickup truck'],
  truck: ['รถบรรทุก', 'รถพ่วง', 'รถกึ่งพ่วง', 'lorry', 'trailer'],
  bus: ['รถโดยสาร', 'รถบัส', 'รถตู้', 'รถโดยสารประจำทาง', 'van', 'minibus'],
  bicycle: ['จักรยาน', 'รถจักรยาน', 'bike', 'cycle'],
  pedestrian: ['คนเดินเท้า', 'คนเดินถนน', 'คนเดิน', 'walker'],
});

/** Presumed cause: the app's twelve codes. */
const CAUSES = vocabulary({
  speeding: ['ขับเร็วเกินกำหนด', 'ขับรถเร็วเกินกำหนด', 'ขับเร็ว', 'ขับรถเร็ว', 'speed'],
  cutting_in: ['ตัดหน้ากระชั้นชิด', 'ตัดหน้า', 'cut in'],
  fell_asleep: ['หลับใน', 'asleep', 'drowsy driving'],
  drunk_driving: ['เมาแล้วขับ', 'ดื่มแล้วขับ', 'เมาสุรา', 'drink driving', 'drunk'],
  ran_signal: ['ฝ่าสัญญาณไฟ', 'ฝ่าไฟแดง', 'ran a signal', 'red light'],
  wrong_way: ['ขับย้อนศร', 'ย้อนศร'],
  illegal_overtaking: ['แซงผิดกฎหมาย', 'แซงในที่คับขัน', 'แซงผิดกฎ', 'overtaking'],
  reckless: ['ขับขี่ประมาท', 'ขับรถประมาท', 'ประมาท', 'reckless driving'],
  vehicle_defect: ['อุปกรณ์รถบกพร่อง', 'รถชำรุด', 'อุปกรณ์ชำรุด'],
  inexperience: ['ขาดความชำนาญ', 'ไม่ชำนาญ', 'inexperienced'],
  unknown: ['ไม่ทราบสาเหตุ', 'ไม่ทราบ', 'ไม่ระบุ', 'not known'],
  other: ['อื่น ๆ', 'อื่นๆ', 'อื่น', 'others'],
});

/** Maps words onto codes and remembers the words it did not know, for one warning. */
export class WordMapper {
  private readonly unknownWords = new Map<string, number>();

  constructor(
    private readonly words: ReadonlyMap<string, string>,
    private readonly fallback: string,
    private readonly blank: string,
  ) {}

  /** The code of `text`; an unknown word counts as the fallback and is remembered. */
  code(text: string): string {
    const trimmed = text.trim();
    if (trimmed === '') return this.blank;
    const code = this.words.get(wordKey(trimmed));
    if (code !== undefined) return code;
    this.unknownWords.set(trimmed, (this.unknownWords.get(trimmed) ?? 0) + 1);
    return this.fallback;
  }

  /** "word (n rows), ..." of the unknown words, in the order first met; '' when none. */
  unknownList(): string {
    return [...this.unknownWords].map(([word, n]) => `${word} (${n})`).join(', ');
  }
}

export const vehicleMapper = (): WordMapper => new WordMapper(VEHICLES, 'other', 'other');
export const causeMapper = (): WordMapper => new WordMapper(CAUSES, 'other', 'unknown');

/** The warning naming the words of `column` read as 'other', or null when every word was known. */
export function unknownWordsWarning(
  mapper: WordMapper,
  column: LocalText,
  codes: string,
): LocalText | null {
  const list = mapper.unknownList();
  if (list === '') return null;
  return {
    th: `${column.th}: ไม่รู้จักคำเหล่านี้ จึงนับเป็น "อื่น ๆ" (other): ${list} — ใช้คำใดคำหนึ่งต่อไปนี้: ${codes}`,
    en: `${column.en}: these words are not known and count as 'other': ${list} — use one of: ${codes}`,
  };
}

export const VEHICLE_CODES =
  'motorcycle/รถจักรยานยนต์, car/รถยนต์, pickup/รถกระบะ, truck/รถบรรทุก, bus/รถโดยสาร, bicycle/จักรยาน, pedestrian/คนเดินเท้า';
export const CAUSE_CODES =
  'speeding/ขับเร็วเกินกำหนด, cutting_in/ตัดหน้ากระชั้นชิด, fell_asleep/หลับใน, drunk_driving/เมาแล้วขับ, ran_signal/ฝ่าสัญญาณไฟ, wrong_way/ขับย้อนศร, illegal_overtaking/แซงผิดกฎหมาย, reckless/ขับขี่ประมาท, vehicle_defect/อุปกรณ์รถบกพร่อง, inexperience/ขาดความชำนาญ, unknown/ไม่ทราบสาเหตุ, other/อื่น ๆ';

/** A day of a festival campaign: which one and its day 1..7. */
export interface FestivalDay {
  readonly festival: 'newyear' | 'songkran';
  readonly day: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * The festival window `iso` (YYYY-MM-DD) falls in: New Year from 30 Dec (day 1) to 5 Jan
 * (day 7), Songkran 11-17 Apr; null on any other day.
 */
export function festivalOf(iso: string): FestivalDay | null {
  const year = Number(iso.slice(0, 4));
  const day = dayNumber(iso);
  const windows: readonly [FestivalDay['festival'], string][] = [
    ['newyear', `${year - 1}-12-30`],
    ['songkran', `${year}-04-11`],
    ['newyear', `${year}-12-30`],
  ];
  for (const [festival, start] of windows) {
    const offset = day - dayNumber(start);
    if (offset >= 0 && offset < 7) return { festival, day: offset + 1 };
  }
  return null;
}
