import { useEffect } from 'react';
import type { Lang } from '../i18n/messages';
import type { EngineStatus, Phase } from '../state/app/app-state';

/**
 * Mirrors the app's life cycle on <html> for automation and kiosk supervisors:
 * data-state="loading|ready|error", data-engine="idle|loading|ready|partial|error",
 * data-queries="running|idle" (view queries in flight) and lang.
 */
export function useDocumentState(
  phase: Phase,
  engine: EngineStatus,
  lang: Lang,
  queriesRunning: boolean,
): void {
  useEffect(() => {
    document.documentElement.dataset.queries = queriesRunning ? 'running' : 'idle';
  }, [queriesRunning]);
  useEffect(() => {
    document.documentElement.dataset.state = phase;
  }, [phase]);
  useEffect(() => {
    document.documentElement.dataset.engine = engine;
  }, [engine]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
