import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { formatWallClock } from '../../src/modes/wall/clock-format';
import { openApp, saveScreenshot, type AppPage } from './harness';
import {
  countPixels,
  expectClean,
  isColourful,
  mapPixels,
  mapRect,
  poll,
  settle,
} from './whole-helpers';

const baseUrl = inject('baseUrl');

/**
 * Served in place of a playlist file: four short scenes (one with dates before the road data
 * begins), one bad one and one naming a dataset the manifest lacks (both skipped).
 */
const TEST_PLAYLIST = {
  version: 1,
  scenes: [
    {
      id: 'short-vaccination',
      title: { th: 'ทดสอบ วัคซีน', en: 'Test vaccination' },
      dwellSeconds: 3,
      layers: ['vaccination'],
      charts: ['kpis', 'timeseries', 'ranking'],
    },
    { id: 'broken', title: { th: 'เสีย' }, dwellSeconds: 'soon', layers: ['vaccination'] },
    {
      id: 'short-road',
      title: { th: 'ทดสอบ อุบัติเหตุ', en: 'Test road safety' },
      dwellSeconds: 3,
      layers: ['road_safety'],
      filters: { from: '2025-04-11', to: '2025-04-17' },
      charts: ['ranking', 'breakdown'],
    },
    {
      id: 'short-korat',
      title: { th: 'ทดสอบ นครราชสีมา', en: 'Test Nakhon Ratchasima' },
      dwellSeconds: 3,
      layers: ['complaints'],
      filters: { province: 30 },
      charts: ['timeseries', 'breakdown'],
    },
    {
      id: 'short-old-road',
      title: { th: 'ทดสอบ อุบัติเหตุ 2566', en: 'Test road safety 2023' },
      dwellSeconds: 8,
      layers: ['road_safety'],
      filters: { from: '2023-01-01', to: '2023-01-31' },
      charts: ['ranking', 'breakdown'],
    },
    { id: 'floods', title: { th: 'น้ำท่วม' }, dwellSeconds: 3, layers: ['floods'] },
  ],
};
const PLAYED = ['short-vaccination', 'short-road', 'short-korat', 'short-old-road'];
const TEST_PLAYLIST_PATH = 'wall/test-playlist.json';
const SHIPPED_SCENES = (
  JSON.parse(readFileSync('public/wall/playlist.json', 'utf8')) as { scenes: { id: string }[] }
).scenes.map((scene) => scene.id);

let current: AppPage | undefined;
afterEach(async (context) => {
  if (current && context.task.result?.state === 'fail') {
    const slug = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    await saveScreenshot(current.page, `wall-failed-${slug}`).catch(() => undefined);
  }
  await current?.close();
  current = undefined;
});

/**
 * Opens the wall at `query`. The test playlist is served by request interception, so the route
 * is set up on a first page of the app before the wall itself is opened.
 */
