/**
 * One bad file never takes the rest down (issue 19): a vaccination Parquet file damaged so that
 * parquet-wasm traps fails vaccination alone. The dashboard reaches ready with the other layers
 * drawn, names the file in Thai, keeps DuckDB's raw words out of sight, and keeps its one DuckDB
 * worker; the wall reaches its first scene.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { freshParquetWasm } from '../../src/data/testing/fresh-parquet';
import { findTrappingFile } from '../../src/data/testing/parquet-fuzz';
import { openApp, saveScreenshot, waitForReady, type AppPage } from './harness';
import { duckDbWorkers } from './resilience-helpers';
import { poll } from './whole-helpers';

const baseUrl = inject('baseUrl');
const OTHER_LAYERS = ['poverty', 'road_safety', 'complaints', 'households'];
const good = new Uint8Array(readFileSync('public/data/vaccination.parquet'));
// The same deterministic damage as the unit tests': parquet-wasm traps ("unreachable") on it.
const { bytes: damaged } = await findTrappingFile(good, freshParquetWasm, 7);

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Opens the app at `query` with the damaged vaccination file served in place of the good one. */
async function openWithDamagedVaccination(query: string): Promise<Page> {
  app = await openApp('about:blank');
  await app.page.route('**/data/vaccination.parquet', (route) =>
    route.fulfill({ body: Buffer.from(damaged), contentType: 'application/octet-stream' }),
  );
  await app.page.goto(`${baseUrl}${query}`);
  return app.page;
}

/** Waits until DuckDB has settled (ready, or error: one dataset failed) and no query runs. */
async function engineSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ['ready', 'partial', 'error'].includes(document.documentElement.dataset.engine ?? '') &&
      document.documentElement.dataset.queries === 'idle',
    null,
    { timeout: 120_000 },
  );
}

describe('a corrupted vaccination Parquet file', () => {
  it('fails vaccination alone: the dashboard is ready, draws every other layer and names the file', async () => {
    const page = await openWithDamagedVaccination(
      `?refresh=0&layers=vaccination,${OTHER_LAYERS.join(',')}`,
    );
    const decoderModules: string[] = [];
    page.on('request', (request) => {
      if (/parquet_wasm[^/]*\.js/.test(request.url())) decoderModules.push(request.url());
    });
    await waitForReady(page);
    await engineSettled(page);
    const notices = page.locator('.notices');
    await poll(() => notices.innerText()).toContain(
      'ไฟล์ vaccination.parquet เสียหายหรืออ่านไม่ได้ จึงไม่ถูกโหลด',
    );
    for (const id of OTHER_LAYERS) {
      const legend = page.locator(`.legend[data-layer="${id}"] .legend-class`);
      expect(await legend.count(), id).toBeGreaterThan(0);
    }
    // The raw error is kept for whoever fixes the file, folded away.
    expect(await page.locator('.notices details code').first().textContent()).toBe(
      'vaccination.parquet: not a readable Parquet file (unreachable)',
    );
    expect(await page.locator('body').innerText()).not.toContain('Catalog Error');
    // The notice shows the sentence; the decoder's own words stay in the closed fold.
    expect(await notices.innerText()).not.toContain('unreachable');
    // No restart: the page still has the DuckDB worker it started with.
    expect(duckDbWorkers(page)).toHaveLength(1);
    // The trapped parquet-wasm was not reused: road safety (deferred, so loaded after the first
    // group) was decoded by a new instance of the module.
    expect(decoderModules.map((url) => new URL(url).search)).toEqual(['?instance=1']);
    await saveScreenshot(page, 'bad-file-isolation-dashboard');
  });

  it('still lets the wall reach its first scene', async () => {
    const page = await openWithDamagedVaccination('?mode=wall&refresh=0');
    await page.waitForFunction(
      () => !!document.querySelector('.wall')?.getAttribute('data-scene'),
      null,
      {
        timeout: 120_000,
      },
    );
    await engineSettled(page);
    expect(await page.locator('body').innerText()).not.toContain('Catalog Error');
    await saveScreenshot(page, 'bad-file-isolation-wall');
  });
});
