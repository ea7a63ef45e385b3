import { describe, expect, it } from 'vitest';
import type { DatasetDef, Provenance } from '../../data/manifest/manifest-types';
import { datasetQuality, vaccinationByProvince } from '../../data/queries';
import { createNativeEngine } from '../../data/testing/engines';
import { testDataset, testRegistry } from '../../data/testing/fixtures';
import { VACCINATION_FAULTS_CSV } from '../../data/testing/query-fixtures';
import { engineWithCsvTables } from '../../data/testing/query-harness';
import type { Lang } from '../../i18n/messages';
import { initialAppState, type AppState } from '../app/app-state';
import { provinceCard } from '../card/province-card';
import { selectViewModels } from '../models/view-model-selectors';
import { QUERY_KEYS } from '../queries/view-queries';
import {
  caveatLines,
  caveatNamesProvince,
  provenanceHashes,
  provenanceText,
  provinceCaveats,
  shortCaveat,
} from './dataset-caveats';
import { qualityQueryKey } from './quality-queries';

const MISSING_TH = 'ไม่มีข้อมูลของ 6 จังหวัด: กระบี่, ตาก, น่าน, แพร่, เลย, ยะลา';
const MISSING_EN = 'no data for 6 province(s): Krabi, Tak, Nan, Phrae, Loei, Yala';
const OVER_TH =
  'กรุงเทพมหานคร: ความครอบคลุมเกินร้อยละ 100 — กระทรวงสาธารณสุขนับการฉีดตามสถานที่ฉีด แต่ประชากรนับตามทะเบียนบ้าน';
const OVER_EN =
  'กรุงเทพมหานคร: coverage over 100 % — MOPH counts doses where they were given, DOPA counts people where they are registered, so people who work or live there unregistered push the figure up';
const SNAPSHOT = { th: 'ข้อมูลมีวันเดียว (2022-03-05)', en: 'one snapshot only (2022-03-05)' };

const PROVENANCE: Provenance = {
  // 20:30 UTC is the next morning in Bangkok.
  ingestedAt: '2026-12-07T20:30:00Z',
  adapter: 'moph-vaccination',
  files: [
    { name: 'moph-2022-03-05.csv', sha256: '0123456789abcdef'.repeat(4), bytes: 5120 },
    { name: 'moph-2021-11-28.csv', sha256: 'fedcba9876543210'.repeat(4), bytes: 5004 },
  ],
};

function ingested(base: DatasetDef): DatasetDef {
  return {
    ...base,
    demo: false,
    caveats: [{ th: OVER_TH, en: OVER_EN }, { th: MISSING_TH, en: MISSING_EN }, SNAPSHOT],
    provenance: PROVENANCE,
  };
}

describe('shortCaveat', () => {
  it('cuts a long list of provinces to the first three and the count of the rest', () => {
    expect(shortCaveat(MISSING_TH, 'th')).toBe('ไม่มีข้อมูลของ 6 จังหวัด: กระบี่, ตาก, น่าน และอีก 3');
    expect(shortCaveat(MISSING_EN, 'en')).toBe(
      'no data for 6 province(s): Krabi, Tak, Nan and 3 more',
    );
  });

  it('keeps a short list and prose with commas as they are', () => {
    expect(shortCaveat('Krabi, Tak: no rows', 'en')).toBe('Krabi, Tak: no rows');
    expect(shortCaveat(OVER_EN.slice(0, 120), 'en')).toBe(OVER_EN.slice(0, 120));
  });

  it('cuts a long text at a space, with an ellipsis; the whole stays in caveatLines', () => {
    const short = shortCaveat(OVER_EN, 'en');
    expect(short).toBe(
      'กรุงเทพมหานคร: coverage over 100 % — MOPH counts doses where they were given, DOPA counts people where they are registered, so people who…',
    );
    const lines = caveatLines(ingested(testDataset('vaccination')), 'en');
    expect(lines.map((line) => line.full)).toEqual([OVER_EN, MISSING_EN, SNAPSHOT.en]);
    expect(lines[0]?.short).toBe(short);
  });
});

describe('caveatNamesProvince', () => {
  it('finds a Thai or an English name as a whole list item only', () => {
    const missing = { th: MISSING_TH, en: MISSING_EN };
    expect(caveatNamesProvince(missing, 54)).toBe(true); // แพร่ · Phrae
    expect(caveatNamesProvince(missing, 42)).toBe(true); // เลย · Loei
    expect(caveatNamesProvince(missing, 10)).toBe(false);
    // "เผยแพร่" (publish) and "ไม่เลย" hold แพร่ and เลย, but do not name Phrae nor Loei.
    const prose = { th: 'เผยแพร่ทุกสัปดาห์ ไม่เลยกำหนด', en: 'published weekly' };
    expect(caveatNamesProvince(prose, 54)).toBe(false);
    expect(caveatNamesProvince(prose, 42)).toBe(false);
    expect(caveatNamesProvince({ th: OVER_TH, en: OVER_EN }, 10)).toBe(true);
    expect(caveatNamesProvince({ th: 'x', en: 'Bangkok: over 100 %' }, 10)).toBe(true);
  });

  it('gives a card all caveats when there are two or fewer, else those naming it', () => {
    const def = ingested(testDataset('vaccination'));
    expect(provinceCaveats(def, 10).map((c) => c.en)).toEqual([OVER_EN]);
    expect(provinceCaveats(def, 54).map((c) => c.en)).toEqual([MISSING_EN]);
    expect(provinceCaveats(def, 50)).toEqual([]);
    const few = { ...def, caveats: [SNAPSHOT] };
    expect(provinceCaveats(few, 50)).toEqual([SNAPSHOT]);
    expect(provinceCaveats(testDataset('vaccination'), 10)).toEqual([]);
  });
});

