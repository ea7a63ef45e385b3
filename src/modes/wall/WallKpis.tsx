import { memo } from 'react';
import { formatCount } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import type { KpiTileModel } from '../../state/kpis/kpis';
import type { LayerId } from '../../state/models/view-models';
import { wt } from './messages';
import { wallTiles } from './wall-tiles';
import './wall-kpis.css';

/** Props of {@link WallKpis}. */
export interface WallKpisProps {
  readonly lang: Lang;
  readonly tiles: readonly KpiTileModel[];
  /** The area the figures cover: ทั้งประเทศ, the group's or the province's name. */
  readonly scope: string;
  /** The scene's focused dataset (its tile is highlighted). */
  readonly focus: LayerId;
}

/**
 * The headline numbers in large type, read-only (the KPI tile models of the dashboard): "loading"
 * while the figures come, the period a dataset covers when the scene's dates miss it, and the
 * provinces a figure leaves out. At most four tiles, the scene's own always among them. A tile's
 * alert is a count in a few words: the ticker below reads out its rule and provinces.
 */
export const WallKpis = memo(function WallKpis({ lang, tiles, scope, focus }: WallKpisProps) {
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
            {/* The figure and its change on one line: the strip stays low, the map large. */}
            <span className="wall-kpi-figure">
              <span className="wall-kpi-value">{tile.valueText}</span>
              {tile.changeText && (
                <span
                  className={`wall-kpi-change ${tile.change === null ? '' : tile.change >= 0 ? 'kpi-up' : 'kpi-down'}`}
                >
                  {tile.changeText}
                </span>
              )}
            </span>
            {(tile.alertCount ?? 0) > 0 && (
              <span className="wall-kpi-alert" title={tile.alertText}>
                {wt(lang, 'provincesToWatch', { count: formatCount(tile.alertCount ?? 0, lang) })}
              </span>
            )}
            {tile.periodNote && (
              // The note's Thai sentence: both languages would fill the strip.
              <span className="wall-kpi-note" title={tile.periodNote}>
                {tile.periodNote.split(' · ')[0]}
              </span>
            )}
            {tile.qualityText && <span className="wall-kpi-note">{tile.qualityText}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
});
