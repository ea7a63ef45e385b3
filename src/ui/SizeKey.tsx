import type { SizeKey } from '../state/layers/symbol-size';
import { useScreenScale } from '../map/use-screen-scale';
import './size-key.css';

/** Room around the circles for their 1-pixel stroke. */
const STROKE_ROOM_PX = 2;

/**
 * The size key of a proportional-symbol layer: reference circles side by side, bottom-aligned,
 * drawn at the radii the map draws their values at on this screen (the same screen scale), each
 * labelled with its value, under a caption naming the unit (Thai first, then English).
 */
export function SizeKeyView({ sizeKey }: { readonly sizeKey: SizeKey }) {
  const scale = useScreenScale();
  const largest = Math.max(...sizeKey.entries.map((entry) => entry.radiusPx)) * scale;
  const height = 2 * largest + STROKE_ROOM_PX;
  return (
    <figure className="legend-size-key" data-size-key>
      <figcaption className="legend-size-key-caption">{sizeKey.caption}</figcaption>
      <ul className="legend-size-key-circles">
        {sizeKey.entries.map((entry) => {
          const radius = entry.radiusPx * scale;
          const width = 2 * radius + STROKE_ROOM_PX;
          return (
            <li key={entry.value} data-value={entry.value} data-radius={radius}>
              <svg width={width} height={height} aria-hidden="true">
                <circle
                  className="legend-size-key-circle"
                  cx={width / 2}
                  cy={height - radius - STROKE_ROOM_PX / 2}
                  r={radius}
                />
              </svg>
              <span>{entry.label}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
