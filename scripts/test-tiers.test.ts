import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './demo-data/options';
import { TEST_STAGES, TEST_STEPS, formatDuration, runStages, timingTable } from './test-tiers';

/**
 * Steps that end when the test says: `finish` sets the clock, ends the step with its exit code and
 * lets the runner read the clock and start what comes next.
 */
function controlledSteps() {
  let time = 0;
  const started: [string, boolean][] = [];
  const pending = new Map<string, (exitCode: number) => void>();
  return {
    started,
    now: () => time,
    runStep: (step: string, alone: boolean) =>
      new Promise<number>((resolve) => {
        started.push([step, alone]);
        pending.set(step, resolve);
      }),
    finish: async (step: string, at: number, exitCode = 0) => {
      time = at;
      const end = pending.get(step);
      if (!end) throw new Error(`${step} is not running`);
      end(exitCode);
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('runStages', () => {
  it('runs the steps of a stage together, each timed from the stage start, then the next stage', async () => {
    const steps = controlledSteps();
    const running = runStages(
      [['typecheck', 'lint', 'format:check'], ['test:unit']],
      steps.runStep,
      steps.now,
    );
    await steps.finish('typecheck', 15_000);
    await steps.finish('format:check', 20_000);
    // The next stage waits for the slowest step of this one.
    expect(steps.started).toEqual([
      ['typecheck', false],
      ['lint', false],
      ['format:check', false],
    ]);
    await steps.finish('lint', 62_000);
    expect(steps.started.at(-1)).toEqual(['test:unit', true]);
    await steps.finish('test:unit', 300_000);
    expect(await running).toEqual({
      results: [
        { step: 'typecheck', exitCode: 0, milliseconds: 15_000 },
        { step: 'lint', exitCode: 0, milliseconds: 62_000 },
        { step: 'format:check', exitCode: 0, milliseconds: 20_000 },
        { step: 'test:unit', exitCode: 0, milliseconds: 238_000 },
      ],
      milliseconds: 300_000,
    });
  });

  it('lets the stage of a failed step finish, and runs no stage after it', async () => {
    const steps = controlledSteps();
    const running = runStages([['a', 'b'], ['c']], steps.runStep, steps.now);
    await steps.finish('b', 1_000, 2);
    await steps.finish('a', 3_000);
    const { results } = await running;
    expect(steps.started.map(([step]) => step)).toEqual(['a', 'b']);
    expect(results.map((r) => [r.step, r.exitCode])).toEqual([
      ['a', 0],
      ['b', 2],
    ]);
  });

  it('runs the static checks together and each test tier alone', () => {
    expect(TEST_STAGES).toEqual([
      ['typecheck', 'lint', 'format:check'],
      ['test:unit'],
      ['test:component'],
      ['test:browser'],
    ]);
  });
});

describe('formatDuration', () => {
  it('gives seconds under a minute and minutes from one', () => {
    expect(formatDuration(420)).toBe('0.4 s');
    expect(formatDuration(59_940)).toBe('59.9 s');
    expect(formatDuration(59_960)).toBe('1 min 00 s');
    expect(formatDuration(65_000)).toBe('1 min 05 s');
    expect(formatDuration(754_400)).toBe('12 min 34 s');
  });
});

describe('timingTable', () => {
  it('lists each step, the ones not run and the total time end to end', () => {
    const table = timingTable(
      [
        { step: 'prerequisites', exitCode: 0, milliseconds: 300 },
        { step: 'test:unit', exitCode: 0, milliseconds: 95_000 },
        { step: 'test:component', exitCode: 1, milliseconds: 30_000 },
      ],
      ['test:browser'],
      // Less than the steps' sum: steps of a stage overlap.
      110_000,
    );
    expect(table.split('\n')).toEqual([
      'เวลาของแต่ละขั้น · Time per step',
      '  prerequisites          0.3 s  ผ่าน · passed',
      '  test:unit         1 min 35 s  ผ่าน · passed',
      '  test:component        30.0 s  ไม่ผ่าน · failed (exit 1)',
      '  test:browser               -  ไม่ได้รัน · not run',
      '  total             1 min 50 s',
    ]);
  });
});

describe('npm test', () => {
  it('runs this wrapper, whose steps are all package.json scripts', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.test).toBe('tsx scripts/test-tiers.ts');
    expect(TEST_STEPS.filter((step) => !(step in pkg.scripts))).toEqual([]);
  });
});
