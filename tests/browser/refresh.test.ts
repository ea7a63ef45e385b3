/**
 * Auto-refresh and freshness in the built app (issue 5): with `?refresh=1` the manifest is polled
 * every second; the test serves changed and broken files with request interception and checks
 * what the legend and the KPI tile show. Assertions are on the DOM, never on timings.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ProvincePreview } from '../../src/data/manifest/manifest-types';
import { openApp, saveScreenshot, waitForReady, type AppPage } from './harness';

const baseUrl = inject('baseUrl');
let app: AppPage | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

type Entry = Record<string, unknown>;
const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
  datasets: Entry[];
};
const preview = JSON.parse(
  readFileSync('public/data/vaccination-latest.json', 'utf8'),
) as ProvincePreview;
const parquet = readFileSync('public/data/vaccination.parquet');
const indexHtml = readFileSync('index.html', 'utf8');

/** Week `n` after the demo's last week (2021-11-28), ISO. */
const weekAfter = (n: number): string =>
  new Date(Date.UTC(2021, 10, 28 + 7 * n)).toISOString().slice(0, 10);

/** Vaccination for one week, everyone at `percent` % dose 2: the KPI then reads that figure. */
function vaccinationCsv(week: string, percent: number): string {
  const rows = preview.rows.map(
    (r) =>
      `${r.province_code},${week},${r.population},${r.population},${Math.round((r.population * percent) / 100)},0`,
  );
  return `province_code,week_end,population,dose1,dose2,dose3\n${rows.join('\n')}\n`;
}

/**
 * The manifest with the vaccination entry changed. A new asOf moves the end of the period with
 * it, as a publisher's manifest does (an asOf past the period's end is flagged as wrong).
 */
function manifestWith(change: Entry): string {
  const withPeriod = (d: Entry): Entry =>
    typeof change.asOf === 'string'
      ? { ...d, period: { ...(d.period as Entry), to: change.asOf } }
      : d;
  return JSON.stringify({
    ...manifest,
    datasets: manifest.datasets.map((d) =>
      d.id === 'vaccination' ? { ...withPeriod(d), ...change } : d,
    ),
  });
}

/** Serves the manifest and extra data files from what the test sets, later responses first. */
class FakeServer {
  manifest: string | null = null;
  readonly files = new Map<string, (route: Route) => Promise<void>>();
  private readonly stalled: Route[] = [];

  async install(page: Page): Promise<void> {
    await page.route('**/data/manifest.json', (route) =>
      this.manifest === null
        ? route.continue()
        : route.fulfill({ body: this.manifest, contentType: 'application/json' }),
    );
    await page.route('**/data/vaccination-*', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      const serve = this.files.get(name);
      // Anything else (e.g. the first-paint file vaccination-latest.json) goes on as usual.
      return serve ? serve(route) : route.fallback();
    });
  }

  /** The vaccination entry points at `file`, served by `serve`. */
  publish(change: Entry, serve: (route: Route) => Promise<void>): void {
    this.files.set(String(change.file), serve);
    this.manifest = manifestWith(change);
  }

  /** A handler that never answers (the page gives up on it). */
  stall = (route: Route): Promise<void> => {
    this.stalled.push(route);
    return Promise.resolve();
  };

  async release(): Promise<void> {
    for (const route of this.stalled.splice(0)) await route.abort().catch(() => undefined);
  }
}

const csv = (body: string) => (route: Route) =>
  route.fulfill({ body, contentType: 'text/csv', status: 200 });

/** What the vaccination legend and KPI tile show. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const legend = document.querySelector<HTMLElement>('.legend[data-layer="vaccination"]');
    const badge = legend?.querySelector<HTMLElement>('[data-freshness]');
    return {
      asOf: legend?.dataset.asOf ?? null,
      kpi: document.querySelector('[data-kpi="vaccination"] .kpi-value')?.textContent ?? null,
      freshness: badge?.dataset.freshness ?? null,
      loadFailed: badge?.dataset.loadFailed ?? null,
      badgeText: badge?.textContent ?? null,
      kpiBadge:
        document.querySelector<HTMLElement>('[data-kpi="vaccination"] [data-freshness]')?.dataset
          .freshness ?? null,
    };
  });
}

/** Waits until the vaccination legend shows `asOf` and has no badge. */
async function waitForGood(page: Page, asOf: string): Promise<void> {
  await page.waitForFunction(
    (week) => {
      const legend = document.querySelector<HTMLElement>('.legend[data-layer="vaccination"]');
      return legend?.dataset.asOf === week && !legend.querySelector('[data-freshness]');
    },
    asOf,
    { timeout: 60_000 },
  );
}

async function waitForFailedBadge(page: Page): Promise<void> {
  await page.waitForSelector('.legend[data-layer="vaccination"] [data-load-failed="true"]', {
    timeout: 60_000,
  });
}

