/**
 * `npm test`: checks the programs the suite needs (scripts/check-prerequisites.ts) and stops at
 * once when one is missing, then runs the steps as package.json scripts, stage by stage, stopping
 * after the first stage with a step that fails, and ends with the time each step took, so the
 * suite's cost is read from every run rather than measured apart (tests/README.md quotes it).
 * The static checks share a stage: each is one single-threaded process, so together they keep
 * both cores busy and finish in about the time of the longest (lint) instead of the sum.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportPrerequisites } from './check-prerequisites';

/**
 * The package.json scripts `npm test` runs, stage after stage, the cheapest and broadest first;
 * the steps of a stage run at the same time. The test tiers each fill both cores on their own.
 */
export const TEST_STAGES = [
  ['typecheck', 'lint', 'format:check'],
  ['test:unit'],
  ['test:component'],
  ['test:browser'],
] as const;

/** Every step of {@link TEST_STAGES}, in order. */
export const TEST_STEPS: readonly string[] = TEST_STAGES.flat();

/** How one step ended: its exit code (0 passed) and how long it took. */
export interface StepResult {
  readonly step: string;
  readonly exitCode: number;
  readonly milliseconds: number;
}

/** What {@link runStages} gives back: each step run, and the time the stages took end to end. */
export interface StagesResult {
  readonly results: StepResult[];
  /** Wall-clock time of the stages run: less than the steps' sum when a stage ran several. */
  readonly milliseconds: number;
}

/**
 * Runs the stages in order, the steps of each at the same time, and stops after the first stage
 * in which a step failed (its other steps still finish, so every failure of the stage is seen).
 * `runStep` resolves to the step's exit code (`alone`: no other step runs beside it); `now` reads
 * a clock in milliseconds (injected so the tests need no real time). Results keep the order of the
 * stages, not the order in which the steps ended.
 */
export async function runStages(
  stages: readonly (readonly string[])[],
  runStep: (step: string, alone: boolean) => Promise<number>,
  now: () => number,
): Promise<StagesResult> {
  const results: StepResult[] = [];
  const start = now();
  for (const stage of stages) {
    const stageResults = await Promise.all(
      stage.map(async (step) => {
        const stepStart = now();
        const exitCode = await runStep(step, stage.length === 1);
        return { step, exitCode, milliseconds: now() - stepStart };
      }),
    );
    results.push(...stageResults);
    if (stageResults.some((r) => r.exitCode !== 0)) break;
  }
  return { results, milliseconds: now() - start };
}

/** "0.4 s", "59.9 s", "1 min 05 s": seconds while short, minutes once a step takes one. */
export function formatDuration(milliseconds: number): string {
  const tenths = Math.round(milliseconds / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(milliseconds / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/**
 * The table printed at the end of `npm test`: each step run, its time and outcome, and the total
 * (wall-clock `totalMilliseconds`, since steps of one stage overlap).
 */
export function timingTable(
  results: readonly StepResult[],
  skipped: readonly string[],
  totalMilliseconds: number,
): string {
  const width = Math.max(
    ...[...results.map((r) => r.step), ...skipped, 'total'].map((s) => s.length),
  );
  const row = (name: string, time: string, outcome: string) =>
    `  ${name.padEnd(width)}  ${time.padStart(12)}  ${outcome}`.trimEnd();
  return [
    'เวลาของแต่ละขั้น · Time per step',
    ...results.map((r) =>
      row(
        r.step,
        formatDuration(r.milliseconds),
        r.exitCode === 0 ? 'ผ่าน · passed' : `ไม่ผ่าน · failed (exit ${r.exitCode})`,
      ),
    ),
    ...skipped.map((step) => row(step, '-', 'ไม่ได้รัน · not run')),
    row('total', formatDuration(totalMilliseconds), ''),
  ].join('\n');
}

/**
 * Runs `npm run <step>`, resolving to its exit code. Alone in its stage it writes to this terminal
 * as it goes; beside others its output is held and written in one piece when it ends, so the
 * lines of steps running together never interleave.
 */
function npmRun(step: string, alone: boolean): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', step], {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      // Held output is not a terminal: keep the colours a terminal would get.
      env: alone || !process.stdout.isTTY ? process.env : { ...process.env, FORCE_COLOR: '1' },
    });
    const held: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
    child.once('error', (error) => {
      console.error(`npm run ${step}: ${error.message}`);
      resolve(1);
    });
    // 'close', not 'exit': the held output has then all arrived. A step killed by a signal has
    // no exit code: it did not pass.
    child.once('close', (code) => {
      if (held.length > 0) process.stdout.write(Buffer.concat(held));
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<void> {
  const checkStart = performance.now();
  // A missing program stops here, before minutes of type checks and lint lead to tests that fail.
  if (!reportPrerequisites()) {
    process.exitCode = 1;
    return;
  }
  const check: StepResult = {
    step: 'prerequisites',
    exitCode: 0,
    milliseconds: performance.now() - checkStart,
  };
  const run = await runStages(TEST_STAGES, npmRun, () => performance.now());
  const results = [check, ...run.results];
  const skipped = TEST_STEPS.slice(run.results.length);
  console.log(`\n${timingTable(results, skipped, check.milliseconds + run.milliseconds)}`);
  process.exitCode = results.find((r) => r.exitCode !== 0)?.exitCode ?? 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
