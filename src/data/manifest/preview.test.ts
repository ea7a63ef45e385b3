import { describe, expect, it } from 'vitest';
import { parseProvincePreview } from './preview';

const row = { province_code: 10, population: 1000, dose1: 800, dose2: 650, dose3: 200 };
const preview = { dataset: 'vaccination', asOf: '2024-01-21', rows: [row] };

describe('parseProvincePreview', () => {
  it('accepts a valid preview', () => {
    expect(parseProvincePreview(preview, 'preview.json', 'vaccination')).toEqual(preview);
  });

  it.each<[string, unknown, string]>([
    [
      'another dataset',
      { ...preview, dataset: 'poverty' },
      "preview.json: dataset 'poverty' does not match the manifest's preview.dataset 'vaccination'; regenerate the preview",
    ],
    [
      'a province twice',
      { ...preview, rows: [row, row] },
      'preview.json: rows[1]: province_code 10 appears twice; keep one row per province',
    ],
    [
      'a fractional count',
      { ...preview, rows: [{ ...row, dose1: 1.5 }] },
      'preview.json: rows[0]: dose1 must be a whole number >= 0 (people with at least one dose), found 1.5',
    ],
    [
      'an extra field',
      { ...preview, rows: [{ ...row, name: 'Bangkok' }] },
      "preview.json: rows[0]: unknown field 'name' (allowed: province_code, population, dose1, dose2, dose3); check its spelling or remove it",
    ],
    [
      'a bad asOf',
      { ...preview, asOf: '21/01/2024' },
      "preview.json: asOf '21/01/2024' is not an ISO date YYYY-MM-DD",
    ],
  ])('rejects %s', (_, json, message) => {
    expect(() => parseProvincePreview(json, 'preview.json', 'vaccination')).toThrow(message);
  });
});
