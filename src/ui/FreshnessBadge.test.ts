/**
 * The freshness badge as rendered for a dataset of the store: a manifest whose asOf is in the
 * future no longer hides it, and a refresh that failed names the file and why.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DatasetDef } from '../data/manifest/manifest-types';
import { testDataset } from '../data/testing/fixtures';
import { dateDayVector, tableOfColumns, utf8Vector } from '../data/formats/arrow-vectors';
import { setDatasetHealth, setDatasets, setResult, setToday } from '../state/app/actions';
import { createAppStore } from '../state/app/app-state';
import { newestDateQueryKey } from '../state/quality/quality-queries';
import { DatasetFreshnessBadge, FreshnessProvider } from './FreshnessBadge';

/**
 * Real (not demo) weekly vaccination data covering 2021, judged on 7 Dec 2026; `newestInFile`:
 * the newest date its newest-date query found in the file (none: the query has not answered).
 */
function render(
  change: Partial<DatasetDef>,
  failure?: string,
  lang: 'th' | 'en' = 'th',
  newestInFile?: string,
): string {
  const def: DatasetDef = {
    ...testDataset('vaccination'),
    demo: false,
    cadence: 'weekly',
    period: { from: '2021-03-01', to: '2021-11-28' },
    asOf: '2021-11-28',
    ...change,
  };
  const store = createAppStore();
  setDatasets(store, [def]);
  setToday(store, '2026-12-07');
  const loadedAt = Date.UTC(2026, 11, 7, 1);
  setDatasetHealth(
    store,
    'vaccination',
    failure === undefined
      ? { lastGoodAt: loadedAt, failedAt: null, message: null }
      : { lastGoodAt: loadedAt, failedAt: loadedAt + 60_000, message: failure },
  );
  if (newestInFile !== undefined) {
    const answer = tableOfColumns([
      ['newest_date', dateDayVector([newestInFile])],
      ['as_of', utf8Vector([def.asOf])],
    ]);
    setResult(store, newestDateQueryKey('vaccination'), answer);
  }
  return renderToStaticMarkup(
    createElement(FreshnessProvider, {
      store,
      children: createElement(DatasetFreshnessBadge, { id: 'vaccination', lang }),
    }),
  );
}

describe('DatasetFreshnessBadge', () => {
  it('shows the badge when a Buddhist-era asOf claims the data is current, naming the dataset', () => {
    const markup = render({ asOf: '2568-11-28' });
    expect(markup).toContain('data-freshness="red"');
    expect(markup).toContain('data-asof-problem="future"');
    expect(markup).toContain('ข้อมูลไม่เป็นปัจจุบัน');
    expect(markup).toContain('ชุดข้อมูล vaccination: วันที่ข้อมูล (asOf) 2568-11-28 อยู่ในอนาคต');
    expect(markup).toContain('ข้อมูลเก่า 1,835 วัน (เผยแพร่รายสัปดาห์)');
  });

  it('says an asOf past the data period is wrong even on demo data', () => {
    const markup = render({ asOf: '2022-02-01', demo: true }, undefined, 'en');
    expect(markup).toContain('data-freshness="amber"');
    expect(markup).toContain('data-asof-problem="beyondPeriod"');
    expect(markup).toContain('วันที่ข้อมูลไม่ถูกต้อง');
    expect(markup).toContain(
      'Dataset vaccination: The data date (asOf) 2022-02-01 is past the end of the data&#x27;s period',
    );
  });

  it('names the file and the reason when a refresh could not be completed', () => {
    const markup = render(
      { asOf: '2026-12-05', period: { from: '2021-03-01', to: '2026-12-05' } },
      'vaccination.csv: arrived too slowly: 0.5 KB in 120 s; gave up on http://x.test/vaccination.csv',
    );
    expect(markup).toContain('data-freshness="amber"');
    expect(markup).toContain('data-load-failed="true"');
    expect(markup).not.toContain('data-asof-problem');
    expect(markup).toContain(
      'สาเหตุ: ไฟล์ vaccination.csv มาถึงช้าเกินไป (arrived too slowly: 0.5 KB in 120 s)',
    );
  });

  it('says a decoder trap as a sentence about the file, never the raw error', () => {
    const markup = render(
      { asOf: '2026-12-05', period: { from: '2021-03-01', to: '2026-12-05' } },
      'vaccination.parquet: not a readable Parquet file (unreachable)',
    );
    expect(markup).toContain('สาเหตุ: ไฟล์ vaccination.parquet เสียหายหรืออ่านไม่ได้ จึงไม่ถูกโหลด');
    expect(markup).not.toContain('unreachable');
  });

  it("judges a manifest that claims current data by the file's own newest rows", () => {
    const claims = { asOf: '2026-11-30', period: { from: '2021-03-01', to: '2026-11-30' } };
    // Before the file's date is known, the manifest decides: no flicker to "not current".
    expect(render(claims)).toBe('');
    const markup = render(claims, undefined, 'th', '2021-11-28');
    expect(markup).toContain('data-freshness="red"');
    expect(markup).toContain('data-asof-problem="afterFileData"');
    expect(markup).toContain('ข้อมูลไม่เป็นปัจจุบัน');
    expect(markup).toContain(
      'ชุดข้อมูล vaccination: ข้อมูลล่าสุดในไฟล์ 28 พ.ย. 2564 ไม่ตรงกับวันที่ระบุ (asOf) 30 พ.ย. 2569',
    );
    expect(markup).toContain('ข้อมูลเก่า 1,835 วัน (เผยแพร่รายสัปดาห์)');
  });

  it('draws nothing for current data with a believable date', () => {
    expect(render({ asOf: '2026-12-05', period: { from: '2021-03-01', to: '2026-12-05' } })).toBe(
      '',
    );
  });
});
