import { describe, expect, it } from 'vitest';
import type { MapLayerSpec, SpecLegend } from '../../map/layer-spec';
import type { ChoroplethModel, LegendModel } from '../../state/models/view-models';
import {
  caveatNoteLines,
  layoutLegendEntry,
  pageLegendEntries,
  placeLegends,
  qualityNoteLines,
  userSourceLines,
  type LegendMark,
  type PageLegendEntry,
} from './legend-layout';
import { PAGE_COLOURS } from './page-colours';

/** Every character half as wide as the type is tall: a stand-in for the canvas's measure. */
const widthOf = (text: string, px: number) => Array.from(text).length * px * 0.5;

const NOTE = 'คุณภาพข้อมูล: ตัด 12 แถว (รหัสจังหวัดไม่รู้จัก 7, ซ้ำ 5); 3 จังหวัดข้อมูลผิดปกติ; 1 จังหวัดเกิน 100 %';

function legend(extra: Partial<LegendModel> = {}): LegendModel {
  return {
    layerId: 'vaccination',
    title: 'ความครอบคลุมวัคซีน',
    unit: '%',
    classes: [
      { colour: [255, 0, 0], label: '< 56' },
      { colour: [0, 0, 255], label: '≥ 56' },
    ],
    notes: [{ colour: [128, 128, 128], label: 'ไม่มีข้อมูล' }],
    source: 'กรมควบคุมโรค',
    licence: 'CC0-1.0',
    asOf: '2021-11-28',
    demo: true,
    ...extra,
  };
}

const USER_LEGEND: SpecLegend = {
  title: 'clinics.csv',
  unit: 'จุด 3 จุด',
  symbol: 'dot',
  swatches: [{ colour: [230, 159, 0], label: 'จุด 3 จุด' }],
  source: 'ไฟล์ของผู้ใช้ · your file: clinics.csv',
};

const texts = (marks: readonly LegendMark[]) =>
  marks.flatMap((mark) => (mark.kind === 'text' ? [mark] : []));

