/** The SQL console guard's refusal texts, Thai first (kept here: src/i18n/messages.ts is not ours). */
import type { LocalText } from '../manifest/manifest-types';

const list = (names: readonly string[]): string => (names.length > 0 ? names.join(', ') : '-');

/** Every refusal the guard gives, each naming what it refused. */
export const GUARD_MESSAGES = {
  empty: (): LocalText => ({
    th: 'ยังไม่มีคำสั่ง: พิมพ์คำสั่ง SELECT',
    en: 'No query yet: type a SELECT query.',
  }),
  unterminated: (what: 'string' | 'quoted' | 'comment'): LocalText => {
    const th = { string: "ข้อความในเครื่องหมาย '", quoted: 'ชื่อในเครื่องหมาย "', comment: 'คอมเมนต์ /*' };
    const en = { string: "a ' string", quoted: 'a " quoted name', comment: 'a /* comment' };
    return { th: `${th[what]} ไม่ได้ปิด`, en: `${en[what]} is not closed.` };
  },
  multiple: (): LocalText => ({
    th: 'รันได้ทีละหนึ่งคำสั่ง: ลบ ; และคำสั่งที่ตามมาออก',
    en: 'One statement at a time: remove the ";" and what follows it.',
  }),
  notQuery: (word: string): LocalText => ({
    th: `คอนโซลนี้อ่านข้อมูลได้อย่างเดียว: ไม่อนุญาตคำสั่ง ${word} ใช้ SELECT`,
    en: `This console is read-only: ${word} is not allowed; use SELECT.`,
  }),
  forbidden: (word: string): LocalText => ({
    th: `คอนโซลนี้อ่านข้อมูลได้อย่างเดียว: ไม่อนุญาต ${word} (ถ้าเป็นชื่อคอลัมน์ ให้ใส่ในเครื่องหมาย "${word.toLowerCase()}")`,
    en: `This console is read-only: ${word} is not allowed (if it is a column name, write it in double quotes: "${word.toLowerCase()}").`,
  }),
  tableFunction: (name: string, tables: readonly string[]): LocalText => ({
    th: `ไม่อนุญาตฟังก์ชันตาราง ${name}(): คอนโซลอ่านได้เฉพาะตารางที่โหลดแล้ว (${list(tables)})`,
    en: `Table function ${name}() is not allowed: the console reads only the loaded tables (${list(tables)}).`,
  }),
  file: (text: string, tables: readonly string[]): LocalText => ({
    th: `ไม่อนุญาตให้อ่านไฟล์หรือ URL '${text}': คอนโซลอ่านได้เฉพาะตารางที่โหลดแล้ว (${list(tables)})`,
    en: `Reading the file or URL '${text}' is not allowed: the console reads only the loaded tables (${list(tables)}).`,
  }),
  unknownTable: (name: string, tables: readonly string[]): LocalText => ({
    th: `ไม่มีตาราง ${name} ในคอนโซล: ตารางที่ใช้ได้คือ ${list(tables)}`,
    en: `There is no table ${name} in the console: the tables are ${list(tables)}.`,
  }),
  qualified: (name: string): LocalText => ({
    th: `ใช้ชื่อตารางอย่างเดียว ไม่ต้องมีชื่อฐานข้อมูลหรือ schema นำหน้า: ${name}`,
    en: `Write the table name alone, without a database or schema: ${name}.`,
  }),
  cteName: (name: string): LocalText => ({
    th: `ชื่อ WITH ${name} ใช้ได้เฉพาะตัวอักษร ตัวเลข และ _`,
    en: `The WITH name ${name} may hold only letters, digits and _.`,
  }),
  brackets: (): LocalText => ({
    th: 'วงเล็บไม่ครบคู่',
    en: 'The brackets do not pair up.',
  }),
  unexpected: (text: string): LocalText => ({
    th: `อ่านคำสั่งไม่ได้ที่ ${text}: ตรงนี้ต้องเป็นชื่อตาราง`,
    en: `Cannot read the query at ${text}: a table name belongs here.`,
  }),
  failed: (reason: string): LocalText => ({
    th: `DuckDB รันคำสั่งไม่สำเร็จ: ${reason}`,
    en: `DuckDB could not run the query: ${reason}`,
  }),
} as const;
