/**
 * Component tier: a lazily loaded component whose chunk is gone after a redeploy draws nothing
 * and starts the recovery instead of reaching the error boundary; another error still does. The
 * notice offers the reload in Thai and English.
 */
import { Suspense, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { flush, one, render } from '../testing-dom/render';
import { createChunkRecovery, lazyChunk, type ReloadEnvironment } from './chunk-reload';
import { ErrorBoundary } from './ErrorBoundary';
import { NewVersionNotice } from './NewVersionNotice';

function busyRecovery() {
  const reloads: number[] = [];
  const saved = new Map<string, string>();
  const env: ReloadEnvironment = {
    storage: {
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => void saved.set(key, value),
    },
    href: () => 'https://warroom.example/?mode=analyst',
    reload: () => void reloads.push(1),
    now: () => 5,
    busy: () => true,
    setTimer: () => undefined,
  };
  return { recovery: createChunkRecovery(env), reloads };
}

function guarded(children: ReactNode, errors: string[]) {
  return (
    <ErrorBoundary onError={(message) => errors.push(message)} fallback={() => <p>error state</p>}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  );
}

describe('lazyChunk', () => {
  it('draws nothing and shows the reload notice when the chunk is missing', async () => {
    const { recovery, reloads } = busyRecovery();
    const Missing = lazyChunk<object>(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /a.js')),
      { recovery },
    );
    const errors: string[] = [];
    const { container } = await render(
      <>
        {guarded(<Missing />, errors)}
        <NewVersionNotice recovery={recovery} />
      </>,
    );
    await flush();
    expect(errors).toEqual([]);
    expect(container.textContent).toBe('มีรุ่นใหม่ — โหลดใหม่ · A new version is available — reload');
    one(container, '[data-new-version="notice"] button').click();
    expect(reloads).toEqual([1]);
  });

  it('still lets an error inside the chunk’s code reach the error boundary', async () => {
    const { recovery } = busyRecovery();
    const Broken = lazyChunk<object>(() => Promise.reject(new Error('bug in the dialog')), {
      recovery,
    });
    const errors: string[] = [];
    const { container } = await render(guarded(<Broken />, errors));
    await flush();
    expect(errors).toEqual(['bug in the dialog']);
    expect(container.textContent).toBe('error state');
    expect(recovery.state()).toBe('none');
  });
});
