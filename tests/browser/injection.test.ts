/**
 * Injection (issue 8), the text the site serves: payloads in the manifest's titles, units,
 * sources and licences (legend, tooltip, table caption, briefing PowerPoint and PDF), in the
 * wall playlist's scene titles, and `__proto__` keys in manifest, preview and playlist. The pages
 * run with the CSP bypassed, so the app's own escaping is what is tested.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  PAYLOADS,
  THAI_PAYLOAD,
  VISIBLE_PARTS,
  changedJson,
  expectNoInjection,
  expectPrototypesClean,
  jsonText,
  probedPerTest,
} from './injection-helpers';
import { PANEL } from './injection-tools';
import { saveScreenshot } from './harness';
import { projectToPage } from './map-pixels';
import { anchorOf, poll, settle } from './whole-helpers';

const open = probedPerTest(inject('baseUrl'));

/** The wall playlist a scenes export reads: one scene whose title is a payload. */
const PAYLOAD_PLAYLIST = {
  version: 1,
  scenes: [
    {
      id: 'payload',
      title: { th: THAI_PAYLOAD, en: PAYLOADS.svg },
      dwellSeconds: 30,
      layers: ['vaccination'],
    },
  ],
};

/** The manifest with a payload in every free-text field of every dataset. */
function manifestWithPayloads(json: Record<string, unknown>): unknown {
  const datasets = json.datasets as Record<string, unknown>[];
  return {
    ...json,
    datasets: datasets.map((def) => ({
      ...def,
      title: { th: `${THAI_PAYLOAD} ${String(def.id)}`, en: `${PAYLOADS.img} ${String(def.id)}` },
      unit: { th: `หน่วย ${PAYLOADS.svg}`, en: PAYLOADS.svg },
      source: { th: `ที่มา ${PAYLOADS.script}`, en: PAYLOADS.script },
      licence: PAYLOADS.js,
    })),
  };
}

/** Runs one briefing export at a small size; returns the file's bytes. */
async function briefing(
  page: Page,
  format: 'pptx' | 'pdf',
  scope: 'current' | 'scenes' = 'current',
): Promise<Uint8Array> {
  await page.click('[data-action="export"]');
  await page.waitForSelector('[data-export-dialog]');
  await page.check('input[name="export-preset"][value="custom"]');
  await page.fill('input[name="export-width"]', '800');
  await page.fill('input[name="export-height"]', '450');
  await page.check(`input[name="export-scope"][value="${scope}"]`);
  await page.check(`input[name="export-format"][value="${format}"]`);
  await page.setChecked('input[name="export-charts"]', false);
  const download = page.waitForEvent('download', { timeout: 300_000 });
  await page.click('[data-action="export-start"]:not([disabled])', { timeout: 60_000 });
  const bytes = new Uint8Array(readFileSync(await (await download).path()));
  await page.waitForSelector('.export-status[data-status="done"]', { timeout: 60_000 });
  await page.click('.export-close');
  return bytes;
}

describe('injection: the probes', () => {
  it('catch a payload turned into markup and a polluted prototype (the checks can fail)', async () => {
    const app = await open('?layers=vaccination');
    const { page } = app;
    await page.waitForFunction(() => document.readyState !== 'loading');
    // What a view that set data as HTML would do; removed at once, as a tooltip would be.
    await page.evaluate((html) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      document.body.append(holder);
      setTimeout(() => {
        holder.remove();
      }, 0);
    }, `${PAYLOADS.img}${PAYLOADS.script}`);
    await poll(() => page.evaluate(() => window.__xss ?? 0)).toBe(1);
    const injected = (await page.evaluate(() => window.__injected)) ?? [];
    expect(injected[0]).toBe('img src=x');
    expect(injected[1]).toMatch(/^script <script>window.__xss/);
    expect(app.payloadRequests.length).toBeGreaterThan(0);
    await expect(expectNoInjection(app)).rejects.toThrow();
    await page.evaluate(() => {
      Object.defineProperty(Object.prototype, 'polluted', { value: 'yes', configurable: true });
    });
    await expect(expectPrototypesClean(page)).rejects.toThrow();
  });
});