async function openWall(
  query: string,
  viewport = { width: 1920, height: 1080 },
  routes: (page: Page) => Promise<unknown> = () => Promise.resolve(),
) {
  current = await openApp(`${baseUrl}favicon.svg`, viewport);
  await current.page.route(`**/${TEST_PLAYLIST_PATH}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(TEST_PLAYLIST) }),
  );
  await routes(current.page);
  await current.page.goto(`${baseUrl}${query}`);
  return current;
}

const sceneOf = (page: Page) => page.locator('.wall').getAttribute('data-scene');
const pausedOf = (page: Page) => page.locator('.wall').getAttribute('data-paused');

/** Waits until the wall shows scene `id`. */
async function waitForScene(page: Page, id: string, timeout = 60_000) {
  await page.waitForFunction(
    (wanted) => document.querySelector('.wall')?.getAttribute('data-scene') === wanted,
    id,
    { timeout },
  );
}

/**
 * Waits until the view queries of the scene on screen have answered and the map shows the
 * scene's colours (polled, not a fixed sleep).
 */
async function sceneSettled(page: Page, id: string) {
  await page.waitForFunction(() => document.documentElement.dataset.queries === 'idle', null, {
    timeout: 60_000,
  });
  const rect = await mapRect(page);
  await expect
    .poll(async () => countPixels(await mapPixels(page), rect, isColourful, 4), {
      message: `scene ${id}: coloured map pixels`,
      // Each read is a screenshot (large at 4K): read about once a second, not in a busy loop.
      interval: 1000,
      timeout: 30_000,
    })
    .toBeGreaterThan(200);
}

describe('wall mode', () => {
  it('plays the playlist on its dwell times, skips a bad scene with a notice, shows a BE clock; Space pauses, arrows step', async () => {
    const app = await openWall(`?mode=wall&playlist=${TEST_PLAYLIST_PATH}`);
    const { page } = app;
    await settle(page);
    // No dashboard controls on the wall.
    expect(await page.locator('.layer-panel, .app-header, .time-cursor, select').count()).toBe(0);

    // Every valid scene comes in turn, then the first again; the bad one never shows.
    for (const id of ['short-road', 'short-korat', 'short-old-road', 'short-vaccination']) {
      // Read in the same moment as the scene id: a loaded machine may take a 3 s dwell to read.
      const shown = await page.waitForFunction(
        (wanted) =>
          document.querySelector('.wall')?.getAttribute('data-scene') === wanted && {
            progress: document.querySelector('.wall-progress-count')?.textContent,
            title: document.querySelector('.wall-scene-title h1')?.textContent,
          },
        id,
        { timeout: 60_000 },
      );
      expect(await shown.jsonValue()).toEqual({
        progress: `${PLAYED.indexOf(id) + 1}/${PLAYED.length}`,
        title: TEST_PLAYLIST.scenes.find((scene) => scene.id === id)?.title.th,
      });
      if (id === 'short-old-road') {
        // Dates before the road data begins: the charts name its period instead of zeros.
        for (const kind of ['ranking', 'breakdown']) {
          await poll(() => page.locator(`[data-chart="${kind}"]`).innerText()).toContain(
            'ไม่มีข้อมูลในช่วง 1 ม.ค. 2566 – 31 ม.ค. 2566: ชุดข้อมูลนี้ครอบคลุม',
          );
        }
      }
    }
    // A scene is applied through the store, so the URL follows it.
    await waitForScene(page, 'short-korat');
    await poll(() => new URL(page.url()).searchParams.get('province')).toBe('30');
    expect(new URL(page.url()).searchParams.get('layers')).toBe('complaints');

    const notices = await page.locator('.wall-notices').innerText();
    expect(notices).toContain(`${TEST_PLAYLIST_PATH}: scenes[1] ("broken"): dwellSeconds`);
    expect(notices).toContain('scene skipped');
    expect(notices).toContain(
      `${TEST_PLAYLIST_PATH}: scenes[5] ("floods"): ไม่มีชุดข้อมูล floods ใน manifest จึงข้ามฉากนี้ · ` +
        'no dataset floods in the manifest; scene skipped',
    );

    // The clock: Bangkok time, Buddhist-era year, as the formatter writes it (this minute or the last).
    const clock = await page.locator('.wall-clock').innerText();
    const now = Date.now();
    expect([formatWallClock(now, 'th'), formatWallClock(now - 60_000, 'th')]).toContain(clock);
    expect(clock).toMatch(/^\d{1,2} [ก-๙.]+ 25\d\d, \d\d:\d\d$/);
    expect(await page.locator('.wall-header .demo-badge').innerText()).toContain('ข้อมูลสาธิต');
    expectClean(app);

    // The same wall: Space pauses and resumes; the arrow keys step between scenes.
    await page.keyboard.press('Space');
    expect(await pausedOf(page)).toBe('true');
    const paused = await sceneOf(page);
    expect(await page.locator('.wall-progress-paused').count()).toBe(1);
    // Longer than any dwell time: a paused wall stays on its scene.
    const longestDwell = Math.max(
      ...TEST_PLAYLIST.scenes.map((scene) => Number(scene.dwellSeconds) || 0),
    );
    await page.waitForTimeout(longestDwell * 1000 + 1000);
    expect(await sceneOf(page)).toBe(paused);

    const at = (step: number) => PLAYED[(PLAYED.length + step) % PLAYED.length];
    const index = PLAYED.indexOf(paused ?? '');
    expect(index).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('ArrowRight');
    expect(await sceneOf(page)).toBe(at(index + 1));
    await page.keyboard.press('ArrowRight');
    expect(await sceneOf(page)).toBe(at(index + 2));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await sceneOf(page)).toBe(at(index - 1));
    expect(await pausedOf(page)).toBe('true');

    await page.keyboard.press('Space');
    expect(await pausedOf(page)).toBe('false');
    await waitForScene(page, at(index) ?? '', 20_000);
    expectClean(app);
  });

  it('falls back to the built-in playlist when the playlist file is missing or not JSON, and says so', async () => {
    const { page } = await openWall('?mode=wall&playlist=wall/missing.json', undefined, (tab) =>
      tab.route('**/wall/missing.json', (route) => route.fulfill({ status: 404, body: '' })),
    );
    await waitForScene(page, 'vaccination');
    expect(await page.locator('.wall-notices').innerText()).toMatch(
      /wall\/missing\.json: HTTP 404 .*check that the file is in place; playing the built-in playlist/,
    );
    expect(await page.locator('.wall-progress-count').innerText()).toBe('1/3');

    // The preview server answers an unknown path with the app's HTML page and status 200.
    await page.goto(`${baseUrl}?mode=wall&playlist=wall/no-such-file.json`);
    await waitForScene(page, 'vaccination');
    expect(await page.locator('.wall-notices').innerText()).toMatch(
      /wall\/no-such-file\.json: the server sent a web page instead of the file .*; playing the built-in playlist/,
    );
  });

  it('every shipped scene at 1920x1080, then at 3840x2160 on the same wall: map drawn, nothing cut off, screenshots', async () => {
    // One wall, resized as a screen change would: each size plays every scene again.
    const app = await openWall('?mode=wall');
    const { page } = app;
    await settle(page);
    await page.keyboard.press('Space');
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 3840, height: 2160 },
    ]) {
      await page.setViewportSize(viewport);
      const ids: string[] = [];
      for (let step = 0; step < SHIPPED_SCENES.length; step += 1) {
        const id = (await sceneOf(page)) ?? '';
        ids.push(id);
        // The map is not blank: data colours cover a fair part of it.
        await sceneSettled(page, id);
        // Nothing overflows the screen.
        const overflow = await page.evaluate(() => ({
          x: document.documentElement.scrollWidth - window.innerWidth,
          y: document.documentElement.scrollHeight - window.innerHeight,
        }));
        expect(overflow, `${id} at ${String(viewport.height)}p`).toEqual({ x: 0, y: 0 });
        await saveScreenshot(page, `wall-${String(viewport.height)}p-${id}`);
        await page.keyboard.press('ArrowRight');
      }
      expect([...ids].sort()).toEqual([...SHIPPED_SCENES].sort());

      // Type scales with the screen: at 4K the root font is twice the 1080p one (20 px per rem).
      const rootPx = await page.evaluate(() =>
        Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
      );
      expect(rootPx).toBeCloseTo((20 * viewport.height) / 1080, 0);
      const title = await page.locator('.wall-scene-title h1').boundingBox();
      expect(title?.height ?? 0).toBeGreaterThan(viewport.height * 0.04);
    }
    expectClean(app);
    // Every scene read and saved as a screenshot at two sizes: minutes on a busy 2-core machine.
  }, 600_000);
});