describe('provenance in words', () => {
  it('says when (Bangkok date) and from which files, with 12 hex digits of each hash', () => {
    expect(provenanceText(PROVENANCE, 'th')).toBe(
      'นำเข้าเมื่อ 8 ธ.ค. 2569 จาก 2 ไฟล์ (moph-2022-03-05.csv, moph-2021-11-28.csv)',
    );
    expect(provenanceText(PROVENANCE, 'en')).toBe(
      'ingested 8 Dec 2026 (BE 2569) from 2 files (moph-2022-03-05.csv, moph-2021-11-28.csv)',
    );
    const one = { ...PROVENANCE, files: PROVENANCE.files.slice(0, 1) };
    expect(provenanceText(one, 'en')).toBe(
      'ingested 8 Dec 2026 (BE 2569) from 1 file (moph-2022-03-05.csv)',
    );
    expect(provenanceHashes(PROVENANCE)).toBe(
      'SHA-256 0123456789ab (moph-2022-03-05.csv), fedcba987654 (moph-2021-11-28.csv)',
    );
    expect(provenanceText(undefined, 'th')).toBeNull();
    expect(provenanceHashes(undefined)).toBeNull();
  });
});

describe('an ingested vaccination dataset, through the state models', () => {
  const registry = testRegistry();
  const db = engineWithCsvTables(createNativeEngine, { vaccination: VACCINATION_FAULTS_CSV });

  async function stateWith(
    province: number | null,
    def: DatasetDef,
    lang: Lang = 'th',
  ): Promise<AppState> {
    const initial = initialAppState();
    return {
      ...initial,
      lang,
      datasets: [def],
      url: { ...initial.url, lang, province, layers: ['vaccination'] },
      results: {
        [QUERY_KEYS.vaccinationByProvince]: await db.table(vaccinationByProvince(registry)),
        [qualityQueryKey('vaccination')]: await db.table(datasetQuality(registry, 'vaccination')),
      },
    };
  }

  it('the legend carries the caveats and provenance, no demo label', async () => {
    const def = ingested(testDataset('vaccination'));
    const legend = selectViewModels(await stateWith(null, def, 'en')).layers[0]?.legend;
    expect(legend?.demo).toBe(false);
    expect(legend?.caveats?.map((c) => c.full)).toEqual([OVER_EN, MISSING_EN, SNAPSHOT.en]);
    expect(legend?.provenance).toBe(
      'ingested 8 Dec 2026 (BE 2569) from 2 files (moph-2022-03-05.csv, moph-2021-11-28.csv)',
    );
    expect(legend?.hashes).toBe(
      'SHA-256 0123456789ab (moph-2022-03-05.csv), fedcba987654 (moph-2021-11-28.csv)',
    );
    const demo = selectViewModels(await stateWith(null, testDataset('vaccination'))).layers[0];
    expect(demo?.legend?.demo).toBe(true);
    expect(demo?.legend?.caveats).toBeUndefined();
    expect(demo?.legend?.provenance).toBeUndefined();
  });

  it('says Bangkok over 100 % once: the manifest caveat replaces the built-in one', async () => {
    const def = ingested(testDataset('vaccination'));
    const legend = selectViewModels(await stateWith(null, def)).layers[0]?.legend;
    // Without the manifest's caveat the note ends "; 1 จังหวัดเกิน 100 %" (data-quality.test.ts).
    expect(legend?.qualityNote).toBe(
      'คุณภาพข้อมูล: ตัด 4 แถว (รหัสจังหวัดไม่รู้จัก 2, ซ้ำ 2); 4 จังหวัดข้อมูลผิดปกติ (ไม่นับรวม)',
    );
    const card = provinceCard(await stateWith(10, def));
    const row = card?.rows.find((r) => r.id === 'vaccination');
    expect(row?.valueText).toBe('110.0 %');
    expect(row?.flag).toMatchObject({ kind: 'caveat', text: OVER_TH, fromManifest: true });
    // The row's flag says it; the card's caveat list does not say it again.
    expect(card?.caveats).toEqual([]);
  });

  it("a province's card lists the caveats that name it, the whole text", async () => {
    const def = ingested(testDataset('vaccination'));
    const card = provinceCard(await stateWith(54, def, 'en'));
    expect(card?.caveats).toEqual([
      { id: 'vaccination', label: 'Dataset vaccination', text: MISSING_EN },
    ]);
  });
});
