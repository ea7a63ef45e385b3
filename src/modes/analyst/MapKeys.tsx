import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import type { AppStore } from '../../state/app/app-state';
import { rgbToHex } from '../../state/layers/palettes';
import { selectViewModels } from '../../state/models/view-model-selectors';
import type { LegendModel } from '../../state/models/view-models';
import { useStore } from '../../state/app/store';
import { at } from './messages';

/** One layer's key on a line: title, unit, as-of, then each class and note as a swatch. */
function MapKey({ model, lang }: { readonly model: LegendModel; readonly lang: Lang }) {
  return (
    <li className="analyst-map-key" data-layer={model.layerId}>
      <p className="analyst-map-key-title">
        <strong>{model.title}</strong> <span className="analyst-muted">{model.unit}</span>
        {model.asOf && <span className="analyst-muted"> · {formatDate(model.asOf, lang)}</span>}
      </p>
      <ul className="analyst-map-key-classes">
        {[...model.classes, ...model.notes].map((entry) => (
          <li key={`${entry.label}-${rgbToHex(entry.colour)}`}>
            <span className="legend-swatch" style={{ backgroundColor: rgbToHex(entry.colour) }} />
            {entry.label}
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The keys of the layers on the map, top-most first, in a strip right under the map: in view
 * beside it without covering any province (the full legends, with caveats and sources, stay in
 * the layer panel).
 */
export function MapKeys({ store }: { readonly store: AppStore }) {
  const lang = useStore(store, (s) => s.lang);
  const layers = useStore(store, (s) => selectViewModels(s).layers);
  const legends = [...layers].reverse().flatMap((layer) => (layer.legend ? [layer.legend] : []));
  if (legends.length === 0) return null;
  return (
    <section className="analyst-map-keys" data-map-keys="" aria-label={at(lang, 'mapKeysLabel')}>
      <ul>
        {legends.map((model) => (
          <MapKey key={model.layerId} model={model} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
