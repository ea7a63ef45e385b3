import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PLAYLIST_NAME,
  BUILT_IN_PLAYLIST_JSON,
  BUILT_IN_SCENES,
} from './default-playlist';
import { DEFAULT_SCENE_CHARTS, parsePlaylist } from './playlist';

const FILE = 'wall/test.json';

const good = {
  id: 'road',
  title: { th: 'อุบัติเหตุ', en: 'Road safety' },
  dwellSeconds: 12,
  layers: ['vaccination', 'road_safety'],
  filters: { region: 'northeast', province: 30, from: '2025-04-11', to: '2025-04-17' },
  view: { region: 'northeast' },
  charts: ['ranking', 'kpis'],
};

function one(scene: unknown) {
  return parsePlaylist({ version: 1, scenes: [scene] }, FILE);
}

describe('parsePlaylist', () => {
  it('reads every field of a valid scene', () => {
    const { scenes, problems } = one(good);
    expect(problems).toEqual([]);
    expect(scenes).toEqual([
      {
        id: 'road',
        where: `${FILE}: scenes[0] ("road")`,
        title: { th: 'อุบัติเหตุ', en: 'Road safety' },
        dwellSeconds: 12,
        layers: ['vaccination', 'road_safety'],
        region: 'northeast',
        province: 30,
        from: '2025-04-11',
        to: '2025-04-17',
        view: { kind: 'region', region: 'northeast' },
        // Stacked in the wall's fixed order, whatever order the file lists them in.
        charts: ['kpis', 'ranking'],
      },
    ]);
  });

  it('narrows a scene to a health region or an inspection zone, and checks the province is in it', () => {
    const health = one({ ...good, filters: { region: 'health:9' }, view: undefined });
    expect(health.problems).toEqual([]);
    expect(health.scenes[0]).toMatchObject({
      region: 'health:9',
      province: null,
      view: { kind: 'region', region: 'health:9' },
    });
    const korat = one({ ...good, filters: { region: 'health:9', province: 30 } });
    expect(korat.problems).toEqual([]);
    const zone = one({ ...good, filters: {}, view: { region: 'inspection:4' } });
    expect(zone.scenes[0]?.view).toEqual({ kind: 'region', region: 'inspection:4' });
    const outside = one({ ...good, filters: { region: 'health:1', province: 30 } });
    expect(outside.scenes).toEqual([]);
    expect(outside.problems[0]).toContain(
      'filters.province: expected a province of the group "health:1", got 30',
    );
  });

  it('accepts any dataset id a manifest may declare: the manifest check comes later', () => {
    const { scenes, problems } = one({ ...good, layers: ['drought', 'inspection_2'] });
    expect(problems).toEqual([]);
    expect(scenes[0]?.layers).toEqual(['drought', 'inspection_2']);
  });

  it('fills defaults: no filters, the map view follows the filters, default charts, English = Thai', () => {
    const base = { id: 'a', title: { th: 'ก' }, dwellSeconds: 5, layers: ['poverty'] };
    const [national] = one(base).scenes;
    expect(national).toMatchObject({
      title: { th: 'ก', en: 'ก' },
      region: null,
      province: null,
      from: null,
      to: null,
      view: { kind: 'thailand' },
      charts: DEFAULT_SCENE_CHARTS,
    });
    expect(one({ ...base, filters: { province: '10' } }).scenes[0]?.view).toEqual({
      kind: 'province',
      code: 10,
    });
    expect(one({ ...base, filters: { region: 'south' } }).scenes[0]?.view).toEqual({
      kind: 'region',
      region: 'south',
    });
    expect(
      one({ ...base, view: 'thailand', filters: { region: 'south' } }).scenes[0]?.view,
    ).toEqual({ kind: 'thailand' });
    expect(one({ ...base, charts: [] }).scenes[0]?.charts).toEqual([]);
  });

  it.each([
    [{ dwellSeconds: 0 }, 'dwellSeconds: expected a number of seconds from 1 to 3600, got 0'],
    [{ dwellSeconds: '10' }, 'dwellSeconds: expected a number of seconds from 1 to 3600, got "10"'],
    [{ layers: [] }, 'layers: expected a non-empty list'],
    [
      { layers: ['vaccination', 'Roads'] },
      'layers[1]: expected a dataset id of the manifest (e.g. "vaccination"), got "Roads"',
    ],
    [{ layers: ['vaccination', 7] }, 'layers[1]: expected a dataset id of the manifest'],
    [{ layers: ['poverty', 'poverty'] }, 'layers[1]: expected each layer once'],
    [{ title: { en: 'only English' } }, 'title: expected { "th": "…", "en": "…" }'],
    [{ id: 'has space' }, 'id: expected letters, digits'],
    [
      { filters: { region: 'middle' } },
      'filters.region: expected a region (north, northeast, central, east, west, south) or a group such as "health:9", got "middle"',
    ],
    [
      { filters: { region: 'health:14' } },
      'filters.region: expected a region (north, northeast, central, east, west, south) or a group such as "health:9", got "health:14"',
    ],
    [{ filters: { province: 99 } }, 'filters.province: expected the TIS-1099 code'],
    [
      { filters: { region: 'south', province: 30 } },
      'filters.province: expected a province of the group "south", got 30',
    ],
    [{ filters: { from: '2025-02-30' } }, 'filters.from: expected an ISO date'],
    [
      { filters: { from: '2025-05-01', to: '2025-04-01' } },
      'filters.to: expected a date on or after filters.from (2025-05-01)',
    ],
    [
      { view: 'world' },
      'view: expected "thailand", { "region": "<region or group>" } or { "province": <code> }',
    ],
    [{ view: { province: 1 } }, 'view.province: expected the TIS-1099 code'],
    [{ charts: ['map'] }, 'charts[0]: expected one of kpis, timeseries, ranking, breakdown'],
  ])('skips a scene with %j and names the file, scene and field', (change, message) => {
    const { scenes, problems } = parsePlaylist(
      {
        scenes: [
          { ...good, id: 'first' },
          { ...good, ...change },
        ],
      },
      FILE,
    );
    expect(scenes.map((s) => s.id)).toEqual(['first']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${FILE}: scenes[1]`);
    expect(problems[0]).toContain(message);
    expect(problems[0]).toMatch(/scene skipped$/);
  });

  it('skips a scene repeating an earlier id and one that is not an object', () => {
    const { scenes, problems } = parsePlaylist({ scenes: [good, good, 'x'] }, FILE);
    expect(scenes).toHaveLength(1);
    expect(problems).toEqual([
      `${FILE}: scenes[1] ("road"): id: expected an id no earlier scene uses, got "road"; scene skipped`,
      `${FILE}: scenes[2]: scene: expected an object, got "x"; scene skipped`,
    ]);
  });

  it('keeps a scene with an unknown field and says the field is ignored', () => {
    const { scenes, problems } = one({ ...good, dwell: 3, filters: { ...good.filters, day: 1 } });
    expect(scenes).toHaveLength(1);
    expect(problems).toEqual([
      `${FILE}: scenes[0] ("road"): unknown field "dwell" ignored`,
      `${FILE}: scenes[0] ("road"): unknown field "filters.day" ignored`,
    ]);
  });

  it.each([
    [null, 'expected an object with "scenes", got null'],
    [[good], 'expected an object with "scenes"'],
    [{ version: 2, scenes: [good] }, 'version: expected 1, got 2'],
    [{ scenes: [] }, 'scenes: expected a non-empty list of scenes, got []'],
    [{}, 'scenes: expected a non-empty list of scenes, got nothing'],
  ])('gives no scenes for an unusable file %j', (json, message) => {
    const { scenes, problems } = parsePlaylist(json, FILE);
    expect(scenes).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${FILE}: ${message}`);
  });
});

describe('the shipped playlists', () => {
  it('public/wall/playlist.json is valid', () => {
    const json: unknown = JSON.parse(readFileSync('public/wall/playlist.json', 'utf8'));
    const { scenes, problems } = parsePlaylist(json, 'public/wall/playlist.json');
    expect(problems).toEqual([]);
    expect(scenes.length).toBeGreaterThanOrEqual(3);
  });

  it('the built-in playlist is valid and has no date filters (it must suit any data)', () => {
    const parsed = parsePlaylist(BUILT_IN_PLAYLIST_JSON, BUILT_IN_PLAYLIST_NAME);
    expect(parsed.problems).toEqual([]);
    expect(BUILT_IN_SCENES).toHaveLength(BUILT_IN_PLAYLIST_JSON.scenes.length);
    expect(BUILT_IN_SCENES.every((s) => s.from === null && s.to === null)).toBe(true);
  });
});
