import { describe, expect, it } from 'vitest';
import { Rng, WeightedPicker, apportion } from './random';

describe('Rng', () => {
  it('repeats the same sequence for the same seed and stream', () => {
    const first = new Rng(7, 'a');
    const second = new Rng(7, 'a');
    const drawsA = Array.from({ length: 100 }, () => first.next());
    const drawsB = Array.from({ length: 100 }, () => second.next());
    expect(drawsA).toEqual(drawsB);
    expect(drawsA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives different sequences for another seed or another stream', () => {
    const base = new Rng(7, 'a').next();
    expect(new Rng(8, 'a').next()).not.toBe(base);
    expect(new Rng(7, 'b').next()).not.toBe(base);
  });

  it('draws roughly uniform values and normal values with mean 0 and sd 1', () => {
    const rng = new Rng(1, 'stats');
    const n = 50_000;
    const uniforms = Array.from({ length: n }, () => rng.next());
    const normals = Array.from({ length: n }, () => rng.normal());
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(uniforms)).toBeCloseTo(0.5, 2);
    expect(mean(normals)).toBeCloseTo(0, 1);
    const sd = Math.sqrt(mean(normals.map((x) => x * x)));
    expect(sd).toBeGreaterThan(0.97);
    expect(sd).toBeLessThan(1.03);
  });

  it('keeps binomial draws within 0..n', () => {
    const rng = new Rng(3, 'binomial');
    for (let i = 0; i < 1000; i++) {
      const k = rng.binomial(5, 0.6);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThanOrEqual(5);
    }
  });
});

describe('WeightedPicker', () => {
  it('picks indexes in proportion to the weights and never a zero-weight one', () => {
    const picker = new WeightedPicker([1, 0, 3]);
    const rng = new Rng(2, 'picker');
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const index = picker.pickIndex(rng);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.8);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.2);
  });

  it('rejects weights that are all zero or negative', () => {
    expect(() => new WeightedPicker([0, 0])).toThrow();
    expect(() => new WeightedPicker([1, -1])).toThrow();
  });
});

describe('apportion', () => {
  it('splits a total exactly and in proportion', () => {
    const parts = apportion(10, [1, 1, 1]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(parts).toEqual([4, 3, 3]);
    expect(apportion(1_032_987, [0.3, 0.5, 0.2]).reduce((a, b) => a + b, 0)).toBe(1_032_987);
  });
});
