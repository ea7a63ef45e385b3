/**
 * Runs for days (issue 5): a DuckDB worker that dies is replaced from the files already fetched,
 * a frozen tab polls for new data as soon as it runs again, and a reloaded (discarded) tab comes
 * back from its URL. Assertions are on the DOM, the requests and the workers, never on timings.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, type AppPage } from './harness';
import {
  crashDuckDbWorker,
  DataServer,
  duckDbWorkers,
  engineStates,
  openFreezable,
  recordEngineStates,
  weekAfter,
} from './resilience-helpers';
import { openSoakPage, SOAK_PLAYLIST } from './soak-driver';
import { appPerTest, chartText, expectClean, kpiValue, poll, settle } from './whole-helpers';

const baseUrl = inject('baseUrl');
const open = appPerTest(baseUrl);

/** What the dashboard shows: the KPI tiles, the ranking, the vaccination legend's as-of date. */
async function shown(page: Page) {
  return {
    vaccination: await kpiValue(page, 'vaccination'),
    ranking: await chartText(page, 'ranking'),
    asOf: await page.locator('.legend[data-layer="vaccination"]').getAttribute('data-as-of'),
    mapCanvases: await page.locator('.war-map canvas').count(),
  };
}

const queriesIdle = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.queries === 'idle', null, {
    timeout: 60_000,
  });

describe('a dead DuckDB worker', () => {
  it('is replaced by a new one filled from the files already fetched, while the page keeps its figures', async () => {
    const app = await open('?refresh=0');
    const { page } = app;
    const server = new DataServer();
    await server.install(page);
    await settle(page);
    await queriesIdle(page);
    const before = await shown(page);
    expect(before.vaccination).toMatch(/\d/);
    expect(before.ranking).toMatch(/\d/);
    const [oldWorker] = duckDbWorkers(page);
    expect(oldWorker).toBeDefined();
    const workerClosed = new Promise<void>((resolve) => {
      oldWorker?.once('close', () => {
        resolve();
      });
    });
    await recordEngineStates(page);
    const requestsBefore = server.dataRequests.length;

    await crashDuckDbWorker(page);
    // The page says the database is being prepared, and keeps what it showed meanwhile.
    await page.waitForFunction(() => document.documentElement.dataset.engine === 'loading');
    expect(await shown(page)).toEqual(before);
    await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
      timeout: 120_000,
    });
    await workerClosed;
    expect(await engineStates(page)).toEqual(['loading', 'ready']);
    expect(duckDbWorkers(page)).toHaveLength(1);
    expect(duckDbWorkers(page)[0]).not.toBe(oldWorker);
    // Every table came back from memory: no data file was fetched again.
    await queriesIdle(page);
    expect(server.dataRequests.slice(requestsBefore)).toEqual([]);
    expect(await shown(page)).toEqual(before);

    // The new database answers new questions over every table: a region filter re-runs the views.
    await page.locator('.region-filter select').selectOption('northeast');
    await poll(() => chartText(page, 'ranking')).not.toBe(before.ranking);
    await queriesIdle(page);
    expect(await page.locator('.notices').count()).toBe(0);
    await saveScreenshot(page, 'resilience-after-worker-restart');
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    // duckdb-wasm logs the worker's error event to the console; nothing else may.
    expect(app.consoleErrors.filter((text) => !/duckdb worker|ErrorEvent/i.test(text))).toEqual([]);
  });
});

