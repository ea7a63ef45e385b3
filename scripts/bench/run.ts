/**
 * `npm run bench [-- --runs N --sizes 20000,100000,1000000 (10000000 by flag)]`: builds the app, measures start-up and
 * interaction at each incident count, and writes scripts/bench/results.json and BENCHMARKS.md.
 * Generated data for the larger sizes goes to a temporary folder (never into public/data).
 */
import { targetsTable, type QueryRatios } from './targets';
import { execFileSync } from 'node:child_process';
import { sweepTable, type WidthResult } from './mosaic/table';
import { markdownReport, type QueryBenchResults } from './queries/report';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { readProvinceAnchors } from '../../tests/browser/map-pixels';
import { interactionTable, measureInteraction, type InteractionResult } from './interaction';
import { measureStartup, startupTables } from './startup';

const DEFAULT_INCIDENTS = 20_000;

/** A copy of dist/ whose data/ holds demo data with `incidents` incidents. */
function distWithIncidents(incidents: number, scratch: string): string {
  if (incidents === DEFAULT_INCIDENTS) return 'dist';
  const dir = path.join(scratch, `dist-${incidents}`);
  cpSync('dist', dir, { recursive: true });
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/generate-demo-data.ts',
      '--incidents',
      String(incidents),
      '--out',
      path.join(dir, 'data'),
    ],
    { stdio: 'inherit' },
  );
  return dir;
}

/** What the numbers come from, and what was changed to get them (kept with the tables). */
const DESIGN_NOTES = [
  '## How the interaction path is built',
  '',
  '- The browser never scans raw incidents for a view: `npm run demo-data` (and `npm run aggregate` for real',
  '  data) publishes per-day aggregates (province × day, × cause, × vehicle, 12 km hexagon × day) made by',
  '  native DuckDB (`src/data/published/aggregates.ts`). Their size does not grow with the incident count beyond',
  '  77 provinces × 372 days × categories, so 1,000,000 and 10,000,000 incidents cost the same per step.',
  '- The raw incident file is `deferred`: it loads only when the map is zoomed in to the dots, so it is',
  '  not in the memory figures above (the sweep and clicks stay zoomed out).',
  '- A brush step sends its ~9 prepared queries to the DuckDB worker inside the store update (no await in',
  '  between), prepared once per SQL text; their answers reach the store in one update and one render.',
  '- Bars are CSS; the recharts plot of the time series and the other charts skip renders that change nothing;',
  '  the density hexagons are instanced (no polygon tessellation per step).',
  '- Before these changes (session 1 numbers): 20,000 incidents brush p50 755 ms / p95 920 ms, click p50',
  '  689 ms; 1,000,000 incidents did not update within 60 s.',
  '- The time-series chart keeps its data arrays while their content is unchanged, so after the mouse-up',
  '  of a brush step recharts does not render again (it renders while the brush is dragged).',
  '- What is left on this machine is mostly painting: Chromium renders WebGL in software (SwiftShader),',
  '  and every step waits for at least three frames of the full-screen map.',
  '',
  '## How start-up is built',
  '',
  '- The first paint is the 77-province preview file (`data/vaccination-latest.json`, 10 KB) drawn by',
  "  MapLibre's own province fill: deck.gl (226 KB brotli) is fetched after the first paint, DuckDB-WASM",
  '  (6.4 MB brotli with parquet-wasm) after that, and the recharts time series after the first paint too.',
  '- The map and its WebGL context are created at once, before the province shapes arrive (creating a',
  '  context takes ~360 ms in SwiftShader, measured with a CPU profile), and get the shapes when they do.',
  "- Vite's dynamic-import helper has a chunk of its own; it had landed in the deck.gl chunk, which then",
  '  loaded before the first paint.',
  '- Start-up was 759 KB before the first paint and 1.84 s cold (median) before these changes.',
];

/** The last `npm run bench:queries` results, for the targets table (null if never run). */
function readQueryRatios(): QueryRatios | null {
  const file = 'scripts/bench/queries-results.json';
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as QueryRatios) : null;
}

