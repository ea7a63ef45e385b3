/**
 * What the exported map says about layers it does not draw: a view whose filters nothing passes
 * says so ("ไม่มีจังหวัดที่ผ่านเงื่อนไข") rather than showing an empty map as if it were a finding,
 * and a layer whose data could not be had is named as missing. Pure.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import type { Lang } from '../../i18n/messages';
import { layerTitle } from '../../state/models/dataset-modules';
import { xt } from './messages';
import type { LayerReadiness } from './readiness';

/** The lines of the map's notice box, empty when every layer is drawn. */
export function mapNotices(
  layers: readonly LayerReadiness[],
  lang: Lang,
  datasets: readonly DatasetDef[] = [],
): string[] {
  // `datasets` names an indicator by its manifest title (the core layers have messages).
  const name = (layer: LayerReadiness) => layerTitle({ datasets }, layer.id, lang);
  const empty = layers.filter((layer) => layer.outcome === 'empty');
  const lines: string[] = [];
  // One layer, or every layer, with nothing to draw: the view as a whole shows nothing.
  if (empty.length > 0 && empty.length === layers.length) lines.push(xt(lang, 'nothingPasses'));
  else {
    for (const layer of empty) {
      lines.push(xt(lang, 'layerNothingPasses', { layer: name(layer) }));
    }
  }
  for (const layer of layers) {
    if (layer.outcome === 'missing') lines.push(xt(lang, 'layerMissing', { layer: name(layer) }));
    if (layer.outcome === 'waiting') lines.push(xt(lang, 'layerWaiting', { layer: name(layer) }));
  }
  return lines;
}
