/**
 * The texts of append-history.ts, Thai first: what was kept, replaced and dropped of a dataset's
 * published history, and why an ingest stops when that history cannot be read. Each names the
 * published file and says what to do.
 */
import type { ColumnType, LocalText } from '../../manifest/manifest-types';

/** What a merge with the published history did, for the report's warnings. */
export interface HistoryCounts {
  /** Published rows kept (of dates the new table does not have). */
  readonly oldRows: number;
  /** Their dates, ascending. */
  readonly keptDates: readonly string[];
  /** Published rows replaced, by date. */
  readonly replaced: ReadonlyMap<string, number>;
  /** Published columns left out: the new table lacks them and its measures do not name them. */
  readonly dropped: readonly string[];
  /** Columns the published file does not have: empty in its rows. */
  readonly emptyForOld: readonly string[];
}

const TYPE_WORDS: Readonly<Record<ColumnType, LocalText>> = {
  INTEGER: { th: 'จำนวนเต็ม', en: 'a whole number' },
  BIGINT: { th: 'จำนวนเต็ม', en: 'a whole number' },
  DOUBLE: { th: 'ตัวเลข', en: 'a number' },
  DATE: { th: 'วันที่ YYYY-MM-DD', en: 'a date YYYY-MM-DD' },
  TIMESTAMP: { th: 'วันเวลา YYYY-MM-DD HH:MM:SS', en: 'a time YYYY-MM-DD HH:MM:SS' },
  BOOLEAN: { th: 'true หรือ false', en: 'true or false' },
  VARCHAR: { th: 'ข้อความ', en: 'text' },
};

const RESTORE = {
  th: 'แก้หรือคืนไฟล์เดิมก่อนนำเข้า (ยังไม่ได้เขียนข้อมูลใด ๆ เพื่อไม่ให้ข้อมูลเดือนก่อน ๆ หาย)',
  en: 'fix or restore the published file before ingesting (nothing was written, so no earlier month is lost)',
};

/** The texts of one dataset's history in the published file `name`. */
export function historyTexts(id: string, name: string) {
  return {
    entryUnreadable: (why: string): LocalText => ({
      th: `รายการ ${id} ใน manifest อ่านไม่ได้ (${why}) จึงเก็บข้อมูลวันที่ก่อน ๆ ไว้ไม่ได้ — แก้รายการนี้ หรือลบออกเพื่อเริ่มประวัติใหม่`,
      en: `the manifest's entry ${id} does not read (${why}), so its earlier dates cannot be kept — fix the entry, or remove it to start the history afresh`,
    }),
    notDated: {
      th: `${name}: ชุดข้อมูล ${id} ที่เผยแพร่อยู่ไม่มีคอลัมน์วันที่ จึงถูกแทนที่ทั้งหมด ไม่ได้ต่อท้าย — เก็บสำเนาไฟล์เดิมไว้หากยังต้องใช้`,
      en: `${name}: the published ${id} has no date column, so it is replaced, not added to — keep a copy of the old file if you still need it`,
    },
    notLocalCsv: {
      th: `${name}: ไม่ใช่ไฟล์ CSV ในโฟลเดอร์ข้อมูลนี้ จึงไม่ได้อ่านข้อมูลวันที่ก่อน ๆ และถูกแทนที่ด้วยไฟล์ใหม่ — เก็บสำเนาไว้หากยังต้องใช้`,
      en: `${name}: not a CSV in this data folder, so its earlier dates are not read and the new file replaces it — keep a copy if you still need them`,
    },
    unreadable: (why: string): LocalText => ({
      th: `อ่านไฟล์ที่เผยแพร่อยู่ ${name} ไม่ได้ (${why}) — ${RESTORE.th}`,
      en: `could not read the published ${name} (${why}) — ${RESTORE.en}`,
    }),
    noKeyColumn: (key: string, header: readonly string[]): LocalText => ({
      th: `${name}: ไม่มีคอลัมน์ ${key} ที่ manifest ระบุเป็นคอลัมน์หลัก — คอลัมน์ที่พบ: ${header.join(', ')} — ${RESTORE.th}`,
      en: `${name}: no column ${key}, which the manifest names as a key — columns found: ${header.join(', ')} — ${RESTORE.en}`,
    }),
    badField: (line: number, column: string, value: string, what: LocalText): LocalText => ({
      th: `${name} บรรทัด ${line}, คอลัมน์ ${column}: "${value}" ไม่ใช่${what.th} — ${RESTORE.th}`,
      en: `${name}, line ${line}, column ${column}: "${value}" is not ${what.en} — ${RESTORE.en}`,
    }),
    want: {
      date: TYPE_WORDS.DATE,
      province: { th: 'จังหวัดที่รู้จัก', en: 'a known province' },
      type: (type: ColumnType): LocalText => TYPE_WORDS[type],
    },
    demoCaveat: (dates: readonly string[]): LocalText => ({
      th: `ข้อมูลวันที่ ${dates[0] ?? ''} ถึง ${dates[dates.length - 1] ?? ''} มาจากชุดข้อมูลสาธิตเดิม ไม่ใช่ตัวเลขจริง`,
      en: `figures dated ${dates[0] ?? ''} to ${dates[dates.length - 1] ?? ''} are the earlier demo data, not real figures`,
    }),
    warnings: (counts: HistoryCounts): LocalText[] => historyWarnings(name, counts),
  };
}

function historyWarnings(name: string, counts: HistoryCounts): LocalText[] {
  const out: LocalText[] = [];
  const { oldRows, keptDates } = counts;
  if (oldRows > 0) {
    const span = `${keptDates[0] ?? ''} – ${keptDates[keptDates.length - 1] ?? ''}`;
    out.push({
      th: `${name}: เก็บข้อมูลเดิม ${oldRows} แถว ของ ${keptDates.length} วันที่ที่ไฟล์ใหม่ไม่มี (${span})`,
      en: `${name}: kept ${oldRows} rows of the ${keptDates.length} earlier date(s) the new files do not have (${span})`,
    });
  }
  for (const [date, n] of [...counts.replaced].sort(([a], [b]) => a.localeCompare(b))) {
    out.push({
      th: `${name}: แทนที่ข้อมูลเดิม ${n} แถวของวันที่ ${date} ด้วยข้อมูลใหม่`,
      en: `${name}: replaced ${n} rows of ${date}`,
    });
  }
  if (counts.dropped.length > 0) {
    const list = counts.dropped.join(', ');
    out.push({
      th: `${name}: ตัดคอลัมน์ ${list} ออก — ไฟล์ใหม่ไม่มีและไม่มีตัวชี้วัดใดใช้`,
      en: `${name}: column(s) ${list} dropped — the new files do not have them and no measure names them`,
    });
  }
  if (oldRows > 0 && counts.emptyForOld.length > 0) {
    const list = counts.emptyForOld.join(', ');
    out.push({
      th: `${name}: คอลัมน์ ${list} ว่างใน ${oldRows} แถวเดิม (ไฟล์เดิมไม่มีคอลัมน์นี้)`,
      en: `${name}: column(s) ${list} empty in the ${oldRows} earlier rows (the published file has none)`,
    });
  }
  return out;
}
