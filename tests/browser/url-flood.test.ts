/**
 * Issue 19: a link with hundreds of unknown provinces and categories and a date range outside
 * the data gives a few bounded notices; categories the data lacks are not ticked nor applied.
 * Only the whole app proves it: the category values come from DuckDB's answer in analyst mode.
 */
import { describe, expect, inject, it } from 'vitest';
import { appPerTest, expectClean, params, poll, settle } from './whole-helpers';

const baseUrl = inject('baseUrl');
const open = appPerTest(baseUrl);

describe('a link full of unknown values', () => {
  it('gives one notice per kind, ticks no unknown category, and names the data period', async () => {
    const provinces = Array.from({ length: 300 }, (_, i) => String(100 + i)).join(',');
    const categories = Array.from({ length: 300 }, (_, i) => `x${String(i)}`).join(',');
    const app = await open(
      `?mode=analyst&lang=en&layers=complaints&from=1990-01-01&to=1990-12-31&provinces=${provinces}&category=${categories}`,
    );
    const { page } = app;
    await settle(page);
    await poll(() => params(page).get('category')).toBeNull();
    const notices = page.locator('.notices li');
    await poll(() => notices.count()).toBe(4);
    const text = (await notices.allInnerTexts()).join('\n');
    expect(text).toContain('300 unknown provinces ignored (first 5: "100", "101", "102"');
    expect(text).toContain('250 values past the first 50 ignored');
    expect(text).toContain('50 values not in the data ignored (first 5: "x0", "x1"');
    expect(text).toMatch(/The date range 1 Jan 1990 .* has no data for .*\(covers 1 Jan 2025/);
    expect(text.length).toBeLessThan(4000);
    expect(await page.locator('[data-filter="categories"] input:checked').count()).toBe(0);
    expectClean(app);
  });
});