describe('injection: manifest text', () => {
  it('shows payloads in titles, sources and licences as text in legend, table and briefing files', async () => {
    const app = await open('?mode=analyst&layers=vaccination', {
      '/data/manifest.json': changedJson(manifestWithPayloads),
      '/wall/playlist.json': jsonText(JSON.stringify(PAYLOAD_PLAYLIST)),
    });
    const { page } = app;
    await settle(page);
    // Legend titles and units are the app's own words; source and licence come from the manifest.
    const legend = await page.locator('.legend[data-layer="vaccination"]').innerText();
    expect(legend).toContain(`ที่มา ${PAYLOADS.script}`);
    expect(legend).toContain(PAYLOADS.js);
    // The dataset title names the table view's current-view source.
    const caption = await page.locator(`${PANEL} [data-table-view] h4`).innerText();
    for (const part of VISIBLE_PARTS) expect(caption).toContain(part);
    const option = await page
      .locator(`${PANEL} [data-table-source] option[value="view"]`)
      .innerText();
    expect(option).toContain('<img src=x onerror=');

    // The tooltip holds no text from the manifest (app words, province names, numbers, dates).
    const bangkok = anchorOf(10);
    const point = await projectToPage(page, bangkok.lon, bangkok.lat);
    await page.mouse.move(point.x, point.y);
    await poll(() => page.locator('.province-tooltip').innerText()).toContain('กรุงเทพมหานคร');

    // Scenes as slides: the scene's title is each slide's title.
    const pptx = unzipSync(await briefing(page, 'pptx', 'scenes'));
    const slide = new TextDecoder().decode(pptx['ppt/slides/slide1.xml']);
    expect(slide).toContain('วัคซีน &lt;img src=x onerror=&quot;window.__xss');
    const xml = Object.entries(pptx)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, bytes]) => new TextDecoder().decode(bytes));
    const all = xml.join('\n');
    // The sources (with the payload) are in the speaker notes.
    expect(all).toContain('ที่มา &quot;&gt;&lt;script&gt;window.__xss');
    expect(all).not.toMatch(/<(img|script|svg)\b/);
    // Every part is still well-formed XML (an unescaped payload would break it or add elements).
    const broken = await page.evaluate(
      (texts) =>
        texts.filter(
          (text) =>
            new DOMParser()
              .parseFromString(text, 'application/xml')
              .getElementsByTagName('parsererror').length > 0,
        ).length,
      xml,
    );
    expect(broken).toBe(0);

    const pdf = await PDFDocument.load(await briefing(page, 'pdf'));
    expect(pdf.getSubject()).toContain(`ที่มา ${PAYLOADS.script}`);
    await expectNoInjection(app);
    await expectPrototypesClean(page);
  }, 600_000);

  it('skips __proto__ keys of a manifest as unknown fields, loads, and leaves the prototypes alone', async () => {
    const app = await open('?layers=vaccination', {
      '/data/manifest.json': async (route) => {
        const response = await route.fetch();
        const text = await response.text();
        // Raw text: JSON.stringify would drop a __proto__ key set through an object literal.
        const polluted = text.replace(
          '"datasets"',
          '"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "datasets"',
        );
        await route.fulfill({ response, body: polluted });
      },
    });
    const { page } = app;
    // A newer manifest's unknown fields are skipped (one bad field never blanks the dashboard):
    // these keys are never followed, the datasets load and nothing is polluted.
    await page.waitForFunction(() => document.documentElement.dataset.state !== 'loading', null, {
      timeout: 120_000,
    });
    expect(await page.evaluate(() => document.documentElement.dataset.state)).toBe('ready');
    expect(await page.locator('.legend[data-layer="vaccination"]').count()).toBe(1);
    await expectPrototypesClean(page);
    await expectNoInjection(app);
  });

  it('ignores __proto__ keys in the preview and the playlist and plays payload titles as text', async () => {
    const playlist = `{
      "version": 1,
      "__proto__": {"polluted": "yes"},
      "scenes": [
        {
          "id": "evil",
          "title": {"th": ${JSON.stringify(THAI_PAYLOAD)}, "__proto__": {"en": "polluted"}},
          "dwellSeconds": 600,
          "layers": ["vaccination"],
          "filters": {"__proto__": {"region": "north", "polluted": "yes"}},
          "constructor": {"prototype": {"polluted": "yes"}},
          "charts": ["kpis"]
        }
      ]
    }`;
    const app = await open('?mode=wall&playlist=wall/evil.json', {
      '/wall/evil.json': jsonText(playlist),
      '/data/vaccination-latest.json': changedJson((json) => ({
        ...json,
        rows: (json.rows as Record<string, unknown>[]).map((row, i) =>
          i === 0
            ? (JSON.parse(
                `{"__proto__": {"polluted": "yes"}, ${JSON.stringify(row).slice(1)}`,
              ) as unknown)
            : row,
        ),
      })),
    });
    const { page } = app;
    await settle(page);
    const header = page.locator('.wall h1');
    await poll(() => header.innerText()).toContain('<img src=x onerror=');
    for (const part of VISIBLE_PARTS) expect(await header.innerText()).toContain(part);
    await saveScreenshot(page, 'injection-wall-title');
    // The title's `en` came only through __proto__: the Thai title stands in for it.
    expect(await page.locator('.wall').innerText()).not.toContain('polluted');
    const notices = await page.locator('.wall-notices').innerText();
    expect(notices).toContain('unknown field "constructor" ignored');
    expect(notices).toContain("vaccination-latest.json: rows[0]: unknown field '__proto__'");
    expect(notices).toContain('unknown field "filters.__proto__" ignored');
    // filters.__proto__.region was not read as the scene's region.
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
    await expectPrototypesClean(page);
    await expectNoInjection(app);
  });

  it('refuses a playlist URL with a javascript: or foreign address and says so as text', async () => {
    const app = await open(`?mode=wall&playlist=${encodeURIComponent(PAYLOADS.js)}`);
    const { page } = app;
    await settle(page);
    await poll(() => page.locator('.wall-notices').innerText()).toContain(
      `playlist=${PAYLOADS.js}: only playlists served by this site are read`,
    );
    await expectNoInjection(app);
  });
});
