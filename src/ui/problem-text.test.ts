import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProblemText } from './ErrorDetails';
import { explainProblem } from './problem-text';

const CATALOG =
  'vaccination-by-province: Catalog Error: Table with name vaccination does not exist! Did you mean "pg_description"?';
const MISSING =
  'vaccination-by-province: dataset vaccination has no data yet: vaccination.parquet did not load (vaccination.parquet: not a readable Parquet file (unreachable))';

describe('explainProblem', () => {
  it('words a query on a dataset whose file failed as that dataset and file, Thai first', () => {
    expect(explainProblem(MISSING, 'th')).toEqual({
      text: 'ชุดข้อมูล vaccination ยังไม่มีข้อมูล: ไฟล์ vaccination.parquet โหลดไม่สำเร็จ — ตรวจสอบหรือส่งไฟล์ใหม่ ระบบจะลองโหลดอีกครั้งเอง',
      detail: MISSING,
    });
    expect(explainProblem(MISSING, 'en').text).toBe(
      'Dataset vaccination has no data yet: file vaccination.parquet failed to load. Check or resend the file; it will be tried again automatically.',
    );
  });

  it("never shows DuckDB's Catalog Error as it is", () => {
    expect(explainProblem(CATALOG, 'th')).toEqual({
      text: 'ชุดข้อมูล vaccination ยังไม่มีข้อมูล: ไฟล์ของชุดข้อมูลนี้โหลดไม่สำเร็จ — ตรวจสอบไฟล์ ระบบจะลองโหลดอีกครั้งเอง',
      detail: CATALOG,
    });
  });

  it.each([
    [
      'vaccination.parquet: not a readable Parquet file (unreachable)',
      'ไฟล์ vaccination.parquet เสียหายหรืออ่านไม่ได้ จึงไม่ถูกโหลด — ส่งไฟล์ใหม่ ชุดข้อมูลอื่นยังแสดงตามปกติ',
    ],
    [
      'bomb.parquet: declares 60000000 rows, more than 5000000 allowed by the default limit; it was not decoded. Check the file, or set its rows in the manifest',
      'ไฟล์ bomb.parquet ขยายแล้วใหญ่เกินขีดจำกัด จึงไม่ถูกโหลด — ตรวจสอบไฟล์ หรือระบุจำนวนแถว (rows) ใน manifest',
    ],
    [
      'complaints.parquet: loading it stopped the database (worker terminated); it is not loaded again until the file changes',
      'ไฟล์ complaints.parquet ทำให้ฐานข้อมูลหยุดทำงาน จึงไม่โหลดซ้ำจนกว่าไฟล์จะเปลี่ยน — ตรวจสอบไฟล์แล้วเผยแพร่ใหม่',
    ],
    [
      'poverty.parquet: could not replace table "poverty" (Conversion Error: Could not convert string)',
      'ไฟล์ poverty.parquet โหลดไม่สำเร็จ — ตรวจสอบไฟล์ ระบบจะลองโหลดอีกครั้งเอง',
    ],
    [
      'complaints-by-province: Binder Error: Referenced column "x" not found',
      'คำนวณ "complaints-by-province" ไม่สำเร็จ — ลองโหลดหน้าใหม่ หากยังเกิดซ้ำให้แจ้งผู้ดูแลระบบ',
    ],
    [
      'RuntimeError: memory access out of bounds',
      'ฐานข้อมูลตอบกลับด้วยข้อผิดพลาด — ลองโหลดหน้าใหม่ หากยังเกิดซ้ำให้แจ้งผู้ดูแลระบบ',
    ],
  ])('words %s', (raw, thai) => {
    expect(explainProblem(raw, 'th')).toEqual({ text: thai, detail: raw });
  });

  it('leaves a line that is already clear as it is, with no details', () => {
    const clear = 'poverty.parquet: has no rows';
    expect(explainProblem(clear, 'th')).toEqual({ text: clear, detail: null });
  });
});

describe('ProblemText', () => {
  it('shows each line as a sentence and keeps the raw error, escaped, in a closed fold', () => {
    const html = renderToStaticMarkup(
      createElement(ProblemText, { text: `${CATALOG}\n<b>not html</b>`, lang: 'en' }),
    );
    expect(html).toBe(
      '<div class="problem"><p class="problem-text">Dataset vaccination has no data yet: its file failed to load. Check the file; it will be tried again automatically.</p>' +
        '<details class="problem-details"><summary>Details</summary><code>vaccination-by-province: Catalog Error: Table with name vaccination does not exist! Did you mean &quot;pg_description&quot;?</code></details></div>' +
        '<div class="problem"><p class="problem-text">&lt;b&gt;not html&lt;/b&gt;</p></div>',
    );
  });
});
