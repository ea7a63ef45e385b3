import { describe, expect, it } from 'vitest';
import { batchProvinceCodes } from './province-scope';

describe('batchProvinceCodes', () => {
  it('gives all 77 provinces when the views are not narrowed, Bangkok first and Bueng Kan among them', () => {
    const codes = batchProvinceCodes(null);
    expect(codes).toHaveLength(77);
    expect(codes[0]).toBe(10);
    expect(codes).toContain(38);
    expect(new Set(codes).size).toBe(77);
  });

  it("gives the eight provinces of health region 1 in the country's order", () => {
    expect(batchProvinceCodes('health:1')).toEqual([50, 51, 52, 54, 55, 56, 57, 58]);
  });

  it('gives the 14 provinces of the south for an old region key', () => {
    expect(batchProvinceCodes('south')).toHaveLength(14);
  });

  it('falls back to every province for a group the groupings in use do not have', () => {
    expect(batchProvinceCodes('health:99')).toHaveLength(77);
  });
});
