/**
 * `npm test`: checks the programs the suite needs (scripts/check-prerequisites.ts) and stops at
 * once when one is missing, then runs each step as its own package.json script, stopping at the
 * first that fails, and ends with the time each step took, so the suite's cost is read from every
 * run rather than measured apart (tests/README.md quotes it).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportPrerequisites } from './check-prerequisites';

/** The package.json scripts `npm test` runs, in order: the cheapest and broadest first. */
export const TEST_STEPS = [
  'typecheck',
  'lint',
  'format:check',
  'test:unit',
  'test:component',
  'test:browser',
] as const;

/** How one step ended: its exit code (0 passed) and how long it took. */
export interface StepResult {
  readonly step: string;
  readonly exitCode: number;
  readonly milliseconds: number;
}

/**
 * Runs the steps in order and stops after the first that fails. `runStep` resolves to the step's
 * exit code; `now` reads a clock in milliseconds (injected so the tests need no real time).
 */
export async function runSteps(
  steps: readonly string[],
  runStep: (step: string) => Promise<number>,
  now: () => number,
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const step of steps) {
    const start = now();
    const exitCode = await runStep(step);
    results.push({ step, exitCode, milliseconds: now() - start });
    if (exitCode !== 0) break;
  }
  return results;
}

/** "0.4 s", "59.9 s", "1 min 05 s": seconds while short, minutes once a step takes one. */
export function formatDuration(milliseconds: number): string {
  const tenths = Math.round(milliseconds / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(milliseconds / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** The table printed at the end of `npm test`: each step run, its time and outcome, and the total. */
export function timingTable(results: readonly StepResult[], skipped: readonly string[]): string {
  const width = Math.max(
    ...[...results.map((r) => r.step), ...skipped, 'total'].map((s) => s.length),
  );
  const row = (name: string, time: string, outcome: string) =>
    `  ${name.padEnd(width)}  ${time.padStart(12)}  ${outcome}`.trimEnd();
  const total = results.reduce((sum, r) => sum + r.milliseconds, 0);
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
    row('total', formatDuration(total), ''),
  ].join('\n');
}

/** Runs `npm run <step>` with this terminal, resolving to its exit code. */
function npmRun(step: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', step], { stdio: 'inherit' });
    child.once('error', (error) => {
      console.error(`npm run ${step}: ${error.message}`);
      resolve(1);
    });
    // A step killed by a signal has no exit code: it did not pass.
    child.once('exit', (code) => {
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
  const results = [check, ...(await runSteps(TEST_STEPS, npmRun, () => performance.now()))];
  const skipped = TEST_STEPS.slice(results.length - 1);
  console.log(`\n${timingTable(results, skipped)}`);
  process.exitCode = results.find((r) => r.exitCode !== 0)?.exitCode ?? 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
