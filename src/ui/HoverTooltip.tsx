import type { DatasetDef } from '../data/manifest-types';
import type { Lang } from '../i18n/messages';
import type { AppStore } from '../state/app-state';
import type { CoverageChoropleth } from '../state/selectors';
import { useStore } from '../state/store';
import { ProvinceTooltip } from './ProvinceTooltip';

/** Props of {@link HoverTooltip}. */
export interface HoverTooltipProps {
  readonly store: AppStore;
  readonly lang: Lang;
  readonly choropleth: CoverageChoropleth;
  readonly dataset: DatasetDef | undefined;
}

/**
 * Follows the pointer. It alone subscribes to the pointer position, so a mouse move re-renders
 * the tooltip and not the map, legend and header.
 */
export function HoverTooltip({ store, lang, choropleth, dataset }: HoverTooltipProps) {
  const hovered = useStore(store, (s) => s.hovered);
  if (!hovered) return null;
  return (
    <ProvinceTooltip
      lang={lang}
      hovered={hovered}
      row={choropleth.rowByCode.get(hovered.code)}
      value={choropleth.valueByCode.get(hovered.code)}
      dataset={dataset}
    />
  );
}
