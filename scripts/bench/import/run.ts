/**
 * The import bench (issue 16): the built app in headless Chromium, the analyst's data tools, and
 * one file after another picked through the file input — the bad-input corpus, a 1,000,000-row
 * CSV, a 300 MB .xlsx bomb, a Parquet footer claiming 32 GB, a one-polygon GeoJSON of 1,000,000
 * vertices. For each: the time until the outcome shows (summary, refusal), the longest
 * main-thread task while it ran (PerformanceObserver 'longtask') and the JS heap after. Writes
 * scripts/bench/import/results.json. Run: `npx tsx scripts/bench/import/run.ts` (builds first;
 * `--dist <dir>` to use a build, `--only a.csv,b.xlsx` for some files: their results replace
 * theirs in the file, every other case's are kept as they were measured).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { corpusBytes, readCorpus } from '../../../tests/fixtures/bad-input/corpus';
import { PARSED_MARK } from '../../../src/data/import/import-worker-protocol';
import { openPage, serveDist } from '../browser-session';
import { csvInPage, parquetClaimingGigabytes, polygonGeojson, xlsxBomb } from './inputs';

const RESULTS = new URL('./results.json', import.meta.url);
const PANEL = '[data-panel="data-tools"]';
/** The bound on one main-thread task during an import. */
const LONG_TASK_LIMIT_MS = 200;

/** Collects long tasks from the page's start (installed before any script of the page runs). */
const LONG_TASK_SCRIPT = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

interface CaseResult {
  readonly file: string;
  readonly megabytes: number;
  readonly outcome: string;
  /** From the file input's change to the outcome on screen (and the DuckDB table ready). */
  readonly ms: number;
  /** From the change to the worker's table arriving (or the refusal): the import itself. */
  readonly importMs: number;
  /** Longest main-thread task while the file was read and parsed. */
  readonly longestTaskMs: number;
  readonly tasksOver200Ms: number;
  /** Longest task after the table arrived: the page drawing the new layer, DuckDB's load. */
  readonly longestTaskAfterMs: number;
  readonly heapMb: number | null;
}

/** Which outcome `file` reached: 'loaded', 'refused:<code>' or 'cancelled'. */
async function waitForOutcome(page: Page, file: string): Promise<string> {
  const selector = `${PANEL} :is([data-import-summary], [data-import-error], [data-import-cancelled])[data-file="${file}"]`;
  const outcome = page.locator(selector);
  await outcome.waitFor({ timeout: 600_000 });
  if ((await outcome.getAttribute('data-import-summary')) !== null) {
    // A layer: wait for its DuckDB table too, the last step that could block the page.
    await page.waitForFunction(
      () => !document.querySelector('[data-table-state="loading"]'),
      null,
      { timeout: 600_000 },
    );
    return 'loaded';
  }
  return (await outcome.getAttribute('data-import-error')) !== null ? 'refused' : 'cancelled';
}

/** Picks one file (bytes from Node, or made in the page) and measures its import. */
async function measure(
  page: Page,
  tmp: string,
  file: string,
  bytes: Uint8Array | { readonly rows: number; readonly names: readonly string[] },
): Promise<CaseResult> {
  const start = await page.evaluate(() => performance.now());
  let megabytes: number;
  if (bytes instanceof Uint8Array) {
    megabytes = bytes.byteLength / 1024 / 1024;
    // Through a file: Playwright refuses buffers over 50 MB.
    const onDisk = path.join(tmp, file);
    writeFileSync(onDisk, bytes);
    await page.locator(`${PANEL} [data-file-input]`).setInputFiles(onDisk);
  } else {
    const args = JSON.stringify([bytes.rows, bytes.names, file]);
    megabytes = await page.evaluate(`(() => {
      const file = (${csvInPage.toString()})(${args});
      const input = document.querySelector('${PANEL} [data-file-input]');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      window.__pickedAt = performance.now();
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return file.size / 1024 / 1024;
    })()`);
  }
  const outcome = await waitForOutcome(page, file);
  return page.evaluate(
    async ([from, name, size, result, limit, mark]) => {
      const w = window as unknown as { __longTasks: [number, number][]; __pickedAt?: number };
      // A page-made file: count from the change event, not from making its text.
      const begin = w.__pickedAt ?? from;
      w.__pickedAt = undefined;
      const now = performance.now();
      // The observer reports a task in a later task of its own: without this wait, a long task
      // that just ended (the first draw of a points layer) was read before it was reported.
      // Tasks that start during the wait are counted too: the layer's first frame may be one.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
      const parsedAt = performance
        .getEntriesByName(mark)
        .map((e) => e.startTime)
        .filter((t) => t >= begin)
        .pop();
      const split = parsedAt ?? now;
      const tasks = w.__longTasks.filter(([at]) => at >= begin);
      const before = tasks.filter(([at]) => at < split).map(([, d]) => d);
      const after = tasks.filter(([at]) => at >= split).map(([, d]) => d);
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return {
        file: name,
        megabytes: Math.round(size * 10) / 10,
        outcome: result,
        ms: Math.round(now - begin),
        importMs: Math.round(split - begin),
        longestTaskMs: Math.round(Math.max(0, ...before)),
        tasksOver200Ms: before.filter((d) => d > limit).length,
        longestTaskAfterMs: Math.round(Math.max(0, ...after)),
        heapMb: memory ? Math.round(memory.usedJSHeapSize / 1024 / 1024) : null,
      };
    },
    [start, file, megabytes, outcome, LONG_TASK_LIMIT_MS, PARSED_MARK] as const,
  );
}

