import { describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/i18n/format';
import { DENSITY_RAMP } from '../../src/map/layers/colours';
import { VIRIDIS_5 } from '../../src/state/layers/palettes';
import { INCIDENT_COLOURS } from '../../src/state/layers/point-models';
import { saveScreenshot, type AppPage } from './harness';
import { projectToPage } from './map-pixels';
import {
  ANCHORS,
  anchorOf,
  appShared,
  around,
  changedCodes,
  chartText,
  coloursAtAnchors,
  countPixels,
  expectClean,
  isDrawnColour,
  kpiValue,
  layerCheckbox,
  legendColours,
  mapPixels,
  mapRect,
  params,
  poll,
  regionProvinceCodes,
  seriesPaths,
  settle,
  type Colour,
} from './whole-helpers';

const open = appShared(inject('baseUrl'));

/** Sampled pixels within 40 px of a province's anchor drawn in one of `colours`. */
async function pixelsNear(current: AppPage, code: number, colours: readonly Colour[]) {
  const { lon, lat } = anchorOf(code);
  const point = await projectToPage(current.page, lon, lat);
  const pixels = await mapPixels(current.page, around(point, 40));
  return countPixels(pixels, around(point, 40), (rgb) => isDrawnColour(rgb, colours, 0.7));
}

describe('the whole picture: the URL opens a view', () => {
  it('?layers=road_safety&province=30 shows road safety alone, Nakhon Ratchasima and its incidents', async () => {
    const current = await open('?layers=road_safety&province=30');
    const { page } = current;
    // What the URL names is on screen before any data arrives.
    await poll(() => layerCheckbox(page, 'road_safety').isChecked()).toBe(true);
    expect(await layerCheckbox(page, 'vaccination').isChecked()).toBe(false);
    const card = page.locator('.province-card');
    await card.waitFor();
    expect(await card.getAttribute('data-code')).toBe('30');
    expect(await card.locator('h2').innerText()).toBe('นครราชสีมา');
    const legend = page.locator('.legend[data-layer="road_safety"]');
    expect(await legend.innerText()).toContain('อุบัติเหตุทางถนน');
    expect(await page.locator('.legend').count()).toBe(1);

    await settle(page);
    // At the initial zoom (all of Thailand) incidents are drawn as density hexagons ...
    await poll(() => pixelsNear(current, 30, DENSITY_RAMP), { timeout: 30_000 }).toBeGreaterThan(
      200,
    );
    // ... and there is no vaccination choropleth anywhere on the map.
    const map = await mapRect(page);
    const pixels = await mapPixels(page, map);
    const viridis = countPixels(pixels, map, (rgb) => isDrawnColour(rgb, VIRIDIS_5, 0.95, 3));
    expect(viridis).toBeLessThan(50);
    await saveScreenshot(page, 'whole-url-road-safety');
    expect(params(page).get('layers')).toBe('road_safety');
    expect(params(page).get('province')).toBe('30');
    expectClean(current);
  });

  it('zoomed in by ?view=, incidents near Nakhon Ratchasima are dots in the incident colours', async () => {
    const query = '?layers=road_safety&province=30&view=102.1,14.97,8';
    const current = await open(query);
    const { page } = current;
    await settle(page);
    await poll(() => pixelsNear(current, 30, INCIDENT_COLOURS), {
      timeout: 30_000,
    }).toBeGreaterThan(150);
    // The camera is where the URL put it: the view's centre is the map's centre.
    const centre = await projectToPage(page, 102.1, 14.97);
    const rect = await mapRect(page);
    expect(Math.abs(centre.x - (rect.x + rect.width / 2))).toBeLessThan(3);
    expect(Math.abs(centre.y - (rect.y + rect.height / 2))).toBeLessThan(3);
    await saveScreenshot(page, 'whole-url-zoomed-incidents');
    expect(new URL(page.url()).search).toBe(query);
    expectClean(current);
  });

  it('every URL parameter round-trips and is shown: layers, province, from/to, region, lang', async () => {
    const query =
      '?layers=vaccination,road_safety&province=30&from=2025-04-11&to=2025-04-17&region=northeast&lang=en';
    const current = await open(query);
    const { page } = current;
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.region-filter select').inputValue()).toBe('northeast');
    expect(await page.locator('.province-card h2').innerText()).toBe('นครราชสีมา');
    const range = page.locator('[data-chart="time-series"] .chart-range-selected');
    expect(await range.innerText()).toContain('11 Apr 2025');
    expect(await range.innerText()).toContain('17 Apr 2025');
    await saveScreenshot(page, 'whole-url-roundtrip');
    expect(new URL(page.url()).search).toBe(query);
    expectClean(current);
  });
});

describe('the whole picture: selecting a province', () => {
  it('a click on a province on the map selects it everywhere; a ranking row too; every quick click', async () => {
    const current = await open('');
    const { page } = current;
    await settle(page);
    const breakdownBefore = await chartText(page, 'breakdown');
    const seriesBefore = await seriesPaths(page);
    const { lon, lat } = anchorOf(36);
    // As a person does: point at the province, see its name, click. The camera may still be
    // gliding back from the previous test's view: each try points at where the province is now.
    let point = await projectToPage(page, lon, lat);
    await poll(async () => {
      point = await projectToPage(page, lon, lat);
      await page.mouse.move(point.x, point.y);
      return page.locator('.province-tooltip').innerText();
    }).toContain('ชัยภูมิ');
    await page.mouse.click(point.x, point.y, { delay: 100 });

    await poll(() => params(page).get('province')).toBe('36');
    await poll(() => page.locator('.province-card h2').innerText()).toBe('ชัยภูมิ');
    expect(await page.locator('.province-card').getAttribute('data-code')).toBe('36');
    // Chaiyaphum is among the 10 lowest: its ranking row is highlighted.
    const row = page.locator('[data-chart="ranking"] button[data-code="36"]');
    await poll(() => row.getAttribute('aria-pressed')).toBe('true');
    await poll(() => chartText(page, 'breakdown')).not.toBe(breakdownBefore);
    await poll(() => seriesPaths(page)).not.toEqual(seriesBefore);

    await page.locator('[data-chart="ranking"] button[data-code="96"]').click();
    await poll(() => params(page).get('province')).toBe('96');
    await poll(() => page.locator('.province-card h2').innerText()).toBe('นราธิวาส');
    expect(await row.getAttribute('aria-pressed')).toBe('false');
    await page.locator('.province-card').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'whole-cross-filter');
    expectClean(current);

    // The same page: every click on a province selects it, also a quick one (automation, kiosk
    // scripts, fast taps).
    const selected: string[] = [];
    for (const code of [36, 30, 50, 40, 34, 65, 57, 41]) {
      const { lon, lat } = anchorOf(code);
      const point = await projectToPage(page, lon, lat);
      await page.mouse.click(point.x, point.y);
      await page
        .waitForFunction(
          (want) => document.querySelector('.province-card')?.getAttribute('data-code') === want,
          String(code),
          { timeout: 3_000 },
        )
        .catch(() => undefined);
      selected.push(`${code}→${params(page).get('province') ?? 'none'}`);
    }
    await saveScreenshot(page, 'whole-quick-clicks');
    expect(selected).toEqual([36, 30, 50, 40, 34, 65, 57, 41].map((c) => `${c}→${c}`));
    expectClean(current);
  });
});

