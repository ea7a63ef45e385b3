import { Suspense, useState } from 'react';
import type { MapLayerSpec } from '../map/layer-spec';
import type { Geography } from '../map/load-geography';
import type { AppStore } from '../state/app/app-state';
import { useStore } from '../state/app/store';
import { lazyChunk } from '../ui/chunk-reload';
import { xt } from './briefing/messages';
import './export-button.css';

// The dialog brings the export map, PowerPoint and PDF writers: fetched on first use only.
const ExportDialog = lazyChunk(async () => (await import('./ExportDialog')).ExportDialog);

/** Props of {@link ExportButton}. */
export interface ExportButtonProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
  /** Layers the live map draws above the datasets' layers (the analyst's own), for the export. */
  readonly extraLayers?: readonly MapLayerSpec[];
}

/** The header button `[data-action="export"]` that opens the briefing export dialog. */
export function ExportButton({ store, geography, extraLayers }: ExportButtonProps) {
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
            extraLayers={extraLayers}
            onClose={() => {
              setOpen(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
