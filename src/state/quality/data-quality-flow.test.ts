/**
 * The whole data flow on the demo data with the vaccination file of issue 19 swapped in: the
 * declared quality query runs beside the map's, and the legend, card and KPI say what they left out.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProvincePreview } from '../../data/manifest/manifest-types';
import { PROVINCES } from '../../data/places/provinces';
import { createWasmNodeEngine } from '../../data/testing/engines';
import type { DataCoordinator } from '../../data/engine/coordinator';
import { markReady, selectProvince, setAnchors } from '../app/actions';
import { createAppStore, type AppStore } from '../app/app-state';
import { startDataFlow } from '../app/data-flow';
import { PUBLIC_DATA_URL, publicDataFetch } from '../testing/public-data';
import { selectViewModels } from '../models/view-model-selectors';

const preview = JSON.parse(
  readFileSync('public/data/vaccination-latest.json', 'utf8'),
) as ProvincePreview;

/**
 * The demo's newest week with the measured faults: Bangkok at 105 % dose 2, Nakhon Ratchasima's
 * dose 2 negative, Chiang Mai's population 0, Songkhla's dose 2 at 50x its population, Khon Kaen
 * given twice, and rows for codes 99 and 0.
 */
function faultyCsv(): { csv: string; rows: number; nationalPercent: number } {
  const lines = ['province_code,week_end,population,dose1,dose2,dose3'];
  let dose2Sum = 0;
  let populationSum = 0;
  for (const r of preview.rows) {
    const code = r.province_code;
    let { population, dose1, dose2 } = r;
    if (code === 10) [dose1, dose2] = [Math.round(population * 1.1), Math.round(population * 1.05)];
    if (code === 30) dose2 = -500_000;
    if (code === 50) population = 0;
    if (code === 90) [dose1, dose2] = [population * 50, population * 50];
    const line = `${code},${preview.asOf},${population},${dose1},${dose2},${r.dose3}`;
    lines.push(line);
    if (code === 40) lines.push(line);
    if (code !== 30 && code !== 50 && code !== 90) {
      dose2Sum += dose2;
      populationSum += population;
    }
  }
  lines.push(`99,${preview.asOf},5000000,4000000,3000000,0`, `0,${preview.asOf},3000000,0,0,0`);
  return {
    csv: `${lines.join('\n')}\n`,
    rows: lines.length - 1,
    nationalPercent: (100 * dose2Sum) / populationSum,
  };
}

const faulty = faultyCsv();
let store: AppStore;
let coordinator: DataCoordinator | null = null;

async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  while (store.getState().queriesRunning) await new Promise((resolve) => setTimeout(resolve, 5));
}

beforeAll(async () => {
  const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
    datasets: Record<string, unknown>[];
  };
  const datasets = manifest.datasets.map((d) =>
    d.id === 'vaccination'
      ? { ...d, file: 'vaccination-faults.csv', format: 'csv', rows: faulty.rows }
      : d,
  );
  const bytes = (text: string) => new TextEncoder().encode(text);
  store = createAppStore();
  store.subscribe(() => {
    if (store.getState().vaccination) markReady(store);
  });
  setAnchors(store, new Map(PROVINCES.map((p) => [p.code, [100, 14] as const])));
  const started = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
    fetch: publicDataFetch({
      'manifest.json': bytes(JSON.stringify({ ...manifest, datasets })),
      'vaccination-faults.csv': bytes(faulty.csv),
    }),
    createEngine: createWasmNodeEngine,
  });
  if (!started) throw new Error('the data flow did not start');
  coordinator = started;
  await started.whenReady('vaccination');
  selectProvince(store, 30);
  await settled();
  return async () => {
    await coordinator?.close();
  };
});

describe('a vaccination file with impossible values, through the data flow', () => {
  const NOTE =
    'คุณภาพข้อมูล: ตัด 3 แถว (รหัสจังหวัดไม่รู้จัก 2, ซ้ำ 1); 3 จังหวัดข้อมูลผิดปกติ (ไม่นับรวม); 1 จังหวัดเกิน 100 %';

  it('the legend carries the note; the map has a value for the 74 sound provinces', () => {
    const layer = selectViewModels(store.getState()).layers.find((l) => l.id === 'vaccination');
    expect(layer?.legend?.qualityNote).toBe(NOTE);
    if (layer?.drawing.kind !== 'choropleth') throw new Error('vaccination draws a choropleth');
    expect(layer.drawing.valueByCode.size).toBe(74);
    expect(layer.drawing.valueByCode.get(10)).toBeCloseTo(105, 3);
  });

  it('the national KPI adds up only the sound provinces', () => {
    const tile = selectViewModels(store.getState()).kpis.find((k) => k.id === 'vaccination');
    expect(tile?.value).toBeCloseTo(faulty.nationalPercent, 9);
  });

  it("Nakhon Ratchasima's card: ข้อมูลผิดปกติ with the reason, and the note", () => {
    const card = selectViewModels(store.getState()).card;
    const row = card?.rows.find((r) => r.id === 'vaccination');
    expect(row?.valueText).toBe('ข้อมูลผิดปกติ');
    expect(row?.flag?.reason).toBe('negative');
    expect(card?.qualityNotes.map((note) => note.text)).toEqual([NOTE]);
  });
});