describe('the whole picture: time', () => {
  it('the brush filters the map: road deaths per 100,000 differ between all dates and a short range', async () => {
    const current = await open('');
    const { page } = current;
    await settle(page);
    await layerCheckbox(page, 'road_safety').check();
    await layerCheckbox(page, 'vaccination').uncheck();
    await poll(() => params(page).get('layers')).toBe('road_safety');
    await page
      .locator('.layer-entry[data-layer="road_safety"] select:has(option[value="deaths_per_100k"])')
      .selectOption('deaths_per_100k');
    const title = page.locator('.legend[data-layer="road_safety"] .legend-title');
    await poll(() => title.innerText()).toContain('แสนคน');

    /** The legend's colour painted at each anchor, once all 77 show one. */
    const painted = async () => {
      let result = new Map<number, string>();
      await poll(
        async () => {
          const colours = await legendColours(page, 'road_safety');
          result = await coloursAtAnchors(page, ANCHORS, colours, 0.85);
          return [...result].filter(([, c]) => c === '').map(([code]) => code);
        },
        { timeout: 30_000 },
      ).toEqual([]);
      return result;
    };
    const whole = await painted();
    const kpiWhole = await kpiValue(page, 'road_safety');

    // Drag the brush's left handle 80 % of the way: the URL gets the range.
    const travellers = page.locator('[data-chart="time-series"] .recharts-brush-traveller');
    const handle = await travellers.nth(0).boundingBox();
    const brush = await page.locator('[data-chart="time-series"] .recharts-brush').boundingBox();
    if (!handle || !brush) throw new Error('the time-series brush is not on screen');
    const y = handle.y + handle.height / 2;
    await page.mouse.move(handle.x + handle.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(brush.x + brush.width * 0.8, y, { steps: 12 });
    await page.mouse.up();
    await poll(() => params(page).get('from')).not.toBeNull();
    const to = params(page).get('to') ?? '';
    expect(to).toMatch(/^\d{4}-\d\d-\d\d$/);
    await poll(() => kpiValue(page, 'road_safety')).not.toBe(kpiWhole);
    await poll(async () => changedCodes(whole, await painted()).length, {
      timeout: 30_000,
    }).toBeGreaterThan(5);
    await saveScreenshot(page, 'whole-brush');

    // The keyboard moves a handle too: the right one, two days back.
    await travellers.nth(1).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await poll(() => (params(page).get('to') ?? '') < to).toBe(true);

    await page.getByRole('button', { name: 'ล้างช่วงเวลาที่เลือก' }).click();
    await poll(() => params(page).get('from')).toBeNull();
    expect(params(page).get('to')).toBeNull();
    await poll(() => kpiValue(page, 'road_safety')).toBe(kpiWhole);
    expectClean(current);
  });

  it('the region filter narrows the ranking, the KPIs and the map to the northeast', async () => {
    const current = await open('');
    const { page } = current;
    await settle(page);
    const vaccinationKpi = await kpiValue(page, 'vaccination');
    const roadKpi = await kpiValue(page, 'road_safety');
    await page.locator('.region-filter select').selectOption({ label: 'ภาคตะวันออกเฉียงเหนือ' });
    await poll(() => params(page).get('region')).toBe('northeast');

    const northeast = regionProvinceCodes('northeast');
    expect(northeast.size).toBe(20);
    const ranked = () =>
      page
        .locator('[data-chart="ranking"] button[data-code]')
        .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-code'))));
    await poll(async () => (await ranked()).filter((c) => !northeast.has(c))).toEqual([]);
    expect(await ranked()).toHaveLength(10);
    await poll(() => kpiValue(page, 'vaccination')).not.toBe(vaccinationKpi);
    await poll(() => kpiValue(page, 'road_safety')).not.toBe(roadKpi);

    // Outside the region the map is dimmed: Bangkok loses its class colour, Khon Kaen keeps it.
    await poll(async () => {
      const classes = await coloursAtAnchors(page, ANCHORS, VIRIDIS_5, 0.95);
      return [classes.get(10), classes.get(40) !== ''];
    }).toEqual(['', true]);
    await saveScreenshot(page, 'whole-region');
    // The tile now shows the region's coverage, so it must not call it the nation's.
    const label = page.locator('.kpi-tile[data-kpi="vaccination"] .kpi-label');
    expect(await label.innerText()).not.toContain('ทั้งประเทศ');
    expectClean(current);
  });
  it('the time cursor plays forward and the map follows it (early vs late coverage)', async () => {
    const current = await open('');
    const { page } = current;
    await settle(page);
    const date = page.locator('.time-cursor-date');
    expect(await date.getAttribute('data-date')).toBe('');
    await page.getByRole('button', { name: 'เล่น', exact: true }).click();
    await poll(() => date.getAttribute('data-date')).not.toBe('');
    const first = await date.getAttribute('data-date');
    await poll(() => date.getAttribute('data-date'), { timeout: 20_000 }).not.toBe(first);
    expect((await date.getAttribute('data-date')) ?? '').toMatch(/^2021-\d\d-\d\d$/);
    expect(await date.innerText()).toMatch(/ 25\d\d$/);
    await page.getByRole('button', { name: 'หยุด', exact: true }).click();
    await poll(() => page.locator('.time-play').getAttribute('aria-label')).toBe('เล่น');

    const legend = page.locator('.legend[data-layer="vaccination"]');
    const slider = page.locator('.time-cursor input[type=range]');
    const paintedAt = async (key: 'Home' | 'End') => {
      await slider.focus();
      await page.keyboard.press(key);
      const iso = (await date.getAttribute('data-date')) ?? '';
      // The legend dates the map to the cursor's week.
      await poll(() => legend.innerText()).toContain(`ข้อมูล ณ ${formatDate(iso, 'th')}`);
      let classes = new Map<number, string>();
      await poll(async () => {
        const colours = await legendColours(page, 'vaccination');
        classes = await coloursAtAnchors(page, ANCHORS, colours, 0.95);
        return [...classes.values()].filter((c) => c === '').length;
      }).toBe(0);
      return { iso, classes, legend: await legend.locator('.legend-classes').innerText() };
    };
    const early = await paintedAt('Home');
    await saveScreenshot(page, 'whole-time-cursor-early');
    const late = await paintedAt('End');
    expect(early.iso < late.iso).toBe(true);
    expect(late.legend).not.toBe(early.legend);
    expect(changedCodes(early.classes, late.classes).length).toBeGreaterThan(0);
    await saveScreenshot(page, 'whole-time-cursor');
    expectClean(current);
  });
});
