import { memo } from 'react';
import type { KpiTileModel } from '../../state/kpis/kpis';
import type { LayerId } from '../../state/models/view-models';
import { wallTiles } from './wall-tiles';
import './wall-kpis.css';

/** Props of {@link WallKpis}. */
export interface WallKpisProps {
  readonly tiles: readonly KpiTileModel[];
  /** What the figures cover (all Thailand, or the region). */
  readonly scope: string;
  /** The scene's focused dataset (its tile is highlighted). */
  readonly focus: LayerId;
}

/**
 * The headline numbers in large type, read-only (the KPI tile models of the dashboard): "loading"
 * while the figures come, the period a dataset covers when the scene's dates miss it, and the
 * provinces a figure leaves out. At most five tiles, the scene's own always among them.
 */
export const WallKpis = memo(function WallKpis({ tiles, scope, focus }: WallKpisProps) {
  return (
    <section className="wall-kpis" aria-label={scope}>
      <p className="wall-kpi-scope">{scope}</p>
      <ul>
        {wallTiles(tiles, focus).map((tile) => (
          <li
            key={tile.id}
            className={tile.id === focus ? 'wall-kpi wall-kpi-focus' : 'wall-kpi'}
            data-kpi={tile.id}
            data-status={tile.status}
            aria-busy={tile.status === 'loading'}
          >
            <span className="wall-kpi-label">{tile.label}</span>
            <span className="wall-kpi-value">{tile.valueText}</span>
            {tile.changeText && (
              <span
                className={`wall-kpi-change ${tile.change === null ? '' : tile.change >= 0 ? 'kpi-up' : 'kpi-down'}`}
              >
                {tile.changeText}
              </span>
            )}
            {(tile.alertCount ?? 0) > 0 && <span className="wall-kpi-alert">{tile.alertText}</span>}
            {tile.periodNote && <span className="wall-kpi-note">{tile.periodNote}</span>}
            {tile.qualityText && <span className="wall-kpi-note">{tile.qualityText}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
});
