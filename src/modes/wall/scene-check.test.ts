import { describe, expect, it } from 'vitest';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { testDataset } from '../../data/testing/fixtures';
import { RestrictedFileError } from '../../data/refresh/restricted-file';
import { setDatasetHealth, setDatasets } from '../../state/app/actions';
import { createAppStore } from '../../state/app/app-state';
import { BUILT_IN_PLAYLIST_NAME, BUILT_IN_SCENES } from '../../state/playlist/default-playlist';
import { parsePlaylist } from '../../state/playlist/playlist';
import type { LoadedPlaylist } from '../../state/playlist/playlist-loader';
import { sceneUrlState } from '../../state/playlist/scene-actions';
import { datasetScenes, playableScenes } from './scene-check';
import { watchPlayableScenes } from './scene-watch';
import { createWallStore, setPlaylist, setScenes } from './wall-store';

const FILE = 'wall/playlist.json';

const base = testDataset('vaccination');
const def = (id: string, extra: Partial<DatasetDef> = {}): DatasetDef => ({
  ...base,
  id,
  ...extra,
});
const drought = def('drought', {
  title: { th: 'ภัยแล้ง', en: 'Drought' },
  indicator: {
    keys: { province: 'province_code', date: 'month' },
    measures: [
      {
        column: 'villages',
        title: { th: 'หมู่บ้าน', en: 'Villages' },
        unit: { th: 'หมู่บ้าน', en: 'villages' },
        better: 'lower',
        aggregate: 'sum',
      },
    ],
  },
});
const CORE = ['vaccination', 'poverty', 'road_safety', 'complaints', 'households'].map((id) =>
  def(id),
);

function fromFile(layersPerScene: readonly (readonly string[])[]): LoadedPlaylist {
  const json = {
    scenes: layersPerScene.map((layers, index) => ({
      id: `s${index}`,
      title: { th: `ฉาก ${index}` },
      dwellSeconds: 10,
      layers,
    })),
  };
  const parsed = parsePlaylist(json, FILE);
  expect(parsed.problems).toEqual([]);
  return {
    scenes: parsed.scenes,
    source: `http://x/${FILE}`,
    name: FILE,
    problems: [],
    builtIn: false,
  };
}

const ids = (scenes: readonly { id: string }[]) => scenes.map((s) => s.id);

