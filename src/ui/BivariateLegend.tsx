import { memo } from 'react';
import { formatNumber } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';
import type { BivariateLegendModel } from '../state/layers/bivariate';
import { rgbToHex } from '../state/layers/palettes';

/** Props of {@link BivariateLegend}. */
export interface BivariateLegendProps {
  readonly lang: Lang;
  readonly model: BivariateLegendModel;
}

/**
 * The 3×3 legend square of the bivariate map: poverty per 1,000 grows to the right, dose-2
 * coverage grows upwards; the tercile breaks are written on the axes.
 */
export const BivariateLegend = memo(function BivariateLegend({
  lang,
  model,
}: BivariateLegendProps) {
  const breaks = (values: readonly number[]) =>
    values.map((value) => formatNumber(value, lang, 1)).join(' · ');
  return (
    <figure className="bivariate-legend" aria-label={t(lang, 'measure_bivariate')}>
      <div className="bivariate-grid">
        {[2, 1, 0].flatMap((y) =>
          [0, 1, 2].map((x) => {
            const cell = model.cells.find((c) => c.x === x && c.y === y);
            return (
              <span
                key={`${x}-${y}`}
                className="bivariate-cell"
                data-x={x}
                data-y={y}
                style={{ backgroundColor: cell ? rgbToHex(cell.colour) : 'transparent' }}
              />
            );
          }),
        )}
      </div>
      <figcaption>
        <span>
          → {t(lang, 'measure_per_1000')} ({breaks(model.xBreaks)})
        </span>
        <span>
          ↑ {t(lang, 'measure_dose2_pct')} ({breaks(model.yBreaks)})
        </span>
      </figcaption>
    </figure>
  );
});
