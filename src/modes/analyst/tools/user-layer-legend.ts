/**
 * A user layer's legend as words and swatches (the same entries the layer card shows), for the
 * briefing export's page, which receives only the map layers.
 */
import { formatCount } from '../../../i18n/format';
import type { Lang } from '../../../i18n/messages';
import type { SpecLegend } from '../../../map/layer-spec';
import { classLabel } from '../../../state/layers/legend-model';
import type { Rgb } from '../../../state/layers/palettes';
import { tt } from './messages';
import { USER_NO_DATA_COLOUR } from './user-layer-model';
import type { UserDrawing } from './user-layer-drawing';
import type { UserLayer } from './user-layers-store';

/** The legend of `layer`, drawn as `drawing`, in `lang`. */
export function userLayerLegend(layer: UserLayer, drawing: UserDrawing, lang: Lang): SpecLegend {
  const swatches: { colour: Rgb; label: string }[] = [];
  if (drawing.kind === 'province') {
    const { classification, colours, decimals, hasNoData } = drawing.choropleth;
    colours.forEach((colour, i) => {
      swatches.push({ colour, label: classLabel(classification, i, lang, decimals) });
    });
    if (hasNoData) swatches.push({ colour: USER_NO_DATA_COLOUR, label: tt(lang, 'noData') });
  } else {
    swatches.push({
      colour: drawing.colour,
      label: tt(lang, 'layerPoints', { count: formatCount(drawing.points.length, lang) }),
    });
  }
  const unit =
    layer.key.kind === 'province'
      ? `${tt(lang, 'layerProvince')} · ${layer.column ?? tt(lang, 'rowsPerProvince')}`
      : tt(lang, 'layerPoints', { count: formatCount(layer.table.numRows, lang) });
  const origin = layer.origin === 'file' ? tt(lang, 'yourFile') : tt(lang, 'consoleSource');
  return {
    title: layer.name,
    unit,
    symbol: drawing.kind === 'province' ? 'square' : 'dot',
    swatches,
    source: `${origin}: ${layer.source}`,
  };
}
