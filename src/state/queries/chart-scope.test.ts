import { describe, expect, it } from 'vitest';
import { initialAppState } from '../app/app-state';
import { chartScopeName, scopedTitle } from './chart-scope';
import { DEFAULT_URL_STATE, type UrlState } from '../url/url-state';

function stateWith(url: Partial<UrlState>) {
  const full = { ...DEFAULT_URL_STATE, ...url };
  return initialAppState(full);
}

describe('chartScopeName', () => {
  it('names the whole country when nothing is selected', () => {
    expect(chartScopeName(stateWith({}))).toBe('ทั้งประเทศ');
    expect(chartScopeName(stateWith({ lang: 'en' }))).toBe('Thailand');
  });

  it('names the selected province, in the UI language', () => {
    expect(chartScopeName(stateWith({ province: 30 }))).toBe('นครราชสีมา');
    expect(chartScopeName(stateWith({ province: 30, lang: 'en' }))).toBe('Nakhon Ratchasima');
    // The province wins over its region.
    expect(chartScopeName(stateWith({ province: 38, region: 'northeast' }))).toBe('บึงกาฬ');
  });

  it('names the region when no province is selected', () => {
    expect(chartScopeName(stateWith({ region: 'northeast' }))).toBe('ภาคตะวันออกเฉียงเหนือ');
    expect(chartScopeName(stateWith({ region: 'south', lang: 'en' }))).toBe('Southern region');
  });

  it("names the analyst's filtered provinces when no single province is selected", () => {
    expect(chartScopeName(stateWith({ provinces: [10, 30, 40] }))).toBe('3 จังหวัดที่กรองไว้');
    expect(chartScopeName(stateWith({ provinces: [10, 30], lang: 'en' }), 'region')).toBe(
      '2 filtered provinces',
    );
    expect(chartScopeName(stateWith({ provinces: [10, 30], province: 30 }))).toBe('นครราชสีมา');
  });

  it("with kind 'region' ignores the province (a ranking ranks the region's provinces)", () => {
    expect(chartScopeName(stateWith({ province: 30 }), 'region')).toBe('ทั้งประเทศ');
    expect(chartScopeName(stateWith({ province: 30, region: 'northeast' }), 'region')).toBe(
      'ภาคตะวันออกเฉียงเหนือ',
    );
  });
});

describe('scopedTitle', () => {
  it('joins the title and the area with a dash', () => {
    expect(scopedTitle('อุบัติเหตุรายวัน', stateWith({ province: 30 }))).toBe('อุบัติเหตุรายวัน — นครราชสีมา');
    expect(scopedTitle('Road incidents per day', stateWith({ lang: 'en' }))).toBe(
      'Road incidents per day — Thailand',
    );
  });
});
