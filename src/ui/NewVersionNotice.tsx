import { useSyncExternalStore } from 'react';
import { chunkRecovery, type ChunkRecovery } from './chunk-reload';
import './new-version-notice.css';

// Thai first, English second, both always: the notice may appear before the language is chosen.
const NOTICE_TEXT = 'มีรุ่นใหม่ — โหลดใหม่ · A new version is available — reload';

/** Props of {@link NewVersionNotice}. */
export interface NewVersionNoticeProps {
  readonly recovery?: ChunkRecovery;
}

/**
 * The small notice shown when a new version is deployed but reloading at once would lose the
 * person's work (chunk-reload.ts): one button that reloads, keeping the URL.
 */
export function NewVersionNotice({ recovery = chunkRecovery }: NewVersionNoticeProps) {
  const state = useSyncExternalStore(recovery.subscribe, recovery.state, recovery.state);
  if (state !== 'notice') return null;
  return (
    <div className="new-version-notice" role="status" data-new-version="notice">
      <button
        type="button"
        onClick={() => {
          recovery.reloadNow();
        }}
      >
        {NOTICE_TEXT}
      </button>
    </div>
  );
}
