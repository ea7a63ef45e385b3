import { memo } from 'react';
import type { KpiTileModel } from '../state/kpis';
import { DatasetFreshnessBadge } from './FreshnessBadge';

/** Props of {@link KpiTiles}. */
export interface KpiTilesProps {
  readonly tiles: readonly KpiTileModel[];
  /** What the figures cover: all Thailand or the filtered region. */
  readonly scope: string;
  /** Clicking a tile's alert line shows that dataset (focuses its layer). */
  readonly onFocus?: (id: KpiTileModel['id']) => void;
}

/**
 * The headline numbers: value, change against the previous period, provinces past a threshold,
 * and the dataset's "not current" badge when it is.
 */
export const KpiTiles = memo(function KpiTiles({ tiles, scope, onFocus }: KpiTilesProps) {
  return (
    <ul className="kpi-tiles" aria-label={scope}>
      <li className="kpi-scope">{scope}</li>
      {tiles.map((tile) => (
        <li key={tile.id} className="kpi-tile" data-kpi={tile.id}>
          <button
            type="button"
            className="kpi-button"
            onClick={() => {
              onFocus?.(tile.id);
            }}
          >
            <span className="kpi-label">{tile.label}</span>
            <span className="kpi-value">{tile.valueText}</span>
            <span
              className={`kpi-change ${tile.change === null ? '' : tile.change >= 0 ? 'kpi-up' : 'kpi-down'}`}
            >
              {tile.changeText}
            </span>
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
