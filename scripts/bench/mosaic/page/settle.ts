/** Waiting in the Mosaic page until a brush update has reached every view and been painted. */
import type { Selection } from '@uwdata/mosaic-core';

/** The parts of a vgplot element (`element.value` is its Plot) the wait reads. */
interface PlotElement extends HTMLElement {
  value?: {
    marks: { readonly initialized: boolean; readonly pending: Promise<unknown> }[];
    pendingRender?: boolean;
  };
}

/** The selection's internal dispatch state (Mosaic 0.32 `AsyncDispatch._callbacks`). */
interface DispatchState {
  _callbacks: Map<string, { pending: Promise<unknown> | null }>;
}

const frame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

/**
 * Resolves when the selection has no queued or running `value` update, every mark is initialized
 * and its last update (query, then the plot render Mosaic chains after it) is done, and no plot
 * render is scheduled; then waits two more animation frames so the result is on screen.
 */
export async function settleSelection(selection: Selection, plots: HTMLElement[]): Promise<void> {
  const started = performance.now();
  const dispatch = selection as unknown as DispatchState;
  for (;;) {
    await selection.pending('value');
    const marks = (plots as PlotElement[]).flatMap((plot) => plot.value?.marks ?? []);
    await Promise.all(marks.map((mark) => mark.pending));
    const busy = [
      (dispatch._callbacks.get('value')?.pending ?? null) !== null ? 'selection' : '',
      marks.some((mark) => !mark.initialized) ? 'uninitialized mark' : '',
      (plots as PlotElement[]).some((plot) => plot.value?.pendingRender === true) ? 'render' : '',
      (plots as PlotElement[]).some((plot) => plot.querySelector('svg') === null) ? 'no svg' : '',
    ].filter(Boolean);
    if (busy.length === 0) break;
    if (performance.now() - started > 120_000) {
      throw new Error(`Mosaic did not settle in 120 s: ${busy.join(', ')}`);
    }
    await frame();
  }
  await frame();
  await frame();
}
