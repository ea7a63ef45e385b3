/**
 * Chunk recovery after a redeploy (issue 16): which errors are missing chunks, when the page
 * reloads (at once when idle, a notice when busy, at the wall's scene boundary), and the guard
 * that refuses a second reload of the same URL within five minutes.
 */
import { describe, expect, it } from 'vitest';
import {
  createChunkRecovery,
  isChunkLoadError,
  listenForPreloadErrors,
  RELOAD_GUARD_MS,
  WALL_BOUNDARY_WAIT_MS,
  type ReloadEnvironment,
} from './chunk-reload';

const URL_A = 'https://warroom.example/?mode=analyst&region=northeast';

function fakeEnvironment(options: { busy?: boolean; storage?: Map<string, string> } = {}) {
  const storage = options.storage ?? new Map<string, string>();
  const reloads: string[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let now = 1_000_000;
  let href = URL_A;
  const env: ReloadEnvironment = {
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
    },
    href: () => href,
    reload: () => void reloads.push(href),
    now: () => now,
    busy: () => options.busy ?? false,
    setTimer: (run, ms) => void timers.push({ run, ms }),
  };
  return {
    env,
    reloads,
    timers,
    storage,
    advance: (ms: number) => (now += ms),
    goTo: (next: string) => (href = next),
  };
}

describe('isChunkLoadError', () => {
  it('knows each browser’s words for a chunk that could not be fetched', () => {
    const messages = [
      'Failed to fetch dynamically imported module: https://x/assets/ExportDialog-abc.js',
      'error loading dynamically imported module: https://x/assets/a.js',
      'Importing a module script failed.',
      'Unable to preload CSS for https://x/assets/a.css',
    ];
    expect(messages.map((text) => isChunkLoadError(new TypeError(text)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('leaves other errors alone', () => {
    expect(isChunkLoadError(new TypeError('x is undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch')).toBe(false);
  });
});

describe('createChunkRecovery on the dashboard', () => {
  it('reloads at once when nothing is in progress, recording the reload for the URL', () => {
    const fake = fakeEnvironment();
    const recovery = createChunkRecovery(fake.env);
    recovery.newVersionDetected();
    expect(fake.reloads).toEqual([URL_A]);
    expect([...fake.storage]).toEqual([[`war-room:new-version-reload:${URL_A}`, '1000000']]);
  });

  it('shows the notice instead while something is in progress, and reloads when asked', () => {
    const fake = fakeEnvironment({ busy: true });
    const recovery = createChunkRecovery(fake.env);
    const seen: string[] = [];
    recovery.subscribe(() => seen.push(recovery.state()));
    recovery.newVersionDetected();
    expect(fake.reloads).toEqual([]);
    expect(seen).toEqual(['notice']);
    expect(recovery.reloadNow()).toBe(true);
    expect(fake.reloads).toEqual([URL_A]);
  });

  it('refuses a second reload of the same URL within the guard, then allows it', () => {
    const storage = new Map<string, string>();
    const first = fakeEnvironment({ storage });
    createChunkRecovery(first.env).newVersionDetected();
    // The reloaded page (same session storage) meets a missing chunk again: no loop.
    const second = fakeEnvironment({ storage });
    second.advance(RELOAD_GUARD_MS - 1);
    const again = createChunkRecovery(second.env);
    again.newVersionDetected();
    expect(second.reloads).toEqual([]);
    expect(again.state()).toBe('notice');
    second.advance(1);
    expect(again.reloadNow()).toBe(true);
    expect(second.reloads).toEqual([URL_A]);
  });

  it('guards each URL on its own', () => {
    const storage = new Map<string, string>();
    createChunkRecovery(fakeEnvironment({ storage }).env).newVersionDetected();
    const other = fakeEnvironment({ storage });
    other.goTo('https://warroom.example/?mode=wall');
    createChunkRecovery(other.env).newVersionDetected();
    expect(other.reloads).toEqual(['https://warroom.example/?mode=wall']);
  });
});

describe('createChunkRecovery on the wall', () => {
  it('waits for the next scene boundary instead of reloading mid-scene', () => {
    const fake = fakeEnvironment();
    const recovery = createChunkRecovery(fake.env);
    recovery.setMoment('scene-boundary');
    expect(recovery.reloadAtSceneBoundary()).toBe(false);
    recovery.newVersionDetected();
    expect(fake.reloads).toEqual([]);
    expect(recovery.state()).toBe('waiting');
    expect(recovery.reloadAtSceneBoundary()).toBe(true);
    expect(fake.reloads).toEqual([URL_A]);
  });

  it('reloads after a while when the playlist never reaches a boundary', () => {
    const fake = fakeEnvironment();
    const recovery = createChunkRecovery(fake.env);
    recovery.setMoment('scene-boundary');
    recovery.newVersionDetected();
    expect(fake.timers.map((timer) => timer.ms)).toEqual([WALL_BOUNDARY_WAIT_MS]);
    fake.timers[0]?.run();
    expect(fake.reloads).toEqual([URL_A]);
  });
});

describe('createChunkRecovery when a whole mode is missing', () => {
  it('reloads at once even on the wall and while busy: the page shows nothing to keep', () => {
    const fake = fakeEnvironment({ busy: true });
    const recovery = createChunkRecovery(fake.env);
    recovery.setMoment('scene-boundary');
    recovery.newVersionDetected(true);
    expect(fake.reloads).toEqual([URL_A]);
    expect(fake.timers).toEqual([]);
  });
});

describe('listenForPreloadErrors', () => {
  it('starts the recovery on vite:preloadError and stops listening when asked', () => {
    const fake = fakeEnvironment();
    const recovery = createChunkRecovery(fake.env);
    const target = new EventTarget();
    const stop = listenForPreloadErrors(target, recovery);
    stop();
    target.dispatchEvent(new Event('vite:preloadError'));
    expect(fake.reloads).toEqual([]);
    listenForPreloadErrors(target, recovery);
    target.dispatchEvent(new Event('vite:preloadError'));
    expect(fake.reloads).toEqual([URL_A]);
  });
});
