/**
 * Which scenes of a playlist can play with the manifest the app has read: a scene naming a
 * dataset the manifest does not list (or one that is not a map layer, or a restricted one the
 * server refused: the wall has not signed in) is skipped with a notice naming the scene, and the
 * others play. The playlist is read before the manifest, and the
 * manifest may change on every refresh, so this runs whenever either arrives.
 */
import { CORE_DATASET_IDS, type DatasetDef } from '../../data/manifest/manifest-types';
import { BUILT_IN_PLAYLIST_NAME, BUILT_IN_SCENES } from '../../state/playlist/default-playlist';
import { DEFAULT_SCENE_CHARTS, type Scene } from '../../state/playlist/playlist';
import type { LoadedPlaylist } from '../../state/playlist/playlist-loader';

/** The scenes to play and why others were skipped. */
export interface PlayableScenes {
  readonly scenes: readonly Scene[];
  readonly problems: readonly string[];
}

/** How long each scene of the last-resort playlist (one per dataset) stays on screen. */
export const DATASET_SCENE_SECONDS = 30;

/** Where the last-resort playlist is named in messages. */
export const DATASET_SCENES_NAME = 'manifest';

const CORE_IDS: readonly string[] = CORE_DATASET_IDS;

/** A dataset the map can draw as a layer: one of the five, or an indicator the manifest declares. */
export function isLayerDataset(def: DatasetDef): boolean {
  return CORE_IDS.includes(def.id) || def.indicator !== undefined;
}

/** The notice for a scene naming datasets the manifest does not list. */
export function unlistedSceneNotice(scene: Scene, ids: readonly string[]): string {
  const names = ids.join(', ');
  return (
    `${scene.where}: ไม่มีชุดข้อมูล ${names} ใน manifest จึงข้ามฉากนี้ · ` +
    `no dataset ${names} in the manifest; scene skipped`
  );
}

/** The notice for a scene naming datasets the manifest lists that the map cannot draw. */
export function notLayerSceneNotice(scene: Scene, ids: readonly string[]): string {
  const names = ids.join(', ');
  return (
    `${scene.where}: ${names} ไม่ใช่ชั้นข้อมูลแผนที่ จึงข้ามฉากนี้ · ` +
    `${names} is not a map layer (a table other datasets read); scene skipped`
  );
}

/** The notice for a scene showing restricted datasets the server refused (not signed in). */
export function refusedSceneNotice(scene: Scene, ids: readonly string[]): string {
  const names = ids.join(', ');
  return (
    `${scene.where}: ${names} จำกัดสิทธิ์ (จอนี้ยังไม่ได้เข้าสู่ระบบ) จึงข้ามฉากนี้ · ` +
    `${names} is restricted (this screen has not signed in); scene skipped`
  );
}

function checkScenes(
  scenes: readonly Scene[],
  datasets: readonly DatasetDef[],
  refused: ReadonlySet<string>,
  problems: string[],
): readonly Scene[] {
  const byId = new Map(datasets.map((def) => [def.id, def]));
  return scenes.filter((scene) => {
    const unlisted = scene.layers.filter((id) => !byId.has(id));
    if (unlisted.length > 0) {
      problems.push(unlistedSceneNotice(scene, unlisted));
      return false;
    }
    const notLayers = scene.layers.filter((id) => {
      const def = byId.get(id);
      return def !== undefined && !isLayerDataset(def);
    });
    if (notLayers.length > 0) {
      problems.push(notLayerSceneNotice(scene, notLayers));
      return false;
    }
    const refusedIds = scene.layers.filter((id) => refused.has(id));
    if (refusedIds.length > 0) {
      problems.push(refusedSceneNotice(scene, refusedIds));
      return false;
    }
    return true;
  });
}

/**
 * One scene per layer dataset of the manifest, all of Thailand, in the manifest's order (a
 * refused restricted dataset left out).
 */
export function datasetScenes(
  datasets: readonly DatasetDef[],
  refused: ReadonlySet<string> = new Set(),
): readonly Scene[] {
  const layers = datasets.filter((def) => isLayerDataset(def) && !refused.has(def.id));
  return layers.map((def, index) => ({
    id: def.id,
    where: `${DATASET_SCENES_NAME}: datasets[${index}] ("${def.id}")`,
    title: def.title,
    dwellSeconds: DATASET_SCENE_SECONDS,
    layers: [def.id],
    region: null,
    province: null,
    from: null,
    to: null,
    view: { kind: 'thailand' },
    charts: DEFAULT_SCENE_CHARTS,
  }));
}

/**
 * The scenes of `playlist` whose datasets `datasets` (the manifest's) lists as layers and that
 * show none of the `refused` restricted datasets. When none is left the built-in playlist plays,
 * checked the same way; when none of its scenes is left either, each layer dataset of the
 * manifest gets a scene, so the wall never stands empty.
 */
export function playableScenes(
  playlist: LoadedPlaylist,
  datasets: readonly DatasetDef[],
  refused: ReadonlySet<string> = new Set(),
): PlayableScenes {
  const problems: string[] = [];
  const fromFile = checkScenes(playlist.scenes, datasets, refused, problems);
  if (fromFile.length > 0) return { scenes: fromFile, problems };
  if (!playlist.builtIn) {
    problems.push(
      `${playlist.name}: ไม่มีฉากที่เล่นได้ จึงใช้รายการฉากสำรองในตัว · ` +
        `no scene names a dataset of the manifest; playing the ${BUILT_IN_PLAYLIST_NAME}`,
    );
    const builtIn = checkScenes(BUILT_IN_SCENES, datasets, refused, problems);
    if (builtIn.length > 0) return { scenes: builtIn, problems };
  }
  problems.push(
    `${BUILT_IN_PLAYLIST_NAME}: ไม่มีฉากที่เล่นได้ จึงแสดงชุดข้อมูลใน manifest ทีละชุด · ` +
      `no scene names a dataset of the manifest; showing each dataset of the manifest in turn`,
  );
  return { scenes: datasetScenes(datasets, refused), problems };
}
