/**
 * Issue 15: real data in, in one step. The test writes two MOPH-shaped provincial snapshots
 * (Thai names in one, English in the other, invented figures, Bangkok over 100 %), runs the
 * ingest exactly as `npm run ingest -- vaccination a.csv b.csv --out <copy of public/data>` does,
 * serves that folder to the app by request interception, and finds the ingested figures: the
 * KPI, the legend with its source and caveat and no demo label, the card, and the wall scene.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROVINCES } from '../../src/data/places/provinces';
import { runIngest } from '../../scripts/ingest/run-ingest';
import {
  appPerTest,
  chartText,
  expectClean,
  kpiValue,
  poll,
  seriesPaths,
  settle,
} from './whole-helpers';

const baseUrl = inject('baseUrl');
const open = appPerTest(baseUrl);

const POPULATION = new Map(
  readFileSync('data/population-2020.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map(Number) as [number, number]),
);

/** Invented doses: dose 2 between 50 % and 89 % by code; Bangkok 150 % (160 % first doses). */
function doses(code: number, scale: number) {
  const population = POPULATION.get(code) ?? 0;
  const share = code === 10 ? 1.5 : 0.5 + (code % 40) / 100;
  const dose2 = Math.floor(population * share * scale);
  const dose1 =
    code === 10 ? Math.floor(population * 1.6 * scale) : dose2 + Math.floor(population * 0.05);
  return { dose1, dose2, dose3: Math.floor(dose2 / 3) };
}

const header = 'province,over_60_1st_dose,total_1st_dose,total_2nd_dose,total_3rd_dose,date';
const snapshot = (name: (p: (typeof PROVINCES)[number]) => string, scale: number, date: string) =>
  [
    header,
    ...PROVINCES.map((p) => {
      const d = doses(p.code, scale);
      return `${name(p)},0,${d.dose1},${d.dose2},${d.dose3},${date}`;
    }),
  ].join('\n');

const totalPopulation = [...POPULATION.values()].reduce((a, b) => a + b, 0);
const totalDose2 = PROVINCES.reduce((sum, p) => sum + doses(p.code, 1).dose2, 0);
/** The national dose-2 coverage of the newest snapshot, as the KPI tile prints it. */
const NATIONAL = `${((100 * totalDose2) / totalPopulation).toFixed(1)} %`;

let dir: string;
let data: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-journey-'));
  data = join(dir, 'data');
  cpSync('public/data', data, { recursive: true });
  const november = join(dir, 'provincial-vaccination.csv');
  const march = join(dir, 'vaccination_by_dose.csv');
  writeFileSync(november, `\uFEFF${snapshot((p) => p.nameTh, 0.8, '2021-11-28T23:27')}`);
  writeFileSync(
    march,
    snapshot((p) => p.nameEn, 1, '2022-03-05 23:15:00'),
  );
  const run = await runIngest(
    { datasetId: 'vaccination', files: [november, march], outDir: data, dryRun: false, extra: {} },
    new Date('2026-12-07T03:00:00Z'),
    () => undefined,
  );
  expect(run.ok).toBe(true);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Serves the ingested folder in place of the shipped data. */
async function openIngested(query: string) {
  const app = await open('favicon.svg');
  await app.page.route('**/data/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    return route.fulfill({ body: readFileSync(join(data, name)) });
  });
  await app.page.goto(`${baseUrl}${query}`);
  await settle(app.page);
  return app;
}

const legendText = (page: Page) => page.locator('.legend[data-layer="vaccination"]').innerText();

describe('a dataset ingested from MOPH files', () => {
  it('shows the ingested figures with their source and caveat, and no demo label', async () => {
    const app = await openIngested('?refresh=0&layers=vaccination');
    const { page } = app;
    await poll(() => kpiValue(page, 'vaccination')).toBe(NATIONAL);
    const legend = await legendText(page);
    expect(legend).toContain('กระทรวงสาธารณสุข — ระบบหมอพร้อม');
    expect(legend).toContain('กรุงเทพมหานคร');
    expect(legend).not.toContain('ข้อมูลสาธิต');
    // The side panel shows vaccination: real data, so no demo badge there either.
    await poll(() => chartText(page, 'time-series')).toContain('28 พ.ย. 2564 – 5 มี.ค. 2565');
    expect(await page.locator('.side-panel .demo-badge').count()).toBe(0);
    // Two snapshots 14 weeks apart: each dose is one segment from the first to the second.
    await poll(async () =>
      (await seriesPaths(page)).map((d) => /^M[\d.,-]+L[\d.,-]+$/.test(d)),
    ).toEqual([true, true, true]);
    expectClean(app);
  });

  it('plays on the wall', async () => {
    const app = await openIngested('?mode=wall');
    const { page } = app;
    await page.waitForFunction(
      () => document.querySelector('.wall')?.getAttribute('data-scene') === 'vaccination-national',
      null,
      { timeout: 60_000 },
    );
    await poll(() => page.locator('[data-kpi="vaccination"] .wall-kpi-value').innerText()).toBe(
      NATIONAL,
    );
    // A scene of real data only: no demo label anywhere on the wall, the caveat in its legend.
    expect(await page.locator('.demo-badge').count()).toBe(0);
    expect(await legendText(page)).toContain('กรุงเทพมหานคร');
    expectClean(app);
  });
});
