import { describe, expect, it } from 'vitest';
import { setCursor, setPlaying } from '../app/actions';
import { createAppStore } from '../app/app-state';
import { parseUrlState } from '../url/url-state';
import { parsePlaylist } from './playlist';
import { applyScene, sceneUrlState } from './scene-actions';

const [scene] = parsePlaylist(
  {
    scenes: [
      {
        id: 'korat',
        title: { th: 'โคราช' },
        dwellSeconds: 5,
        layers: ['vaccination', 'complaints'],
        filters: { province: 30, from: '2025-01-01', to: '2025-03-31' },
      },
    ],
  },
  'test',
).scenes;
if (!scene) throw new Error('test scene did not parse');

describe('scenes and the store', () => {
  it('a scene opens its layers and filters on the wall and keeps the language', () => {
    const current = parseUrlState(
      '?mode=wall&lang=en&layers=poverty&region=south&view=100,13,6',
    ).state;
    expect(sceneUrlState(scene, current)).toEqual({
      mode: 'wall',
      layers: ['vaccination', 'complaints'],
      province: 30,
      from: '2025-01-01',
      to: '2025-03-31',
      region: null,
      lang: 'en',
      view: null,
    });
  });

  it('applyScene dispatches the view and resets the time cursor and playback', () => {
    const store = createAppStore(parseUrlState('?mode=wall').state);
    setCursor(store, '2025-02-01');
    setPlaying(store, true);
    applyScene(store, scene);
    const state = store.getState();
    expect(state.url.layers).toEqual(['vaccination', 'complaints']);
    expect(state.url.province).toBe(30);
    expect(state.cursor).toBeNull();
    expect(state.playing).toBe(false);
  });
});
