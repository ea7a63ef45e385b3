/**
 * The wall's scene clock: which scene is on, for how long, paused or not. Pure apart from the
 * injected timer, so tests drive it with a fake clock; the wall gives it the browser's timers.
 */

/** Time source and one-shot timer (the browser's, or a fake in tests). */
export interface SchedulerClock {
  now(): number;
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}

/** The browser's clock. */
export const BROWSER_CLOCK: SchedulerClock = {
  now: () => performance.now(),
  setTimer: (callback, delayMs) => window.setTimeout(callback, delayMs),
  clearTimer: (handle) => {
    window.clearTimeout(handle as number);
  },
};

/** Where the playlist stands. */
export interface ScheduleSnapshot {
  /** Index of the scene on screen. */
  readonly index: number;
  readonly count: number;
  readonly paused: boolean;
  /** The scene's dwell time. */
  readonly dwellMs: number;
  /** Time the scene has been on screen (not counting pauses) when the snapshot was taken. */
  readonly elapsedMs: number;
  /** Counts scene changes (a one-scene playlist that loops still counts up): a key for views. */
  readonly step: number;
  /**
   * True while the first scene waits for its figures: its dwell has not started yet (see
   * {@link SchedulerOptions.firstSceneReadyCapMs}).
   */
  readonly waiting: boolean;
}

/** How a schedule starts. */
export interface SchedulerOptions {
  /**
   * When set, the first scene's dwell starts only when {@link SceneScheduler.sceneReady} is called
   * (its figures are there) or after this many milliseconds, whichever comes first: at start-up the
   * data is still loading, and a dwell spent on empty tiles is a scene nobody saw. The cap keeps a
   * dataset that never answers from freezing the wall.
   */
  readonly firstSceneReadyCapMs?: number;
}

/** Controls of a running schedule. */
export interface SceneScheduler {
  /** Starts showing scene 0 (reports it). */
  start(): void;
  pause(): void;
  resume(): void;
  togglePause(): void;
  /** Shows the next scene (after the last: the first); a paused schedule stays paused. */
  next(): void;
  /** Shows the previous scene (before the first: the last). */
  previous(): void;
  /**
   * The scene on screen has its figures: a first scene waiting for them starts its dwell now.
   * Ignored when nothing waits.
   */
  sceneReady(): void;
  /** Cancels the timer; no more reports. */
  stop(): void;
  snapshot(): ScheduleSnapshot;
}

/**
 * A scheduler over scenes with the given dwell times (ms, each > 0). `onChange` gets a snapshot
 * whenever the scene or the pause state changes.
 */
export function createSceneScheduler(
  dwellMs: readonly number[],
  clock: SchedulerClock,
  onChange: (snapshot: ScheduleSnapshot) => void,
  options: SchedulerOptions = {},
): SceneScheduler {
  const readyCapMs = options.firstSceneReadyCapMs;
  if (readyCapMs !== undefined && !(Number.isFinite(readyCapMs) && readyCapMs >= 0)) {
    throw new Error("the first scene's wait for its figures must be a number of milliseconds ≥ 0");
  }
  if (dwellMs.length === 0) throw new Error('a schedule needs at least one scene');
  if (!dwellMs.every((ms) => Number.isFinite(ms) && ms > 0)) {
    throw new Error('every dwell time must be a positive number of milliseconds');
  }
  const count = dwellMs.length;
  let index = 0;
  let step = 0;
  let paused = false;
  let stopped = true;
  let waiting = false;
  /** Time on screen before the current running stretch (pauses split a scene's time). */
  let elapsedBefore = 0;
  let runningSince = 0;
  let timer: unknown = null;

  const dwellOf = (i: number) => dwellMs[i] ?? 1;
  const elapsed = () => (waiting ? 0 : elapsedBefore + (paused ? 0 : clock.now() - runningSince));
  const snapshot = (): ScheduleSnapshot => ({
    index,
    count,
    paused,
    dwellMs: dwellOf(index),
    elapsedMs: Math.min(dwellOf(index), elapsed()),
    step,
    waiting,
  });
  const clear = () => {
    if (timer !== null) clock.clearTimer(timer);
    timer = null;
  };
  const arm = () => {
    clear();
    if (stopped || paused) return;
    if (waiting) {
      // A pause while waiting restarts the cap on resume: the wall is being looked at.
      timer = clock.setTimer(() => {
        timer = null;
        endWait();
      }, readyCapMs ?? 0);
      return;
    }
    timer = clock.setTimer(
      () => {
        timer = null;
        show(index + 1);
      },
      Math.max(0, dwellOf(index) - elapsedBefore),
    );
  };
  const report = () => {
    if (!stopped) onChange(snapshot());
  };
  function endWait() {
    if (stopped || !waiting) return;
    waiting = false;
    elapsedBefore = 0;
    runningSince = clock.now();
    arm();
    report();
  }
  function show(target: number) {
    if (stopped) return;
    // Stepping on by hand ends the wait: the next scenes play on their dwell times.
    waiting = false;
    index = ((target % count) + count) % count;
    step += 1;
    elapsedBefore = 0;
    runningSince = clock.now();
    arm();
    report();
  }

  const pause = () => {
    if (stopped || paused) return;
    elapsedBefore = elapsed();
    paused = true;
    clear();
    report();
  };
  const resume = () => {
    if (stopped || !paused) return;
    paused = false;
    runningSince = clock.now();
    arm();
    report();
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      index = 0;
      waiting = readyCapMs !== undefined;
      elapsedBefore = 0;
      runningSince = clock.now();
      arm();
      report();
    },
    pause,
    resume,
    togglePause() {
      if (paused) resume();
      else pause();
    },
    next() {
      show(index + 1);
    },
    previous() {
      show(index - 1);
    },
    sceneReady() {
      endWait();
    },
    stop() {
      clear();
      stopped = true;
    },
    snapshot,
  };
}
