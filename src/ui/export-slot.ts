import { createContext, type ReactNode } from 'react';
import type { MapLayerSpec } from '../map/layer-spec';

/**
 * Draws the header's export control for a dashboard whose map also shows `extraLayers` (the
 * analyst's own files). The export code sits on a floor above src/ui, so the dashboard cannot
 * import it: the shell (src/Shell.tsx) passes it down through this context instead.
 */
export type ExportSlot = (extraLayers: readonly MapLayerSpec[]) => ReactNode;

/** No provider, no export control (a dashboard rendered alone, as in component tests). */
export const ExportSlotContext = createContext<ExportSlot | null>(null);
