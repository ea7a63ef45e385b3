/**
 * A build swapped under an open page (issue 16): once the page is up, the export dialog's chunk
 * answers 404 as it would after a redeploy renamed it. Opening the dialog must not reach the
 * error state: the idle dashboard reloads itself into the "new version" (the chunk served again),
 * keeping its URL, and the dialog then opens. The reload guard, the notice and the wall's scene
 * boundary are unit-tested in src/ui/chunk-reload.test.ts and NewVersionNotice.test.tsx.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, saveScreenshot, waitForReady, type AppPage } from './harness';

const baseUrl = inject('baseUrl');
let app: AppPage | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('a redeploy under an open page', () => {
  it('reloads into the new version keeping the URL instead of the error state', async () => {
    app = await openApp(`${baseUrl}?layers=poverty,vaccination&lang=en`);
    const { page } = app;
    await waitForReady(page);
    const urlBefore = page.url();
    const missing: string[] = [];
    const chunk = '**/ExportDialog-*.js';
    await page.route(chunk, (route) => {
      missing.push(route.request().url());
      return route.fulfill({ status: 404, body: 'gone after the redeploy' });
    });
    // Notes any moment the page shows the error state, however briefly, before the reload: in
    // session storage, written at once and still there in the reloaded page.
    await page.evaluate(() => {
      const html = document.documentElement;
      html.dataset.beforeRedeploy = 'yes';
      new MutationObserver(() => {
        if (html.dataset.state === 'error' || document.querySelector('.status-error')) {
          sessionStorage.setItem('test:saw-error-state', html.innerText.slice(0, 300));
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const reloaded = page.waitForEvent('load', { timeout: 20_000 });
    await page.locator('[data-action="export"]').click();
    await reloaded;
    // The new version serves its chunks.
    await page.unroute(chunk);
    await waitForReady(page).catch(async (error: unknown) => {
      await saveScreenshot(page, 'redeploy-failure');
      throw error;
    });
    // Vite's preload link and the import itself both asked for the gone chunk.
    expect(missing.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.dataset.beforeRedeploy)).toBe(
      undefined,
    );
    expect(page.url()).toBe(urlBefore);
    expect(await page.evaluate(() => sessionStorage.getItem('test:saw-error-state'))).toBe(null);
    expect(app.pageErrors).toEqual([]);
    await page.locator('[data-action="export"]').click();
    await page.locator('[role="dialog"]').waitFor({ timeout: 30_000 });
  });
});