describe('briefing legend layout', () => {
  it('wraps the data-quality note in full under the swatches, never cut with "…"', () => {
    const entry: PageLegendEntry = {
      kind: 'dataset',
      legend: legend({ qualityNote: NOTE }),
      bivariate: null,
    };
    const { marks } = layoutLegendEntry(entry, 10, 20, 200, 1, 'th', widthOf);
    const noteLines = texts(marks).filter((m) => m.colour === PAGE_COLOURS.demo && !m.bold);
    expect(noteLines.length).toBeGreaterThan(2);
    expect(noteLines.every((m) => !m.cut && !m.text.includes('…'))).toBe(true);
    expect(noteLines.every((m) => widthOf(m.text, m.px) <= 200)).toBe(true);
    expect(
      noteLines
        .map((m) => m.text)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(NOTE.replace(/\s/g, ''));
    // In LegendView's order: title, unit, swatches, the note, the demo label, the as-of date.
    const order = texts(marks).map((m) => m.text);
    expect(order.slice(0, 5)).toEqual(['ความครอบคลุมวัคซีน', '%', '< 56', '≥ 56', 'ไม่มีข้อมูล']);
    expect(order.slice(5, 5 + noteLines.length)).toEqual(noteLines.map((m) => m.text));
    expect(order.slice(5 + noteLines.length)).toEqual([
      'ข้อมูลสาธิต · Demo data',
      'ข้อมูล ณ 28 พ.ย. 2564',
    ]);
  });

  it('gives a legend without a quality note no note lines and less height', () => {
    const clean: PageLegendEntry = { kind: 'dataset', legend: legend(), bivariate: null };
    const noted: PageLegendEntry = {
      kind: 'dataset',
      legend: legend({ qualityNote: NOTE }),
      bivariate: null,
    };
    const without = layoutLegendEntry(clean, 0, 0, 200, 1, 'th', widthOf);
    const withNote = layoutLegendEntry(noted, 0, 0, 200, 1, 'th', widthOf);
    expect(texts(without.marks).filter((m) => m.colour === PAGE_COLOURS.demo && !m.bold)).toEqual(
      [],
    );
    const noteLines = texts(withNote.marks).length - texts(without.marks).length;
    expect(withNote.height - without.height).toBeCloseTo(noteLines * 15 * 1.3, 6);
  });

  it('keys a user points layer with its name, a dot in its colour and its source', () => {
    const { marks } = layoutLegendEntry(
      { kind: 'user', legend: USER_LEGEND },
      0,
      0,
      300,
      1,
      'th',
      widthOf,
    );
    expect(texts(marks).map((m) => m.text)).toEqual([
      'clinics.csv',
      'จุด 3 จุด',
      'จุด 3 จุด',
      'ไฟล์ของผู้ใช้ · your file: clinics.csv',
    ]);
    const swatches = marks.filter((m) => m.kind === 'swatch');
    expect(swatches).toHaveLength(1);
    // Below the title (21 px × 1.3), the unit (16 px × 1.3), a 6 px gap and the row's 3 px inset.
    expect(swatches[0]).toMatchObject({
      x: 0,
      size: 30,
      height: 18,
      colour: '#e69f00',
      shape: 'dot',
    });
    expect(swatches[0]?.y).toBeCloseTo(27.3 + 20.8 + 6 + 3, 6);
  });

  it('shrinks the legends together to fit, then leaves out those that still do not', () => {
    const entries: PageLegendEntry[] = [
      { kind: 'user', legend: USER_LEGEND },
      { kind: 'dataset', legend: legend({ qualityNote: NOTE }), bivariate: null },
    ];
    const roomy = placeLegends(
      entries,
      { x: 5, y: 10, width: 300, height: 2000 },
      2,
      'th',
      widthOf,
    );
    expect(roomy).toMatchObject({ drawn: 2, fit: 1 });
    const tight = placeLegends(entries, { x: 5, y: 10, width: 300, height: 200 }, 2, 'th', widthOf);
    expect(tight.fit).toBe(0.55);
    expect(tight.drawn).toBe(1);
    for (const mark of tight.marks) {
      const bottom =
        mark.kind === 'text' ? mark.baseline : mark.y + (mark.kind === 'swatch' ? mark.height : 0);
      expect(bottom).toBeLessThanOrEqual(211);
    }
  });
});

describe('briefing legend entries', () => {
  const spec = (key: string, visible: boolean, title?: string): MapLayerSpec => ({
    kind: 'choropleth',
    key,
    visible,
    opacity: 1,
    choropleth: { colourByCode: new Map(), outlinedCodes: new Set() } satisfies ChoroplethModel,
    ...(title === undefined ? {} : { ownLegend: () => ({ ...USER_LEGEND, title }) }),
  });

  it('lists the visible user layers first, top first, then the datasets top first', () => {
    const entries = pageLegendEntries(
      [
        { legend: legend({ title: 'ล่าง' }), bivariate: null },
        { legend: null, bivariate: null },
        { legend: legend({ title: 'บน' }), bivariate: null },
      ],
      [
        spec('user-1', true, 'a.csv'),
        spec('user-2', false, 'hidden.csv'),
        spec('user-3', true, 'b.csv'),
        spec('x', true),
      ],
      'th',
    );
    expect(entries.map((entry) => `${entry.kind}:${entry.legend.title}`)).toEqual([
      'user:b.csv',
      'user:a.csv',
      'dataset:บน',
      'dataset:ล่าง',
    ]);
    expect(userSourceLines(entries)).toEqual([
      'b.csv — ไฟล์ของผู้ใช้ · your file: clinics.csv',
      'a.csv — ไฟล์ของผู้ใช้ · your file: clinics.csv',
    ]);
  });

  it('puts each quality note in the slide notes with its layer', () => {
    expect(
      qualityNoteLines([legend({ qualityNote: NOTE }), legend({ title: 'อื่น', qualityNote: null })]),
    ).toEqual([`ความครอบคลุมวัคซีน: ${NOTE}`]);
  });

  it('draws each caveat short, in two lines at most, before the as-of date; no demo label', () => {
    const long = 'ไม่มีข้อมูลของ 5 จังหวัด: กระบี่, ตาก, น่าน และอีก 2 '.repeat(4).trim();
    const entry: PageLegendEntry = {
      kind: 'dataset',
      legend: legend({ demo: false, caveats: [{ short: long, full: `${long} (ทั้งหมด)` }] }),
      bivariate: null,
    };
    const order = texts(layoutLegendEntry(entry, 10, 20, 200, 1, 'th', widthOf).marks);
    const caveat = order.filter((m) => m.colour === PAGE_COLOURS.demo);
    expect(caveat).toHaveLength(2);
    const drawn = caveat
      .map((m) => m.text)
      .join('')
      .replace(/\s/g, '');
    expect(drawn.startsWith('⚠ไม่มีข้อมูลของ5จังหวัด:กระบี่')).toBe(true);
    expect(drawn.length).toBeLessThan(long.replace(/\s/g, '').length);
    expect(caveat.every((m) => m.cut)).toBe(true);
    expect(order.map((m) => m.text).slice(5)).toEqual([
      ...caveat.map((m) => m.text),
      'ข้อมูล ณ 28 พ.ย. 2564',
    ]);
  });

  it('puts each caveat in full and the provenance in the slide notes with its layer', () => {
    expect(
      caveatNoteLines([
        legend({
          caveats: [{ short: 'สั้น', full: 'กรุงเทพมหานคร: เกินร้อยละ 100' }],
          provenance: 'นำเข้าเมื่อ 8 ธ.ค. 2569 จาก 1 ไฟล์ (a.csv)',
          hashes: 'SHA-256 0123456789ab (a.csv)',
        }),
        legend({ title: 'อื่น' }),
      ]),
    ).toEqual([
      'ความครอบคลุมวัคซีน: ⚠ กรุงเทพมหานคร: เกินร้อยละ 100',
      'ความครอบคลุมวัคซีน: นำเข้าเมื่อ 8 ธ.ค. 2569 จาก 1 ไฟล์ (a.csv) · SHA-256 0123456789ab (a.csv)',
    ]);
  });
});
