/**
 * The words a Damrongdhama Center export may use for a case's category and status, mapped to
 * the codes of the complaints contract (data/datasets.json, scripts/demo-data/complaints.ts).
 * The Thai names are those the app shows (src/i18n/categories.ts, a floor above, so they are
 * repeated here) plus the shorter spellings staff type. Compared without case, spaces, `_`,
 * `-` and `.`, so "In progress", "in_progress" and "IN-PROGRESS" are one word.
 */
import type { LocalText } from '../../manifest/manifest-types';

export const CATEGORY_CODES = [
  'land',
  'debt',
  'public_nuisance',
  'officials_conduct',
  'fraud',
  'utilities',
  'other',
] as const;

export const STATUS_CODES = ['received', 'in_progress', 'closed'] as const;

/** Each code's words, the app's Thai name first. */
const CATEGORY_WORDS: Readonly<Record<(typeof CATEGORY_CODES)[number], readonly string[]>> = {
  land: ['ที่ดิน', 'land', 'ปัญหาที่ดิน'],
  debt: ['หนี้สิน', 'debt', 'หนี้', 'หนี้นอกระบบ'],
  public_nuisance: ['เหตุเดือดร้อนรำคาญ', 'public nuisance', 'nuisance', 'เดือดร้อนรำคาญ'],
  officials_conduct: [
    'พฤติกรรมเจ้าหน้าที่',
    'officials conduct',
    "officials' conduct",
    'เจ้าหน้าที่รัฐ',
    'ร้องเรียนเจ้าหน้าที่',
  ],
  fraud: ['การฉ้อโกง', 'fraud', 'ฉ้อโกง', 'หลอกลวง'],
  utilities: ['สาธารณูปโภค', 'utilities', 'สาธารณูปการ'],
  other: ['อื่น ๆ', 'other', 'อื่นๆ', 'อื่น'],
};

const STATUS_WORDS: Readonly<Record<(typeof STATUS_CODES)[number], readonly string[]>> = {
  received: ['รับเรื่อง', 'received', 'รับเรื่องแล้ว', 'new', 'ใหม่'],
  in_progress: ['กำลังดำเนินการ', 'in progress', 'อยู่ระหว่างดำเนินการ', 'ระหว่างดำเนินการ', 'ดำเนินการ'],
  closed: ['ยุติเรื่อง', 'closed', 'ยุติ', 'ยุติแล้ว', 'เสร็จสิ้น', 'ปิดเรื่อง'],
};

function wordKey(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-.'’]/g, '');
}

function lookup<C extends string>(
  words: Readonly<Record<C, readonly string[]>>,
): ReadonlyMap<string, C> {
  const map = new Map<string, C>();
  for (const code of Object.keys(words) as C[]) {
    for (const word of [code, ...words[code]]) map.set(wordKey(word), code);
  }
  return map;
}

const CATEGORY_LOOKUP = lookup(CATEGORY_WORDS);
const STATUS_LOOKUP = lookup(STATUS_WORDS);

/** The category code a word means, or null. */
export function categoryCode(word: string): string | null {
  return CATEGORY_LOOKUP.get(wordKey(word)) ?? null;
}

/** The status code a word means, or null. */
export function statusCode(word: string): string | null {
  return STATUS_LOOKUP.get(wordKey(word)) ?? null;
}

function accepted(words: Readonly<Record<string, readonly string[]>>): LocalText {
  const codes = Object.keys(words);
  return {
    th: codes.map((code) => `${words[code]?.[0] ?? code} (${code})`).join(', '),
    en: codes.join(', '),
  };
}

/** The accepted categories, for "unknown category" messages. */
export const ACCEPTED_CATEGORIES: LocalText = accepted(CATEGORY_WORDS);
/** The accepted statuses, for "unknown status" messages. */
export const ACCEPTED_STATUSES: LocalText = accepted(STATUS_WORDS);

const YES = new Set(['true', 'yes', 'y', '1', 'ใช่', 'มี', 'เกี่ยวข้อง', 'ความมั่นคง', 'x', '✓']);
const NO = new Set(['false', 'no', 'n', '0', 'ไม่ใช่', 'ไม่มี', 'ไม่เกี่ยวข้อง']);

/** A yes/no cell: true, false, or null when it is neither. */
export function yesNo(word: string): boolean | null {
  const key = wordKey(word);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
