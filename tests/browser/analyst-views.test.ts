/**
 * Saved views in analyst mode: save a filtered view, reload the page, open it again; rename,
 * delete, export to a JSON file and import one (a bad file gives a message naming it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { saveScreenshot, waitForReady } from './harness';
import { appPerTest, expectClean, params, poll, settle } from './whole-helpers';

const baseUrl = inject('baseUrl');
const open = appPerTest(baseUrl);

describe('analyst saved views', () => {
  it('saves a view, keeps it over a reload, opens, renames, exports, imports and deletes', async () => {
    const app = await open(
      '?mode=analyst&lang=en&layers=road_safety&provinces=30&cause=speeding&threshold=deaths:ge:1',
    );
    const { page } = app;
    await settle(page);
    const views = page.locator('.analyst-views');
    await views.locator('input[name="view-name"]').fill('Korat speeding');
    await views.locator('button[type="submit"]').click();
    await poll(() => views.locator('[data-view="Korat speeding"]').count()).toBe(1);

    // A fresh page at the default analyst view still lists the view; opening it restores the view.
    await page.goto(`${baseUrl}?mode=analyst&lang=en`);
    await waitForReady(page);
    await poll(() => views.locator('[data-view="Korat speeding"]').count()).toBe(1);
    expect(params(page).get('provinces')).toBeNull();
    await views.locator('[data-view="Korat speeding"] .analyst-view-open').click();
    await poll(() =>
      ['layers', 'provinces', 'cause', 'threshold'].map((name) => params(page).get(name)),
    ).toEqual(['road_safety', '30', 'speeding', 'deaths:ge:1']);
    await poll(() => page.locator('.analyst-chip[data-code="30"]').count()).toBe(1);
    // Opening a view is navigation: back returns to the view before it.
    await page.goBack();
    await poll(() => params(page).get('provinces')).toBeNull();

    const row = views.locator('[data-view="Korat speeding"]');
    await row.getByRole('button', { name: 'Rename' }).click();
    await views.locator('[data-view="Korat speeding"] input').fill('Korat');
    await views.locator('[data-view="Korat speeding"] button[type="submit"]').click();
    await poll(() => views.locator('[data-view="Korat"]').count()).toBe(1);
    await page.reload();
    await waitForReady(page);
    await poll(() => views.locator('.analyst-view-list [data-view]').count()).toBe(1);
    await poll(() => views.locator('[data-view="Korat"]').count()).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      views.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('war-room-views.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      version: number;
      views: { name: string; query: string }[];
    };
    expect(exported.version).toBe(1);
    expect(exported.views.map((v) => v.name)).toEqual(['Korat']);
    expect(exported.views[0]?.query).toContain('provinces=30');

    const fileInput = views.locator('input[type="file"]');
    await fileInput.setInputFiles({
      name: 'broken views.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "war-room-views", "version": 1, "views": [', 'utf8'),
    });
    await poll(() => views.locator('.analyst-messages').textContent()).toContain(
      'broken views.json: not JSON',
    );
    const north = {
      ...exported,
      views: [
        { name: 'North', query: '?mode=analyst&region=north', savedAt: '2026-11-26T00:00:00Z' },
        { name: '', query: '?x' },
      ],
    };
    await fileInput.setInputFiles({
      name: 'north.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(north), 'utf8'),
    });
    await poll(() => views.locator('.analyst-view-list [data-view]').count()).toBe(2);
    const messages = await views.locator('.analyst-messages').textContent();
    expect(messages).toContain('Imported 1 views from north.json');
    expect(messages).toContain('north.json: views[1]: "name" must be text');
    await saveScreenshot(page, 'analyst-saved-views');

    await views.locator('[data-view="Korat"]').getByRole('button', { name: 'Delete' }).click();
    await poll(() => views.locator('.analyst-view-list [data-view]').count()).toBe(1);
    await page.reload();
    await waitForReady(page);
    await poll(() =>
      views
        .locator('.analyst-view-list [data-view]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-view'))),
    ).toEqual(['North']);
    expectClean(app);
  });
});
