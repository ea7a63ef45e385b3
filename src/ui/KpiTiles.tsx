import { memo } from 'react';
import type { KpiTileModel } from '../state/kpis/kpis';
import { DatasetFreshnessBadge } from './FreshnessBadge';
import './KpiTiles.css';

/** Props of {@link KpiTiles}. */
export interface KpiTilesProps {
  readonly tiles: readonly KpiTileModel[];
  /** What the figures cover: all Thailand or the filtered region. */
  readonly scope: string;
  /** Clicking a tile's alert line shows that dataset (focuses its layer). */
  readonly onFocus?: (id: KpiTileModel['id']) => void;
}

/**
 * The headline numbers: value (or "loading", or the period the data covers when the date range
 * misses it), change against the previous period, provinces past a threshold, the provinces the
 * figure leaves out, and the dataset's "not current" badge when it is.
 */
export const KpiTiles = memo(function KpiTiles({ tiles, scope, onFocus }: KpiTilesProps) {
  return (
    <ul className="kpi-tiles" aria-label={scope}>
      <li className="kpi-scope" style={{ gridColumn: `1 / span ${Math.max(1, tiles.length)}` }}>
        {scope}
      </li>
      {tiles.map((tile) => (
        <li
          key={tile.id}
          className="kpi-tile"
          data-kpi={tile.id}
          data-status={tile.status}
          aria-busy={tile.status === 'loading'}
        >
          <button
            type="button"
            className="kpi-button"
            onClick={() => {
              onFocus?.(tile.id);
            }}
          >
            <span className="kpi-label">{tile.label}</span>
            <span className="kpi-value">{tile.valueText}</span>
            {tile.changeText && (
              <span
                className={`kpi-change ${tile.change === null ? '' : tile.change >= 0 ? 'kpi-up' : 'kpi-down'}`}
              >
                {tile.changeText}
              </span>
            )}
            {tile.periodNote && (
              <span className="kpi-period-note" role="note">
                {tile.periodNote}
              </span>
            )}
            {tile.qualityText && (
              <span className="kpi-quality" role="note">
                {tile.qualityText}
              </span>
            )}
            {tile.alertText && (
              <span className={`kpi-alert ${tile.alertCount ? 'kpi-alert-on' : ''}`}>
                {tile.alertText}
              </span>
            )}
          </button>
          <DatasetFreshnessBadge id={tile.id} compact />
        </li>
      ))}
    </ul>
  );
});
