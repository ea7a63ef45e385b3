import { useEffect, useState } from 'react';
import type { BackendSource, ToolsBackend } from './tools-actions';

/**
 * The data tools' backend once the coordinator (or the promise startDataFlow returns) has
 * resolved; null until then, and if it fails (the dashboard shows that failure itself).
 */
export function useToolsBackend(coordinator: BackendSource): ToolsBackend | null {
  const [backend, setBackend] = useState<ToolsBackend | null>(null);
  useEffect(() => {
    let live = true;
    Promise.resolve(coordinator).then(
      (resolved) => {
        if (live) setBackend(resolved);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [coordinator]);
  return backend;
}
