/**
 * Saved views in analyst mode, through the app: save a filtered view, load a fresh page (the
 * browser's localStorage), open it into the URL, go back, export the list as a JSON download.
 * Renaming, deleting and importing files are proved in src/modes/analyst/SavedViews.test.tsx.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { saveScreenshot, waitForReady } from './harness';
import { appPerTest, expectClean, params, poll, settle } from './whole-helpers';

const baseUrl = inject('baseUrl');
const open = appPerTest(baseUrl);

describe('analyst saved views', () => {
  it('saves a view, keeps it over a reload, opens it into the URL, back, exports the list', async () => {
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

    // Renaming, importing files and deleting: src/modes/analyst/SavedViews.test.tsx.
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
    expect(exported.views.map((v) => v.name)).toEqual(['Korat speeding']);
    expect(exported.views[0]?.query).toContain('provinces=30');

    await saveScreenshot(page, 'analyst-saved-views');
    expectClean(app);
  });
});
