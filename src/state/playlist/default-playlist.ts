import { parsePlaylist, type Scene } from './playlist';

/** Where the built-in playlist is named in messages. */
export const BUILT_IN_PLAYLIST_NAME = 'built-in playlist';

/**
 * The playlist the wall plays when its file is missing or unusable: the whole period of each main
 * dataset over all of Thailand, so it suits any data the manifest points at.
 */
export const BUILT_IN_PLAYLIST_JSON = {
  version: 1,
  scenes: [
    {
      id: 'vaccination',
      title: { th: 'ความครอบคลุมวัคซีนโควิด-19 ทั่วประเทศ', en: 'COVID-19 vaccination, all Thailand' },
      dwellSeconds: 30,
      layers: ['vaccination'],
      charts: ['kpis', 'timeseries', 'ranking'],
    },
    {
      id: 'road-safety',
      title: { th: 'อุบัติเหตุทางถนนทั่วประเทศ', en: 'Road safety, all Thailand' },
      dwellSeconds: 30,
      layers: ['road_safety'],
      charts: ['kpis', 'timeseries', 'ranking'],
    },
    {
      id: 'complaints',
      title: { th: 'เรื่องร้องเรียนศูนย์ดำรงธรรมทั่วประเทศ', en: 'Damrongdhama complaints, all Thailand' },
      dwellSeconds: 30,
      layers: ['complaints'],
      charts: ['kpis', 'ranking', 'breakdown'],
    },
  ],
} as const;

/** The built-in playlist's scenes. */
export const BUILT_IN_SCENES: readonly Scene[] = parsePlaylist(
  BUILT_IN_PLAYLIST_JSON,
  BUILT_IN_PLAYLIST_NAME,
).scenes;
