import { DJAY_PROVINCE_MAPPING_SPELLINGS } from './real-province-spellings-djay';
import { OTHER_SOURCE_SPELLINGS } from './real-province-spellings-other';
import type { RealProvinceSpelling } from './real-province-spelling';

export type { RealProvinceSpelling } from './real-province-spelling';

/** A value that appears in a real file's province column but names no single province. */
export type RealNonProvinceSpelling = readonly [spelling: string, reason: string, source: string];

/** Every distinct province spelling found in the real files, each with the code it must map to. */
export const REAL_PROVINCE_SPELLINGS: readonly RealProvinceSpelling[] = [
  ...OTHER_SOURCE_SPELLINGS,
  ...DJAY_PROVINCE_MAPPING_SPELLINGS,
];

const DJAY = 'djay_province_mapping.csv';

/** Real values the normaliser must reject (map to null), with the reason. */
export const REAL_NON_PROVINCE_SPELLINGS: readonly RealNonProvinceSpelling[] = [
  [
    'Ubon Thani',
    'djay files it under Udon Thani (41), but it is one letter from Udon Thani and also reads as Ubon (Ratchathani, 34): ambiguous, so the importer must ask',
    DJAY,
  ],
  [
    'ปรมิณฑล',
    'misspelt ปริมณฑล, "the vicinity" (the provinces around Bangkok), not Bangkok; djay files it under Bangkok, yet files ปริมณฑล under Unknown',
    DJAY,
  ],
  ['ปริมณฑล', '"the vicinity" of Bangkok: several provinces', DJAY],
  ['สมุท', 'cut short: three provinces start with สมุทร', DJAY],
  [
    'NA',
    "AtifVongson's iso field of Bangkok: a missing value, not a code",
    'atifvongson_provinces.json',
  ],
  ['Prison', 'djay row Prison', DJAY],
  ['เรือนจำฯ', 'djay row Prison: prisons', DJAY],
  ['เรอืนจา/ทีต่อ้งขงั', 'djay row Prison: prisons and places of detention', DJAY],
  ['เรอืนจาฯ', 'djay row Prison: prisons', DJAY],
  ['เรอืนจาและทีต่อ้งขงั', 'djay row Prison: prisons and places of detention', DJAY],
  ['เรือนจ า', 'djay row Prison: prison', DJAY],
  ['Unknown', 'djay row Unknown', DJAY],
  ['ไม่ระบุ', 'djay row Unknown: "not stated"', DJAY],
  ['กัมพูชา', 'djay row Unknown: Cambodia', DJAY],
  ['พม่า', 'djay row Unknown: Myanmar', DJAY],
  ['มาเลเซีย', 'djay row Unknown: Malaysia', DJAY],
  ['เวียงจันทร์', 'djay row Unknown: Vientiane, Laos', DJAY],
  ['ปอยเปต', 'djay row Unknown: Poipet, Cambodia', DJAY],
  ['สถานที่ทำงาน', 'djay row Unknown: "workplace"', DJAY],
  ['เมือง', 'djay row Unknown: "town", a district in every province', DJAY],
  ['เรือ', 'djay row Unknown: "boat"', DJAY],
  ['นอกเขต', 'djay row Unknown: "outside the area"', DJAY],
  ['แล้วป่วย', 'djay row Unknown: "then fell ill"', DJAY],
  ['ท้ายบ้าน', 'djay row Unknown: a subdistrict name', DJAY],
  ['สัมผัสผู้ป่วยยืนยัน COVID20', 'djay row Unknown: "contact of a confirmed case"', DJAY],
  ['คนไทยเดินทางกลับจากต่างประเทศ', 'djay row Unknown: "Thais returning from abroad"', DJAY],
  ['-', 'djay row Unknown: a dash for no value', DJAY],
];
