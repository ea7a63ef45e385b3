import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_GROUPINGS } from '../../data/places/groupings-load';
import { initialAppState } from '../app/app-state';
import { chartScopeName } from '../queries/chart-scope';
import {
  activeGroupings,
  comparisonGrouping,
  findGroup,
  isUnverifiedGroup,
  setActiveGroupings,
  unverifiedGroupingNotes,
} from './groupings';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../url/url-state';
import { cardGroupCodes, chartProvinceCodes, regionCodes } from '../queries/view-filters';

afterEach(() => {
  setActiveGroupings(BUNDLED_GROUPINGS);
});

describe('group keys in the URL', () => {
  it('reads group=health:9 and writes it back the same', () => {
    const parsed = parseUrlState('?group=health:9');
    expect(parsed.problems).toEqual([]);
    expect(parsed.state.region).toBe('health:9');
    expect(serializeUrlState(parsed.state)).toBe('?group=health:9');
  });

  it('keeps old region= links: region=northeast reads and writes as before', () => {
    const parsed = parseUrlState('?region=northeast&lang=en');
    expect(parsed.problems).toEqual([]);
    expect(parsed.state.region).toBe('northeast');
    expect(serializeUrlState(parsed.state)).toBe('?region=northeast&lang=en');
  });

  it('writes group=region:north as the region link it is', () => {
    const parsed = parseUrlState('?group=region:north');
    expect(parsed.state.region).toBe('north');
    expect(serializeUrlState(parsed.state)).toBe('?region=north');
  });

  it('names a group the groupings lack and a region= the link overrides', () => {
    expect(parseUrlState('?group=health:14').problems).toEqual([
      'group=health:14: not understood, using the default',
    ]);
    expect(parseUrlState('?region=health:9').problems).toEqual([
      'region=health:9: not understood, using the default',
    ]);
    const both = parseUrlState('?group=inspection:3&region=south');
    expect(both.state.region).toBe('inspection:3');
    expect(both.problems).toEqual(['region=south: ignored, the link also names group=']);
  });

  it('reads a group of the served groupings, not only the bundled ones', () => {
    const region = BUNDLED_GROUPINGS.filter((g) => g.id === 'region');
    const cluster = {
      id: 'cluster',
      title: { th: 'กลุ่มจังหวัด', en: 'Provincial cluster' },
      source: { th: 'ทดสอบ', en: 'test' },
      verified: false,
      note: { th: 'ทดสอบ', en: 'test' },
      groups: [{ id: 'all', title: { th: 'ทั้งหมด', en: 'All' }, codes: [10, 11] }],
    };
    setActiveGroupings([...region, cluster]);
    expect(activeGroupings().map((g) => g.id)).toEqual(['region', 'cluster']);
    expect(parseUrlState('?group=cluster:all').state.region).toBe('cluster:all');
    expect(parseUrlState('?group=health:9').state.region).toBeNull();
    expect(isUnverifiedGroup('cluster:all')).toBe(true);
  });
});

describe('group filters', () => {
  it('gives the provinces of a health region, a region and an unknown group', () => {
    expect(regionCodes('health:9')).toEqual([30, 31, 32, 36]);
    expect(regionCodes('east')).toEqual([20, 21, 22, 23, 24, 25, 27]);
    expect(regionCodes('health:99')).toEqual([]);
    expect(regionCodes(null)).toBeNull();
  });

  it('narrows the charts to the province filter within the group', () => {
    const url = { ...DEFAULT_URL_STATE, region: 'health:9', provinces: [30, 40, 36] };
    expect(chartProvinceCodes({ url })).toEqual([30, 36]);
  });

  it('compares the selected province within the chosen grouping, else its region', () => {
    const base = { ...DEFAULT_URL_STATE, province: 40 };
    expect(cardGroupCodes({ url: base })).toEqual(regionCodes('northeast'));
    expect(cardGroupCodes({ url: { ...base, region: 'health:9' } })).toEqual([40, 44, 45, 46]);
    expect(comparisonGrouping('inspection:2')?.id).toBe('inspection');
    expect(findGroup('inspection:2')?.group.codes).toEqual([55, 56, 57, 58]);
  });

  it('names the group in chart titles', () => {
    const state = initialAppState({ ...DEFAULT_URL_STATE, region: 'health:9' });
    expect(chartScopeName(state, 'region')).toBe('เขตสุขภาพที่ 9');
    const en = initialAppState({ ...DEFAULT_URL_STATE, region: 'northeast', lang: 'en' });
    expect(chartScopeName(en, 'region')).toBe('Northeastern region');
  });
});

describe('unverifiedGroupingNotes', () => {
  it('names an unverified grouping when one of its groups is chosen, and nothing otherwise', () => {
    expect(unverifiedGroupingNotes({ region: 'inspection:5' }, 'th')).toEqual([
      'เขตตรวจราชการ: ยังไม่ได้ตรวจสอบกับคำสั่งทางการ · not yet checked against the official order',
    ]);
    expect(unverifiedGroupingNotes({ region: 'inspection:5' }, 'en')).toEqual([
      'Inspection zone: ยังไม่ได้ตรวจสอบกับคำสั่งทางการ · not yet checked against the official order',
    ]);
    expect(unverifiedGroupingNotes({ region: 'health:9' }, 'th')).toEqual([]);
    expect(unverifiedGroupingNotes({ region: null }, 'th')).toEqual([]);
  });
});
