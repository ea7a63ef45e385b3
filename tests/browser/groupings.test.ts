/**
 * Issue 14 item 5: groupings are data. Only the whole app proves that the page reads the served
 * groupings.json at start-up (an administrator's edit, no rebuild) before the URL, so a link to
 * a group of that file opens narrowed to it, with a bad grouping named and left out. The file is
 * a copy of the shipped one with two groupings added, served by request interception.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { waitForReady } from './harness';
import { appPerTest, expectClean, params, poll } from './whole-helpers';

const baseUrl = inject('baseUrl');
const open = appPerTest(baseUrl);

const shipped = JSON.parse(readFileSync('public/data/groupings.json', 'utf8')) as {
  groupings: { id: string; groups: { provinces: number[] }[] }[];
};
const region = shipped.groupings.find((g) => g.id === 'region');
const text = (th: string, en: string) => ({ th, en });
/** Two clusters: the north-east's provinces and the rest (every province in one of them). */
const northeast = region?.groups.find((_, i) => i === 1)?.provinces ?? [];
const rest = (region?.groups ?? [])
  .flatMap((g) => g.provinces)
  .filter((c) => !northeast.includes(c));
const CLUSTER = {
  id: 'cluster',
  title: text('กลุ่มจังหวัด', 'Provincial cluster'),
  source: text('แฟ้มทดสอบ', 'test file'),
  verified: false,
  note: text('ทดสอบ', 'test'),
  groups: [
    { id: 'isan', title: text('กลุ่มอีสาน', 'Isan cluster'), provinces: northeast },
    { id: 'rest', title: text('กลุ่มอื่น', 'Other cluster'), provinces: rest },
  ],
};
const BAD = { ...CLUSTER, id: 'broken', groups: [{ ...CLUSTER.groups[0], provinces: [99] }] };
const FILE = JSON.stringify({ groupings: [...shipped.groupings, CLUSTER, BAD] });

describe('the served groupings file', () => {
  it('is read before the URL: a link to its group opens narrowed, unverified said', async () => {
    const app = await open('favicon.svg');
    const { page } = app;
    await page.route('**/data/groupings.json', (route) =>
      route.fulfill({ body: FILE, contentType: 'application/json' }),
    );
    await page.goto(`${baseUrl}?refresh=0&group=cluster:isan`);
    await waitForReady(page);
    expect(params(page).get('group')).toBe('cluster:isan');
    expect(await page.locator('.grouping-choice select').inputValue()).toBe('cluster');
    expect(await page.locator('.region-filter select').inputValue()).toBe('cluster:isan');
    expect(await page.locator('.group-filter .grouping-unverified').innerText()).toBe(
      'ยังไม่ได้ตรวจสอบกับคำสั่งทางการ · not yet checked against the official order',
    );
    await poll(() => page.locator('.kpi-scope').innerText()).toContain('กลุ่มอีสาน');
    await poll(() => page.locator('.notices').innerText()).toContain('broken');
    expectClean(app);
  });
});