/**
 * The query and Mosaic benchmarks' last results (`npm run bench:queries`, `npm run bench:mosaic`,
 * written to their JSON files), kept in BENCHMARKS.md when this script rewrites it.
 */
function peerSections(): string[] {
  const lines: string[] = [];
  const queries = 'scripts/bench/queries-results.json';
  if (existsSync(queries)) {
    lines.push(...markdownReport(JSON.parse(readFileSync(queries, 'utf8')) as QueryBenchResults));
    lines.push('');
  }
  const soak = 'scripts/bench/soak-results.json';
  if (existsSync(soak)) {
    const { date, markdown } = JSON.parse(readFileSync(soak, 'utf8')) as {
      date: string;
      markdown: string;
    };
    lines.push(`<!-- npm run bench:soak, ${date} -->`, markdown.trimEnd(), '');
  }
  for (const file of [
    'scripts/bench/mosaic-results.json',
    'scripts/bench/mosaic/results-10m.json',
  ]) {
    if (!existsSync(file)) continue;
    const run = JSON.parse(readFileSync(file, 'utf8')) as MosaicRun;
    lines.push(
      `## Peer: Mosaic with pre-aggregation, same data, same browser (\`npm run bench:mosaic\`, ${run.measuredAt})`,
      '',
      ...sweepTable(run.machine, run.incidents, run.results),
      '',
    );
  }
  return lines;
}

/** The parts of a `npm run bench:mosaic` JSON file the report reads. */
interface MosaicRun {
  readonly measuredAt: string;
  readonly machine: string;
  readonly incidents: number;
  readonly results: readonly WidthResult[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      sizes: { type: 'string', default: '20000,100000,1000000' },
    },
  });
  const runs = Number(values.runs);
  const sizes = values.sizes.split(',').map(Number);
  await build({ logLevel: 'warn' });
  const startup = await measureStartup('dist', runs);
  const anchors = readProvinceAnchors()
    .filter((_, index) => index % 4 === 0)
    .slice(0, 20)
    .map((a): [number, number] => [a.lon, a.lat]);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'war-room-bench-'));
  const interaction: InteractionResult[] = [];
  const failures: string[] = [];
  try {
    for (const incidents of sizes) {
      const dir = distWithIncidents(incidents, scratch);
      const label = `${incidents.toLocaleString('en')} incidents`;
      try {
        interaction.push(await measureInteraction(dir, label, incidents, anchors));
      } catch (error) {
        const message = `${label}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`;
        console.error(message);
        failures.push(message);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
  const measuredAt = new Date().toISOString();

  writeFileSync(
    'scripts/bench/results.json',
    `${JSON.stringify({ measuredAt, machine, startup, interaction, failures }, null, 2)}\n`,
  );
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench/) on ${measuredAt}: ${machine}; Debian Chromium headless with SwiftShader (no GPU), a fresh profile per run. Raw numbers: scripts/bench/results.json. Rerun: \`npm run bench\` (options \`--runs N\`, \`--sizes 20000,1000000,10000000\`).`,
    '',
    '## Targets',
    '',
    ...targetsTable(startup, interaction, readQueryRatios()),
    '',
    'What was changed to approach them, and what is left: the two "How ... is built" sections below.',
    '',
    '## Start-up (default demo data, cold)',
    '',
    ...startupTables(startup),
    '',
    '## Interaction (`?layers=road_safety`)',
    '',
    'Brush: 20 drags of the road-safety time-series brush (a 20 % window moved across the year, 4 %',
    'per step). Click: 20 province clicks on the map. "Painted" is the mouse-up to all views updated:',
    'the URL changed, every view query answered, the views rendered and two more frames painted.',
    '"Queries answered" is the mouse-up to the last view query\'s answer (the data path alone).',
    '',
    ...interactionTable(interaction),
    '',
    ...DESIGN_NOTES,
    '',
    ...peerSections(),
    ...(failures.length > 0
      ? ['Runs that did not finish:', '', ...failures.map((f) => `- ${f}`), '']
      : []),
  ];
  writeFileSync('BENCHMARKS.md', lines.join('\n'));
  console.log(lines.join('\n'));
}

await main();