describe('playableScenes', () => {
  it('plays every scene whose datasets the manifest lists, an indicator included', () => {
    const playlist = fromFile([['vaccination'], ['poverty', 'drought'], ['complaints']]);
    const { scenes, problems } = playableScenes(playlist, [...CORE, drought]);
    expect(problems).toEqual([]);
    expect(ids(scenes)).toEqual(['s0', 's1', 's2']);
  });

  it('skips a scene naming a dataset the manifest does not list, naming the scene', () => {
    const playlist = fromFile([['vaccination'], ['drought'], ['road_safety'], ['floods']]);
    const { scenes, problems } = playableScenes(playlist, [...CORE, drought]);
    expect(ids(scenes)).toEqual(['s0', 's1', 's2']);
    expect(problems).toEqual([
      'wall/playlist.json: scenes[3] ("s3"): ไม่มีชุดข้อมูล floods ใน manifest จึงข้ามฉากนี้ · ' +
        'no dataset floods in the manifest; scene skipped',
    ]);
  });

  it('names every missing dataset of a scene, including one layer under the focus', () => {
    const playlist = fromFile([['floods', 'vaccination', 'drought'], ['poverty']]);
    const { scenes, problems } = playableScenes(playlist, CORE);
    expect(ids(scenes)).toEqual(['s1']);
    expect(problems).toEqual([
      'wall/playlist.json: scenes[0] ("s0"): ไม่มีชุดข้อมูล floods, drought ใน manifest จึงข้ามฉากนี้ · ' +
        'no dataset floods, drought in the manifest; scene skipped',
    ]);
  });

  it('skips a scene showing a restricted dataset the server refused, naming the scene', () => {
    const secret = def('inspection_secret', {
      restricted: true,
      file: 'restricted/inspection_secret.csv',
      indicator: drought.indicator,
    });
    const playlist = fromFile([['vaccination'], ['poverty', 'inspection_secret']]);
    const refused = new Set(['inspection_secret']);
    const { scenes, problems } = playableScenes(playlist, [...CORE, secret], refused);
    expect(ids(scenes)).toEqual(['s0']);
    expect(problems).toEqual([
      'wall/playlist.json: scenes[1] ("s1"): inspection_secret จำกัดสิทธิ์ (จอนี้ยังไม่ได้เข้าสู่ระบบ) ' +
        'จึงข้ามฉากนี้ · inspection_secret is restricted (this screen has not signed in); scene skipped',
    ]);
    // The last-resort playlist leaves it out too.
    expect(ids(datasetScenes([...CORE, secret], refused))).toEqual(CORE.map((d) => d.id));
  });

  it('skips a scene naming a table the manifest lists that is not a map layer', () => {
    const playlist = fromFile([['road_safety_daily'], ['poverty']]);
    const { scenes, problems } = playableScenes(playlist, [...CORE, def('road_safety_daily')]);
    expect(ids(scenes)).toEqual(['s1']);
    expect(problems).toEqual([
      'wall/playlist.json: scenes[0] ("s0"): road_safety_daily ไม่ใช่ชั้นข้อมูลแผนที่ จึงข้ามฉากนี้ · ' +
        'road_safety_daily is not a map layer (a table other datasets read); scene skipped',
    ]);
  });

  it('plays the built-in playlist, checked the same way, when no scene of the file is left', () => {
    const playlist = fromFile([['floods']]);
    const withoutComplaints = CORE.filter((d) => d.id !== 'complaints');
    const { scenes, problems } = playableScenes(playlist, withoutComplaints);
    expect(ids(scenes)).toEqual(['vaccination', 'road-safety']);
    expect(scenes[0]).toBe(BUILT_IN_SCENES[0]);
    expect(problems).toEqual([
      'wall/playlist.json: scenes[0] ("s0"): ไม่มีชุดข้อมูล floods ใน manifest จึงข้ามฉากนี้ · ' +
        'no dataset floods in the manifest; scene skipped',
      'wall/playlist.json: ไม่มีฉากที่เล่นได้ จึงใช้รายการฉากสำรองในตัว · ' +
        'no scene names a dataset of the manifest; playing the built-in playlist',
      'built-in playlist: scenes[2] ("complaints"): ไม่มีชุดข้อมูล complaints ใน manifest จึงข้ามฉากนี้ · ' +
        'no dataset complaints in the manifest; scene skipped',
    ]);
  });

  it('shows each layer dataset in turn when the built-in playlist has no scene left either', () => {
    const builtIn: LoadedPlaylist = {
      scenes: BUILT_IN_SCENES,
      source: BUILT_IN_PLAYLIST_NAME,
      name: BUILT_IN_PLAYLIST_NAME,
      problems: [],
      builtIn: true,
    };
    const datasets = [def('poverty'), def('households_cells'), drought];
    const { scenes, problems } = playableScenes(builtIn, datasets);
    expect(ids(scenes)).toEqual(['poverty', 'drought']);
    expect(scenes[1]).toMatchObject({
      title: { th: 'ภัยแล้ง', en: 'Drought' },
      layers: ['drought'],
      view: { kind: 'thailand' },
      dwellSeconds: 30,
    });
    expect(problems).toHaveLength(4);
    expect(problems[3]).toBe(
      'built-in playlist: ไม่มีฉากที่เล่นได้ จึงแสดงชุดข้อมูลใน manifest ทีละชุด · ' +
        'no scene names a dataset of the manifest; showing each dataset of the manifest in turn',
    );
  });

  it('an indicator scene opens its layer on the wall', () => {
    const [scene] = playableScenes(fromFile([['poverty', 'drought']]), [...CORE, drought]).scenes;
    if (!scene) throw new Error('no scene');
    const url = sceneUrlState(scene, createAppStore().getState().url);
    expect(url.layers).toEqual(['poverty', 'drought']);
  });
});

