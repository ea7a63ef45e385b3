import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import { mapNotices } from './page-notices';

describe('the exported map notices', () => {
  it('says nothing when every layer is drawn', () => {
    expect(mapNotices([{ id: 'vaccination', outcome: 'drawn' }], 'th')).toEqual([]);
  });

  it('says the view shows nothing when no layer has a province that passes', () => {
    expect(mapNotices([{ id: 'complaints', outcome: 'empty' }], 'th')).toEqual([
      'ไม่มีจังหวัดที่ผ่านเงื่อนไข',
    ]);
    expect(mapNotices([{ id: 'complaints', outcome: 'empty' }], 'en')).toEqual([
      'No province meets the filters',
    ]);
  });

  it('names the empty, missing and unfinished layers beside drawn ones', () => {
    expect(
      mapNotices(
        [
          { id: 'vaccination', outcome: 'drawn' },
          { id: 'complaints', outcome: 'empty' },
          { id: 'poverty', outcome: 'missing' },
          { id: 'households', outcome: 'waiting' },
        ],
        'th',
      ),
    ).toEqual([
      'เรื่องร้องเรียน ศูนย์ดำรงธรรม: ไม่มีจังหวัดที่ผ่านเงื่อนไข',
      'คนจนเป้าหมาย (TPMAP): ไม่มีข้อมูล (โหลดหรือคำนวณไม่สำเร็จ)',
      'ครัวเรือนสำรวจ (รวมกลุ่ม): ข้อมูลยังโหลดไม่เสร็จ',
    ]);
  });

  it('names an indicator layer by its manifest title', () => {
    const floods = {
      ...testDataset('poverty'),
      id: 'floods',
      title: { th: 'น้ำท่วม', en: 'Floods' },
    };
    expect(
      mapNotices(
        [
          { id: 'vaccination', outcome: 'drawn' },
          { id: 'floods', outcome: 'missing' },
        ],
        'en',
        [floods],
      ),
    ).toEqual(['Floods: no data (its file or query failed)']);
  });
});
