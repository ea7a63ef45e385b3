import { describe, expect, it } from 'vitest';
import { datasetQuality, vaccinationByProvince } from '../../data/queries';
import { createNativeEngine } from '../../data/testing/engines';
import { testDataset, testRegistry } from '../../data/testing/fixtures';
import { VACCINATION_FAULTS_CSV } from '../../data/testing/query-fixtures';
import { engineWithCsvTables } from '../../data/testing/query-harness';
import type { Lang } from '../../i18n/messages';
import { initialAppState, type AppState } from '../app/app-state';
import { qualityNoteText, vaccinationFlags, type DatasetQuality } from './data-quality';
import { kpiTiles } from '../kpis/kpi-models';
import { coverageByProvince } from '../layers/layer-models';
import { provinceCard } from '../card/province-card';
import { qualityQueryKey } from './quality-queries';
import { selectViewModels } from '../models/view-model-selectors';
import { QUERY_KEYS } from '../queries/view-queries';

const registry = testRegistry();
const NONE: DatasetQuality = {
  totalRows: 10,
  unknownProvince: 0,
  duplicate: 0,
  negative: 0,
  noDenominator: 0,
};

describe('qualityNoteText', () => {
  it('is null when nothing is wrong', () => {
    expect(qualityNoteText('poverty', NONE, new Map(), 'th')).toBeNull();
    expect(qualityNoteText('vaccination', null, new Map(), 'en')).toBeNull();
  });

  it('counts the rows a dataset leaves out and the duplicates it still sums', () => {
    const quality = { ...NONE, unknownProvince: 2, duplicate: 3, negative: 1 };
    expect(qualityNoteText('complaints', quality, new Map(), 'th')).toBe(
      'คุณภาพข้อมูล: ตัด 3 แถว (รหัสจังหวัดไม่รู้จัก 2, ค่าติดลบ 1); แถวซ้ำ 3 แถว (ยังนับรวม)',
    );
    expect(qualityNoteText('complaints', quality, new Map(), 'en')).toBe(
      'Data quality: 3 rows left out (unknown province code 2, negative 1); 3 duplicate rows (still counted)',
    );
  });
});

describe('the first-paint preview, before DuckDB answers', () => {
  it('draws no impossible value either', () => {
    const row = (code: number, population: number, dose2: number) => ({
      code,
      weekEnd: '2024-01-14',
      population,
      dose1: dose2,
      dose2,
      dose3: 0,
    });
    const state: AppState = {
      ...initialAppState(),
      vaccination: {
        asOf: '2024-01-14',
        origin: 'preview',
        rows: [
          row(10, 1000, 1100),
          row(20, 1500, 900),
          row(30, 2000, -380),
          row(50, 0, 400),
          row(90, 400, 20000),
          row(99, 5000, 3000),
        ],
      },
    };
    expect([...coverageByProvince(state, 'dose2_pct')]).toEqual([
      [10, 110],
      [20, 60],
    ]);
  });
});

describe('vaccination with impossible values, through the state models', () => {
  const db = engineWithCsvTables(createNativeEngine, { vaccination: VACCINATION_FAULTS_CSV });

  async function stateWith(province: number | null, lang: Lang = 'th'): Promise<AppState> {
    const initial = initialAppState();
    return {
      ...initial,
      lang,
      datasets: [testDataset('vaccination')],
      url: { ...initial.url, lang, province, layers: ['vaccination'] },
      results: {
        [QUERY_KEYS.vaccinationByProvince]: await db.table(vaccinationByProvince(registry)),
        [qualityQueryKey('vaccination')]: await db.table(datasetQuality(registry, 'vaccination')),
      },
    };
  }

  it('the legend notes the rows left out and the provinces flagged', async () => {
    const state = await stateWith(null);
    const legend = selectViewModels(state).layers[0]?.legend;
    expect(legend?.qualityNote).toBe(
      'คุณภาพข้อมูล: ตัด 4 แถว (รหัสจังหวัดไม่รู้จัก 2, ซ้ำ 2); 4 จังหวัดข้อมูลผิดปกติ (ไม่นับรวม); 1 จังหวัดเกิน 100 %',
    );
    const english = selectViewModels(await stateWith(null, 'en')).layers[0]?.legend;
    expect(english?.qualityNote).toBe(
      'Data quality: 4 rows left out (unknown province code 2, duplicate 2); provinces with impossible values (not counted): 4; provinces over 100 %: 1',
    );
  });

  it('flags each province by reason; the map draws no value for the impossible ones', async () => {
    const state = await stateWith(null, 'en');
    const flags = vaccinationFlags(state);
    expect([...flags].map(([code, flag]) => [code, flag.kind, flag.reason])).toEqual([
      [10, 'caveat', 'over_population'],
      [30, 'anomaly', 'negative'],
      [50, 'anomaly', 'no_population'],
      [83, 'anomaly', 'conflicting_duplicates'],
      [90, 'anomaly', 'implausible'],
    ]);
    expect(flags.get(90)?.text).toBe(
      'Doses above 200 % of the population — left out of the national and regional figures; check the source file',
    );
    // The layer is src/datasets/vaccination's, drawn through the selector.
    const layer = selectViewModels(state).layers[0]?.drawing;
    if (layer?.kind !== 'choropleth') throw new Error('choropleth expected');
    expect([...layer.valueByCode.keys()]).toEqual([10, 20, 40]);
    expect(layer.legend?.notes.map((note) => note.label)).toContain('No data / Impossible value');
    expect(layer.flagByCode.get(30)?.kind).toBe('anomaly');
  });

  it('the national KPI is 71.1 %: the sound provinces only', async () => {
    const tile = kpiTiles(await stateWith(null)).find((t) => t.id === 'vaccination');
    expect(tile?.value).toBeCloseTo((100 * 3200) / 4500, 10);
    expect(tile?.valueText).toBe('71.1 %');
  });

  it("Nakhon Ratchasima's card shows ข้อมูลผิดปกติ with its reason, not −19.0 %", async () => {
    const card = provinceCard(await stateWith(30));
    const row = card?.rows.find((r) => r.id === 'vaccination');
    expect(row?.valueText).toBe('ข้อมูลผิดปกติ');
    expect(row?.flag?.text).toBe('จำนวนติดลบ — ไม่นับรวมในตัวเลขระดับประเทศและภาค ตรวจสอบแฟ้มต้นทาง');
    // The north-east counts Khon Kaen only (1,200 of 2,000); the country 3,200 of 4,500.
    expect(row?.regionText).toBe('60.0 %');
    expect(row?.nationalText).toBe('71.1 %');
    expect(card?.qualityNotes).toEqual([
      {
        id: 'vaccination',
        label: 'วัคซีนโควิด-19',
        text: 'คุณภาพข้อมูล: ตัด 4 แถว (รหัสจังหวัดไม่รู้จัก 2, ซ้ำ 2); 4 จังหวัดข้อมูลผิดปกติ (ไม่นับรวม); 1 จังหวัดเกิน 100 %',
      },
    ]);
  });

  it("Bangkok's card shows 110.0 % with the over-100 % caveat", async () => {
    const row = provinceCard(await stateWith(10))?.rows.find((r) => r.id === 'vaccination');
    expect(row?.valueText).toBe('110.0 %');
    expect(row?.flag).toMatchObject({
      kind: 'caveat',
      text: 'เกิน 100 %: นับวัคซีนตามสถานที่ฉีด แต่นับประชากรตามทะเบียนบ้าน',
    });
  });
});