describe('setScenes', () => {
  it('leaves the wall store alone when a refreshed manifest gives the same scenes', () => {
    const wall = createWallStore();
    setScenes(wall, datasetScenes([drought]));
    const before = wall.getState();
    setScenes(wall, datasetScenes([drought]));
    expect(wall.getState()).toBe(before);
    setScenes(wall, datasetScenes([drought, def('poverty')]));
    expect(ids(wall.getState().scenes)).toEqual(['drought', 'poverty']);
  });
});

describe('watchPlayableScenes', () => {
  const noticeOf = 'ไม่มีชุดข้อมูล drought ใน manifest';

  it('checks once the playlist and the manifest are both in, and again on a new manifest', () => {
    const store = createAppStore();
    const wall = createWallStore();
    const stop = watchPlayableScenes(store, wall);
    setPlaylist(wall, fromFile([['vaccination'], ['drought']]));
    // The manifest has not been read: nothing plays yet, nothing is reported.
    expect(wall.getState().scenes).toEqual([]);
    setDatasets(store, [...CORE, drought]);
    expect(ids(wall.getState().scenes)).toEqual(['s0', 's1']);
    expect(store.getState().notices).toEqual([]);

    // A refresh with the same datasets (new objects) changes nothing: the playlist is not restarted.
    const playing = wall.getState().scenes;
    setDatasets(store, [...CORE.map((d) => ({ ...d })), { ...drought }]);
    expect(wall.getState().scenes).toBe(playing);

    // A refresh whose manifest no longer lists drought skips its scene, with a notice.
    setDatasets(store, CORE);
    expect(ids(wall.getState().scenes)).toEqual(['s0']);
    expect(store.getState().notices.filter((n) => n.includes(noticeOf))).toHaveLength(1);
    stop();
  });

  it('checks again when a restricted dataset is refused, and when it is let in', () => {
    const store = createAppStore();
    const wall = createWallStore();
    const secret = def('inspection_secret', {
      restricted: true,
      file: 'restricted/inspection_secret.csv',
      indicator: drought.indicator,
    });
    setDatasets(store, [...CORE, secret]);
    const stop = watchPlayableScenes(store, wall);
    setPlaylist(wall, fromFile([['inspection_secret'], ['poverty']]));
    // Not known yet: the scene stays in (a signed-in wall must not lose it at start-up).
    expect(ids(wall.getState().scenes)).toEqual(['s0', 's1']);
    const refusal = new RestrictedFileError('restricted/inspection_secret.csv', 403).message;
    setDatasetHealth(store, 'inspection_secret', {
      lastGoodAt: null,
      failedAt: 1,
      message: refusal,
    });
    expect(ids(wall.getState().scenes)).toEqual(['s1']);
    expect(store.getState().notices.filter((n) => n.includes('จำกัดสิทธิ์'))).toHaveLength(1);
    // Signed in and reloaded: its table holds data, the scene plays again.
    setDatasetHealth(store, 'inspection_secret', { lastGoodAt: 2, failedAt: null, message: null });
    expect(ids(wall.getState().scenes)).toEqual(['s0', 's1']);
    stop();
  });

  it('checks a playlist that arrives after the manifest', () => {
    const store = createAppStore();
    const wall = createWallStore();
    setDatasets(store, CORE);
    const stop = watchPlayableScenes(store, wall);
    setPlaylist(wall, fromFile([['drought'], ['poverty']]));
    expect(ids(wall.getState().scenes)).toEqual(['s1']);
    expect(store.getState().notices).toEqual([
      'wall/playlist.json: scenes[0] ("s0"): ไม่มีชุดข้อมูล drought ใน manifest จึงข้ามฉากนี้ · ' +
        'no dataset drought in the manifest; scene skipped',
    ]);
    stop();
  });
});