/**
 * `fresh` in place of the same files' results in the results file (in its order, new files
 * last): a run of some files leaves the other cases' last numbers in place.
 */
function mergedResults(fresh: readonly CaseResult[]): CaseResult[] {
  if (!existsSync(RESULTS)) return [...fresh];
  const before = (JSON.parse(readFileSync(RESULTS, 'utf8')) as { results: CaseResult[] }).results;
  const byFile = new Map(fresh.map((r) => [r.file, r]));
  const kept = before.map((r) => byFile.get(r.file) ?? r);
  return [...kept, ...fresh.filter((r) => !before.some((b) => b.file === r.file))];
}

async function main(): Promise<void> {
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? '').split(',') : null;
  const distArg = process.argv.indexOf('--dist');
  const given = distArg >= 0 ? process.argv[distArg + 1] : undefined;
  const dist = given ?? mkdtempSync(path.join(tmpdir(), 'war-room-import-bench-'));
  if (!given) await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const tmp = mkdtempSync(path.join(tmpdir(), 'war-room-import-files-'));
  const { server, url } = await serveDist(dist);
  const { browser, page } = await openPage();
  const results: CaseResult[] = [];
  try {
    await page.addInitScript(LONG_TASK_SCRIPT);
    await page.goto(`${url}?mode=analyst&lang=en`);
    await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
      timeout: 300_000,
    });
    const codes = Array.from({ length: 77 }, (_, i) => String(10 + i));
    const cases: [string, Uint8Array | { rows: number; names: string[] }][] = [
      ...readCorpus().map((entry): [string, Uint8Array] => [entry.file, corpusBytes(entry)]),
      ['one-million-rows.csv', { rows: 1_000_000, names: codes }],
      ['bomb-300mb.xlsx', xlsxBomb(300)],
      ['claims-32gb.parquet', parquetClaimingGigabytes(64, 512)],
      ['one-polygon-1m-vertices.geojson', new TextEncoder().encode(polygonGeojson(1_000_000))],
    ];
    for (const [file, bytes] of cases.filter(([name]) => only?.includes(name) ?? true)) {
      const result = await measure(page, tmp, file, bytes);
      results.push(result);
      console.log(
        `${file}: ${result.outcome} in ${String(result.importMs)} ms (${String(result.ms)} ms with the layer drawn), longest task ${String(result.longestTaskMs)} ms while importing, ${String(result.longestTaskAfterMs)} ms after`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    if (!given) rmSync(dist, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  }
  const measured = only ? mergedResults(results) : results;
  const worst = measured.reduce((max, r) => Math.max(max, r.longestTaskMs), 0);
  const worstAfter = measured.reduce((max, r) => Math.max(max, r.longestTaskAfterMs), 0);
  const summary = {
    when: new Date().toISOString(),
    // With --only, the files measured at `when`; the others' numbers are from earlier runs.
    ...(only ? { measuredThen: results.map((r) => r.file) } : {}),
    limitMs: LONG_TASK_LIMIT_MS,
    longestTaskMs: worst,
    longestTaskAfterMs: worstAfter,
    casesOverLimit: measured.filter((r) => r.tasksOver200Ms > 0).map((r) => r.file),
    results: measured,
  };
  writeFileSync(RESULTS, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `longest main-thread task while importing: ${String(worst)} ms; after (layer drawn): ${String(worstAfter)} ms`,
  );
}

await main();
