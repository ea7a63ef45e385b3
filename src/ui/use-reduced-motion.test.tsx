/**
 * Component tier: the reduce-motion setting read by the dashboard (its charts stop animating).
 * The system setting is simulated by a stand-in for `matchMedia` that the test can flip.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inAct, render } from '../testing-dom/render';
import { useReducedMotion } from './use-reduced-motion';

function Probe() {
  return <p data-reduced={String(useReducedMotion())} />;
}

/** A `matchMedia` whose "prefers-reduced-motion: reduce" answer the test sets, with change events. */
function stubReducedMotion(initially: boolean) {
  const list = new EventTarget() as EventTarget & { matches: boolean; media: string };
  list.matches = initially;
  list.media = '(prefers-reduced-motion: reduce)';
  const spy = vi
    .spyOn(window, 'matchMedia')
    .mockImplementation((query) =>
      query === list.media
        ? (list as unknown as MediaQueryList)
        : ({ matches: false } as MediaQueryList),
    );
  return {
    set: (matches: boolean) => {
      list.matches = matches;
      list.dispatchEvent(new Event('change'));
    },
    spy,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useReducedMotion', () => {
  it('reads the setting and follows it when it changes', async () => {
    const setting = stubReducedMotion(false);
    const { container } = await render(<Probe />);
    const shown = () => container.querySelector('p')?.dataset.reduced;
    expect(shown()).toBe('false');
    await inAct(() => {
      setting.set(true);
    });
    expect(shown()).toBe('true');
    expect(setting.spy).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
  });
});
