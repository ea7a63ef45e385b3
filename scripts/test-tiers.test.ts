import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './demo-data/options';
import { TEST_STEPS, formatDuration, runSteps, timingTable } from './test-tiers';

/** A clock that moves by the given steps, one per reading, starting at 0. */
function steppingClock(...moves: number[]): () => number {
  let time = 0;
  let reading = 0;
  return () => {
    const now = time;
    time += moves[reading++] ?? 0;
    return now;
  };
}

describe('runSteps', () => {
  it('runs every step in order and times each', async () => {
    const ran: string[] = [];
    const results = await runSteps(
      ['typecheck', 'lint'],
      (step) => {
        ran.push(step);
        return Promise.resolve(0);
      },
      steppingClock(4_000, 0, 1_500),
    );
    expect(ran).toEqual(['typecheck', 'lint']);
    expect(results).toEqual([
      { step: 'typecheck', exitCode: 0, milliseconds: 4_000 },
      { step: 'lint', exitCode: 0, milliseconds: 1_500 },
    ]);
  });

  it('stops after the first step that fails', async () => {
    const ran: string[] = [];
    const results = await runSteps(
      ['a', 'b', 'c'],
      (step) => {
        ran.push(step);
        return Promise.resolve(step === 'b' ? 2 : 0);
      },
      steppingClock(),
    );
    expect(ran).toEqual(['a', 'b']);
    expect(results.map((r) => [r.step, r.exitCode])).toEqual([
      ['a', 0],
      ['b', 2],
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
  it('lists each step, the ones not run and the total', () => {
    const table = timingTable(
      [
        { step: 'prerequisites', exitCode: 0, milliseconds: 300 },
        { step: 'test:unit', exitCode: 0, milliseconds: 95_000 },
        { step: 'test:component', exitCode: 1, milliseconds: 30_000 },
      ],
      ['test:browser'],
    );
    expect(table.split('\n')).toEqual([
      'เวลาของแต่ละขั้น · Time per step',
      '  prerequisites          0.3 s  ผ่าน · passed',
      '  test:unit         1 min 35 s  ผ่าน · passed',
      '  test:component        30.0 s  ไม่ผ่าน · failed (exit 1)',
      '  test:browser               -  ไม่ได้รัน · not run',
      '  total             2 min 05 s',
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
