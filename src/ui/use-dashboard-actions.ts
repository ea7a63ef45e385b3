import { useMemo } from 'react';
import {
  selectProvince,
  setBreakdownBy,
  setCursor,
  setDateRange,
  setHovered,
  setHoveredCell,
  setLang,
  setLayerOrder,
  setLayerSettings,
  setMapView,
  setPlaying,
  setPovertyDimension,
  setRegion,
  markReady,
} from '../state/app/actions';
import type { AppStore, CellHoverState } from '../state/app/app-state';
import { knownBreakdownKind } from '../state/charts/breakdown-models';
import { moveLayer, POVERTY_DIMENSIONS, toggleLayer } from '../state/layers/layer-settings';
import type { MapView } from '../state/url/url-state';
import type { LayerId } from '../state/models/view-models';
import type { GroupKey } from '../state/groupings/groupings';
import type { LayerPanelActions } from './LayerPanel';

/** Every callback the dashboard's views use; each only dispatches to the store. */
export interface DashboardActions {
  readonly panel: LayerPanelActions;
  readonly hover: (code: number | null, x: number, y: number) => void;
  /** The density hexagon under the pointer (null: none). */
  readonly hoverCell: (cell: CellHoverState | null) => void;
  readonly selectProvince: (code: number | null) => void;
  readonly setRegion: (region: GroupKey | null) => void;
  readonly setRange: (range: { from: string; to: string } | null) => void;
  readonly setCursor: (date: string | null) => void;
  readonly setPlaying: (playing: boolean) => void;
  /** Switches a dataset's breakdown chart (e.g. road safety by cause or by vehicle). */
  readonly setBreakdown: (id: LayerId, kind: string) => void;
  /** Brings a dataset's layer to the top (adding it if hidden): the charts then describe it. */
  readonly focus: (id: LayerId) => void;
  readonly recordView: (view: MapView) => void;
  readonly painted: () => void;
  readonly switchLanguage: () => void;
}

/** The dashboard's callbacks, stable for the life of the store. */
export function useDashboardActions(store: AppStore): DashboardActions {
  return useMemo(() => {
    const layers = () => store.getState().url.layers;
    return {
      panel: {
        toggle: (id) => {
          setLayerOrder(store, toggleLayer(layers(), id));
        },
        move: (id, direction) => {
          setLayerOrder(store, moveLayer(layers(), id, direction));
        },
        setOpacity: (id, opacity) => {
          setLayerSettings(store, id, { opacity });
        },
        setMeasure: (id, measure) => {
          setLayerSettings(store, id, { measure });
        },
        setClassification: (id, classification) => {
          setLayerSettings(store, id, { classification });
        },
        setPalette: (id, palette) => {
          setLayerSettings(store, id, { palette });
        },
        setPovertyDimension: (dimension) => {
          const known = POVERTY_DIMENSIONS.find((d) => d === dimension);
          if (known) setPovertyDimension(store, known);
        },
      },
      hover: (code, x, y) => {
        setHovered(store, code === null ? null : { code, x, y });
      },
      hoverCell: (cell) => {
        setHoveredCell(store, cell);
      },
      selectProvince: (code) => {
        selectProvince(store, code);
      },
      setRegion: (region) => {
        setRegion(store, region);
      },
      setRange: (range) => {
        setDateRange(store, range);
      },
      setCursor: (date) => {
        setCursor(store, date);
      },
      setPlaying: (playing) => {
        setPlaying(store, playing);
      },
      setBreakdown: (id, kind) => {
        const known = knownBreakdownKind(id, kind);
        if (known) setBreakdownBy(store, id, known);
      },
      focus: (id) => {
        setLayerOrder(store, [...layers().filter((layer) => layer !== id), id]);
      },
      recordView: (view) => {
        setMapView(store, view);
      },
      painted: () => {
        markReady(store);
      },
      switchLanguage: () => {
        setLang(store, store.getState().lang === 'th' ? 'en' : 'th');
      },
    };
  }, [store]);
}
