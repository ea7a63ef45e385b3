import { describe, expect, it } from 'vitest';
import { searchProvinces } from './province-search';

const codes = (query: string) => searchProvinces(query).map((p) => p.code);

describe('searchProvinces', () => {
  it('finds Nakhon Ratchasima by its nickname, part of its Thai name, its code or English name', () => {
    for (const query of [
      'korat',
      'Korat',
      'โคราช',
      'นครราช',
      '30',
      'TH-30',
      'nakhon rat',
      'จ.นครราชสีมา',
    ]) {
      expect(codes(query)[0], query).toBe(30);
    }
  });

  it('lists every province whose name contains the text, exact matches first', () => {
    const nakhon = codes('นคร');
    expect(nakhon).toEqual(expect.arrayContaining([10, 30, 48, 73, 80]));
    expect(codes('Bangkok')[0]).toBe(10);
    expect(codes('บึงกาฬ')).toEqual([38]);
  });

  it('gives nothing for empty or unknown text, and respects the limit', () => {
    expect(codes('')).toEqual([]);
    expect(codes('   ')).toEqual([]);
    expect(codes('zzzz')).toEqual([]);
    expect(searchProvinces('a', 3)).toHaveLength(3);
  });
});
