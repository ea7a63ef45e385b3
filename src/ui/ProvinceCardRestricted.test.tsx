/**
 * Component tier: the province card's security complaints row (the restricted tier) in Chromium,
 * from the card model the state builds: จำกัดสิทธิ์ · restricted right under the complaints row
 * for a visitor the server refused, the province's figure once signed in.
 */
import { Int32, type Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { tableOfColumns, vectorOf } from '../data/formats/arrow-vectors';
import { RestrictedFileError } from '../data/refresh/restricted-file';
import { testDataset } from '../data/testing/fixtures';
import '../datasets';
import { SECURITY_BY_PROVINCE_KEY } from '../datasets/complaints/queries';
import { initialAppState, type AppState } from '../state/app/app-state';
import { provinceCard } from '../state/card/province-card';
import type { DatasetHealth } from '../state/freshness/freshness';
import { QUERY_KEYS } from '../state/queries/view-queries';
import { render } from '../testing-dom/render';
import { ProvinceCard } from './ProvinceCard';

/** Integer columns by name, as the builders' results have them. */
const ints = (columns: Record<string, number[]>): Table =>
  tableOfColumns(
    Object.entries(columns).map(([name, values]) => [name, vectorOf(values, new Int32())]),
  );

function state(security: DatasetHealth): AppState {
  const base = initialAppState();
  return {
    ...base,
    datasets: [testDataset('complaints')],
    url: { ...base.url, province: 50 },
    health: { complaints_security: security },
    results: {
      [QUERY_KEYS.complaintsByProvince]: ints({
        province_code: [10, 50],
        open: [100, 178],
        overdue: [10, 20],
      }),
      [SECURITY_BY_PROVINCE_KEY]: ints({
        province_code: [10, 50],
        open: [559, 89],
        overdue: [50, 9],
        open_week_before: [500, 80],
      }),
    },
  };
}

async function shownRows(s: AppState): Promise<string[][]> {
  const model = provinceCard(s);
  if (!model) throw new Error('no card');
  const { container } = await render(
    <ProvinceCard lang="th" model={model} onClose={() => undefined} />,
  );
  return [...container.querySelectorAll('tbody tr')].map((tr) => [
    tr.getAttribute('data-dataset') ?? '',
    ...[...tr.querySelectorAll('th, td')].map((cell) => cell.textContent.trim()),
  ]);
}

describe('ProvinceCard: the restricted tier row', () => {
  it('reads จำกัดสิทธิ์ · restricted under complaints when the server refused', async () => {
    const refused = {
      lastGoodAt: null,
      failedAt: 1,
      message: new RestrictedFileError('restricted/complaints_security.parquet', 403).message,
    };
    const rows = await shownRows(state(refused));
    expect(rows.map((r) => r[0])).toEqual(['complaints', 'complaints_security']);
    const security = rows[1] ?? [];
    expect(security[1]).toMatch(/^เรื่องร้องเรียนด้านความมั่นคง · security complaints/);
    expect(security.slice(2)).toEqual(['จำกัดสิทธิ์ · restricted', '', '', '']);
  });

  it("shows the province's figure per 100,000 once signed in", async () => {
    const rows = await shownRows(state({ lastGoodAt: 1, failedAt: null, message: null }));
    const security = rows.find((r) => r[0] === 'complaints_security') ?? [];
    // 89 of Chiang Mai's 1,784,370 people; the north is Chiang Mai alone here; the nation:
    // 648 of 7,372,592.
    expect(security.slice(2, 5)).toEqual(['5', '5', '8.8']);
  });
});
