/**
 * What the TPMAP adapter tells the user, in Thai and English: each message names the files
 * and says what to do.
 */
import type { PovertyDimension } from '../../queries/poverty-dimensions';
import type { LocalText } from '../../manifest/manifest-types';

/** The first few names of a long list, and how many more. */
function listed(names: readonly string[], max = 6): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} (+${names.length - max})` : shown;
}

const DIMENSION_TH: Readonly<Record<PovertyDimension, string>> = {
  any: 'ยากจนมิติใดก็ได้',
  health: 'สุขภาพ',
  living: 'ความเป็นอยู่',
  education: 'การศึกษา',
  income: 'รายได้',
  access: 'การเข้าถึงบริการรัฐ',
};

export const tpmapText = {
  badCount: {
    th: 'จำนวนต้องเป็นจำนวนเต็มไม่ติดลบ — แถวนี้ไม่ถูกนำเข้า ตรวจสอบค่าในไฟล์ต้นฉบับ',
    en: 'a count must be a whole number, not negative — row left out; check the value in the source file',
  },
  duplicate: (code: number, firstLine: number): LocalText => ({
    th: `จังหวัดรหัส ${code} ซ้ำกับบรรทัด ${firstLine} — ใช้แถวแรก ลบแถวที่ซ้ำออก`,
    en: `province ${code} repeats line ${firstLine} — the first row is kept; remove the repeated row`,
  }),
  noHouseholdColumn: (file: string): LocalText => ({
    th: `${file}: ไม่มีคอลัมน์ poor.household.CNT หรือ poor.JPT.MOFval.CNT — ใช้ไฟล์ตามที่ TPMAP เผยแพร่ โดยไม่ตัดคอลัมน์`,
    en: `${file}: no poor.household.CNT or poor.JPT.MOFval.CNT column — give the file as TPMAP published it, with all its columns`,
  }),
  noYear: (files: readonly string[]): LocalText => ({
    th: `ชื่อไฟล์ไม่บอกปี (${listed(files)}) — ตั้งชื่อตามที่ TPMAP เผยแพร่ เช่น 61_province_11111.csv (61 = พ.ศ. 2561)`,
    en: `no year in the file names (${listed(files)}) — name them as TPMAP does, e.g. 61_province_11111.csv (61 = B.E. 2561)`,
  }),
  mixedYears: (years: readonly { year: number; files: readonly string[] }[]): LocalText => ({
    th: `ไฟล์มาจากหลายปีปนกัน: ${years.map((y) => `พ.ศ. ${y.year} (${listed(y.files, 2)})`).join(' และ ')} — นำเข้าทีละปี`,
    en: `files of different years are mixed: ${years.map((y) => `B.E. ${y.year} (${listed(y.files, 2)})`).join(' and ')} — ingest one year at a time`,
  }),
  yearAssumed: (files: readonly string[], yearBe: number): LocalText => ({
    th: `${listed(files)}: ชื่อไฟล์ไม่บอกปี — ถือเป็นปี พ.ศ. ${yearBe} ตามไฟล์อื่น`,
    en: `${listed(files)}: no year in the name — taken as B.E. ${yearBe} like the other files`,
  }),
  futureYear: (yearBe: number): LocalText => ({
    th: `ปี พ.ศ. ${yearBe} ในชื่อไฟล์อยู่ในอนาคต — ตรวจสอบเลขปีหน้าชื่อไฟล์ (61 = พ.ศ. 2561)`,
    en: `the year B.E. ${yearBe} in the file names is in the future — check the year prefix (61 = B.E. 2561)`,
  }),
  repeatedFilter: (file: string, earlier: string, filter: string): LocalText => ({
    th: `${file}: มิติ ${filter} ซ้ำกับ ${earlier} — ไม่ได้ใช้ ให้ส่งไฟล์ละหนึ่งมิติ`,
    en: `${file}: filter ${filter} repeats ${earlier} — not used; give each filter once`,
  }),
  combinationsUnused: (files: readonly string[]): LocalText => ({
    th: `ไม่ได้ใช้ ${files.length} ไฟล์ที่เป็นการรวมหลายมิติ (${listed(files)}) — ชุดข้อมูลมีเฉพาะรายมิติเดี่ยวและ 11111 (มิติใดก็ได้)`,
    en: `${files.length} file(s) of combined dimensions not used (${listed(files)}) — the dataset holds each dimension alone and 11111 (any dimension)`,
  }),
  nationalUnused: (files: readonly string[]): LocalText => ({
    th: `ไฟล์ระดับประเทศ ไม่ได้ใช้ (${listed(files)}) — ใช้ไฟล์รายจังหวัด NN_province_XXXXX.csv`,
    en: `national file(s), not used (${listed(files)}) — the province files NN_province_XXXXX.csv are needed`,
  }),
  unnamedUnused: (files: readonly string[]): LocalText => ({
    th: `ชื่อไฟล์ไม่บอกมิติ ไม่ได้ใช้ (${listed(files)}) — ตั้งชื่อตามที่ TPMAP เผยแพร่ เช่น 61_province_10000.csv`,
    en: `the name does not say the dimensions, not used (${listed(files)}) — name it as TPMAP does, e.g. 61_province_10000.csv`,
  }),
  missingDimension: (dimension: PovertyDimension, filter: string | undefined): LocalText => ({
    th: `ไม่มีไฟล์มิติ${DIMENSION_TH[dimension]} (NN_province_${filter ?? '?'}.csv) — ชั้นข้อมูลมิตินี้จะว่าง`,
    en: `no file for the ${dimension} dimension (NN_province_${filter ?? '?'}.csv) — that dimension will be empty`,
  }),
  noProvinceFile: {
    th: 'ไม่มีไฟล์รายจังหวัดที่ใช้ได้ — ต้องมีไฟล์ NN_province_11111.csv และไฟล์รายมิติ NN_province_10000.csv ถึง NN_province_00001.csv',
    en: 'no usable province file — give NN_province_11111.csv and the dimension files NN_province_10000.csv to NN_province_00001.csv',
  },
  overBase: (what: LocalText, count: number, base: number): LocalText => ({
    th: `${what.th} ${count} มากกว่าฐานการสำรวจ ${base} ในไฟล์ common — ตรวจสอบว่าไฟล์มาจากปีเดียวกัน`,
    en: `${what.en} ${count} is more than the survey base ${base} in the common file — check that the files are of one year`,
  }),
  notOneSet: (dimension: string, anyFile: string, column: string, there: number): LocalText => ({
    th: `มิติ ${dimension}: ไม่ตรงกับ ${there} ในไฟล์ ${anyFile} คอลัมน์ ${column} — ไฟล์ไม่ได้มาจากชุดเดียวกัน ให้ใช้ไฟล์จากการดาวน์โหลด TPMAP ครั้งเดียวกันทั้งหมด`,
    en: `${dimension} dimension: differs from ${there} in ${anyFile} column ${column} — the files are not of one set; take them all from one TPMAP download`,
  }),
  noBangkok: {
    th: 'ไม่มีกรุงเทพมหานคร: TPMAP ใช้ข้อมูลความจำเป็นพื้นฐาน (จปฐ.) ของกรมการพัฒนาชุมชน ซึ่งสำรวจครัวเรือนในชนบทและไม่ครอบคลุมกรุงเทพมหานคร',
    en: 'no Bangkok: TPMAP rests on the Community Development Department’s basic-needs survey (BMN/JPT) of rural households, which does not cover Bangkok',
  },
  householdsMeaning: {
    th: 'ครัวเรือนเป้าหมาย = ครัวเรือนที่ไม่ผ่านเกณฑ์ จปฐ. ในมิตินั้น (poor.household.CNT) รวมครัวเรือนที่ไม่ได้ลงทะเบียนบัตรสวัสดิการแห่งรัฐ จึงอาจมากกว่าจำนวนคนจนเป้าหมาย',
    en: 'target households = households failing the basic-needs (JPT) criteria in that dimension (poor.household.CNT), registered for the state welfare card or not, so they may outnumber the target people',
  },
};
