/**
 * Renders a React element into a fresh container of the real page (the component tier runs in
 * Chromium), and takes it down again after each test so no test sees another's DOM.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

// React warns about updates outside act() unless it knows it runs under a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A mounted element: its container, and a way to render it again with new props. */
export interface Mounted {
  readonly container: HTMLElement;
  rerender(element: ReactElement): Promise<void>;
}

const mounted: { root: Root; container: HTMLElement }[] = [];

/** Runs `update` inside act() and lets React finish what it queued (effects, microtasks). */
export async function inAct(update: () => void): Promise<void> {
  await act(async () => {
    update();
    await Promise.resolve();
  });
}

/**
 * Runs a user event (vitest/browser's userEvent: real input through Playwright) inside act(), so
 * the updates it causes are applied before the test reads the page.
 */
export async function interact(event: () => Promise<void>): Promise<void> {
  await act(async () => {
    await event();
  });
}

afterEach(async () => {
  for (const { root, container } of mounted.splice(0)) {
    await inAct(() => {
      root.unmount();
    });
    container.remove();
  }
});

/** Mounts `element` in a new container appended to the body. */
export async function render(element: ReactElement): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  await inAct(() => {
    root.render(element);
  });
  return {
    container,
    rerender: async (next) => {
      await inAct(() => {
        root.render(next);
      });
    },
  };
}

/** The one element matching `selector` under `root`; throws naming the selector when missing. */
export function one(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** The trimmed text of every element matching `selector` under `root`, in document order. */
export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => element.textContent.trim());
}

/** Lets React apply what a user event queued (state updates, effects). */
export async function flush(): Promise<void> {
  await inAct(() => undefined);
}
