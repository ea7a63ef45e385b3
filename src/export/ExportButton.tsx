import { lazy, Suspense, useState } from 'react';
import type { Geography } from '../map/load-geography';
import type { AppStore } from '../state/app-state';
import { useStore } from '../state/store';
import { xt } from './briefing/messages';
import './export-button.css';

// The dialog brings the export map, PowerPoint and PDF writers: fetched on first use only.
const ExportDialog = lazy(async () => ({ default: (await import('./ExportDialog')).ExportDialog }));

/** Props of {@link ExportButton}. */
export interface ExportButtonProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
}

/** The header button `[data-action="export"]` that opens the briefing export dialog. */
export function ExportButton({ store, geography }: ExportButtonProps) {
  const lang = useStore(store, (s) => s.lang);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="export-button"
        data-action="export"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {xt(lang, 'exportButton')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog
            store={store}
            geography={geography}
            onClose={() => {
              setOpen(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