describe('auto-refresh and freshness', () => {
  it('swaps in new data, keeps the last good data through every fault with a badge, and recovers', async () => {
    app = await openApp(`${baseUrl}?refresh=1`);
    const { page } = app;
    const server = new FakeServer();
    await server.install(page);
    await waitForReady(page);
    await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
      timeout: 120_000,
    });
    const before = await shown(page);
    expect(before.asOf).toBe('2021-11-28');
    expect(before.freshness).toBeNull();

    // A changed dataset: a new file and as-of date; the figures on screen follow.
    let week = 1;
    const demoKpi = before.kpi ?? '';
    server.publish(
      { file: 'vaccination-1.csv', format: 'csv', asOf: weekAfter(1), version: 'v1' },
      csv(vaccinationCsv(weekAfter(1), 41)),
    );
    await waitForGood(page, weekAfter(1));
    expect((await shown(page)).kpi).toContain('41');

    const faults: [string, (route: Route) => Promise<void>, string][] = [
      ['HTTP 500', (r) => r.fulfill({ status: 500, body: 'Internal Server Error' }), 'csv'],
      ['HTTP 404', (r) => r.fulfill({ status: 404, body: 'Not Found' }), 'csv'],
      [
        'an HTML page with 200',
        (r) => r.fulfill({ status: 200, body: indexHtml, contentType: 'text/html' }),
        'csv',
      ],
      [
        'a truncated Parquet file',
        (r) => r.fulfill({ status: 200, body: parquet.subarray(0, parquet.length >> 1) }),
        'parquet',
      ],
      ['an empty file', (r) => r.fulfill({ status: 200, body: '' }), 'csv'],
      ['a stalled response', server.stall, 'csv'],
    ];
    let good = { asOf: weekAfter(1), kpi: '41' };
    for (const [name, fault, format] of faults) {
      const next = week + 1;
      const file = `vaccination-${next}.${format}`;
      // The shipped Parquet file ends on 2021-11-28: its entry says so (a later asOf over it is
      // flagged as not matching the file's own newest date).
      const asOf = format === 'parquet' ? '2021-11-28' : weekAfter(next);
      server.publish({ file, format, asOf, version: `v${next}` }, fault);
      await waitForFailedBadge(page);
      const stale = await shown(page);
      expect(stale, name).toMatchObject({
        asOf: good.asOf,
        freshness: 'amber',
        loadFailed: 'true',
      });
      expect(stale.kpi, name).toContain(good.kpi);
      expect(stale.kpiBadge, name).toBe('amber');
      // The time of the last good load, Buddhist era (the demo runs in 2568 BE or later).
      expect(stale.badgeText, name).toMatch(/ข้อมูลไม่เป็นปัจจุบัน · Data not current/);
      expect(stale.badgeText, name).toMatch(/โหลดเมื่อ \d{1,2} \S+ 25\d\d \d\d:\d\d/);
      if (name === 'HTTP 500') await saveScreenshot(page, 'refresh-stale-badge');

      // The same entry served properly again: the retry picks it up and the badge goes.
      server.files.set(
        file,
        format === 'csv'
          ? csv(vaccinationCsv(weekAfter(next), 40 + next))
          : (r) => r.fulfill({ status: 200, body: parquet }),
      );
      await server.release();
      // The shipped Parquet file holds the demo's weeks up to 2021-11-28.
      good =
        format === 'csv'
          ? { asOf: weekAfter(next), kpi: String(40 + next) }
          : { asOf: '2021-11-28', kpi: demoKpi };
      await waitForGood(page, good.asOf);
      expect((await shown(page)).kpi, name).toContain(good.kpi);
      week = next;
    }
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(await page.locator('.notices').count()).toBe(0);
  });

  it('marks real data older than its cadence red, and shows it on the KPI tile', async () => {
    app = await openApp(`${baseUrl}?refresh=1&lang=en`);
    const { page } = app;
    const server = new FakeServer();
    await server.install(page);
    await waitForReady(page);
    server.publish(
      { file: 'vaccination-real.csv', format: 'csv', demo: false, asOf: weekAfter(1) },
      csv(vaccinationCsv(weekAfter(1), 47)),
    );
    // The badge follows the manifest at once; the legend's date follows when the query answers.
    await page.waitForFunction(
      (week) => {
        const legend = document.querySelector<HTMLElement>('.legend[data-layer="vaccination"]');
        return (
          legend?.dataset.asOf === week && legend.querySelector('[data-freshness="red"]') !== null
        );
      },
      weekAfter(1),
      { timeout: 60_000 },
    );
    const state = await shown(page);
    expect(state).toMatchObject({ asOf: weekAfter(1), loadFailed: 'false', kpiBadge: 'red' });
    expect(state.badgeText).toMatch(/days old \(published weekly\)/);
    await saveScreenshot(page, 'refresh-overdue-badge');
  });
});