describe('a frozen tab', () => {
  let frozenApp: AppPage | undefined;
  afterEach(async () => {
    await frozenApp?.close();
    frozenApp = undefined;
  });

  it('polls the manifest as soon as it resumes and shows the data published meanwhile', async () => {
    // The default interval (300 s) would not poll within the test: only the resume can.
    frozenApp = await openFreezable(baseUrl);
    const { page } = frozenApp;
    const server = new DataServer();
    await server.install(page);
    await settle(page);
    await page.evaluate(() => {
      const seen: string[] = [];
      const ticks = { count: 0 };
      Object.assign(window, { lifecycleSeen: seen, ticks });
      for (const type of ['freeze', 'resume']) {
        document.addEventListener(type, () => seen.push(type));
      }
      setInterval(() => {
        ticks.count += 1;
      }, 100);
    });
    const ticks = () =>
      page.evaluate(() => (window as unknown as { ticks: { count: number } }).ticks.count);
    const cdp = await page.context().newCDPSession(page);
    const polls = server.manifestRequests;
    const ticksBefore = await ticks();
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    server.publish(1, 43);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(server.manifestRequests).toBe(polls);
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    // Frozen for real: no timer ran meanwhile.
    expect((await ticks()) - ticksBefore).toBeLessThan(5);

    await page.waitForFunction(
      (week) =>
        document.querySelector<HTMLElement>('.legend[data-layer="vaccination"]')?.dataset.asOf ===
        week,
      weekAfter(1),
      // Chromium leaves a page it froze hidden, and a hidden page runs no animation frame: poll.
      { timeout: 60_000, polling: 200 },
    );
    expect(server.manifestRequests).toBe(polls + 1);
    expect(await kpiValue(page, 'vaccination')).toContain('43');
    expect(
      await page.evaluate(() => (window as unknown as { lifecycleSeen: string[] }).lifecycleSeen),
    ).toEqual(['freeze', 'resume']);
    expectClean(frozenApp);
  });
});

describe('a discarded tab', () => {
  let wallApp: AppPage | undefined;
  afterEach(async () => {
    await wallApp?.close();
    wallApp = undefined;
  });

  it('comes back from its URL: layers, filters, selection, camera and language', async () => {
    const query =
      '?layers=poverty,road_safety&province=30&from=2025-04-11&to=2025-04-17&region=northeast&lang=en&view=102.1,14.97,6.5';
    const app = await open(query);
    const { page } = app;
    await settle(page);
    await queriesIdle(page);
    const before = {
      url: page.url(),
      ranking: await chartText(page, 'ranking'),
      card: await page.locator('.province-card').innerText(),
    };
    // What a discarded tab does when shown again: the browser loads its URL afresh.
    await page.reload();
    await settle(page);
    await queriesIdle(page);
    expect(page.url()).toBe(before.url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await chartText(page, 'ranking')).toBe(before.ranking);
    expect(await page.locator('.province-card').innerText()).toBe(before.card);
    expectClean(app);
  });

  it('on the wall, comes back playing: the scene is not in the URL, so the playlist starts again', async () => {
    const { app } = await openSoakPage(baseUrl, 'wall');
    wallApp = app;
    const { page } = app;
    const order = SOAK_PLAYLIST.scenes.map((scene) => scene.id);
    // Wait until the wall has moved past its first scene.
    await page.waitForFunction(
      (first) => {
        const scene = document.querySelector('.wall')?.getAttribute('data-scene');
        return Boolean(scene) && scene !== first;
      },
      order[0],
      { timeout: 60_000 },
    );
    const before = new URL(page.url());
    expect(before.searchParams.get('mode')).toBe('wall');
    await page.reload();
    await page.waitForSelector('.wall[data-scene]:not([data-scene=""])', { timeout: 120_000 });
    const after = new URL(page.url());
    expect(after.searchParams.get('mode')).toBe('wall');
    // The playlist the reloaded address names (the shipped one when `playlist=` was dropped)
    // starts from its first scene.
    const playlist = before.searchParams.get('playlist');
    const firstScene =
      playlist === null
        ? (
            JSON.parse(readFileSync('public/wall/playlist.json', 'utf8')) as {
              scenes: { id: string }[];
            }
          ).scenes[0]?.id
        : order[0];
    expect(await page.locator('.wall').getAttribute('data-scene')).toBe(firstScene);
    expect(app.pageErrors).toEqual([]);
  });
});
