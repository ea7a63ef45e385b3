import { useMemo, useState } from 'react';
import { previewClasses } from './preview-classes';
import type { ProvinceOutlines } from './province-outlines';
import './preview-map.css';

/** Props of {@link PreviewMap}; every text comes from the caller (Thai first, then English). */
export interface PreviewMapProps {
  readonly outlines: ProvinceOutlines;
  /** Province code → value; provinces not in it are drawn as "no data". */
  readonly values: ReadonlyMap<number, number>;
  /** The map's accessible name. */
  readonly label: string;
  /** The legend's name of the provinces with no value. */
  readonly noDataLabel: string;
  /** A value as the table beside the map shows it. */
  readonly format: (value: number) => string;
  /** The tooltip of a province: its name and value (undefined: no value). */
  readonly describe: (code: number, value: number | undefined) => string;
}

/** A legend swatch: a small SVG, so the colour is an attribute, not an inline style (the CSP). */
function Swatch({ colour }: { readonly colour: string }) {
  return (
    <svg className="preview-map-swatch" viewBox="0 0 16 12" aria-hidden="true">
      <rect width="16" height="12" rx="2" fill={colour} />
    </svg>
  );
}

/**
 * A static SVG choropleth of the provinces with a quantile legend: a preview that needs neither
 * MapLibre nor deck.gl nor WebGL. Colours are SVG presentation attributes and all text is React
 * text (a province's tooltip is an SVG `<title>`), so nothing from the data becomes markup.
 */
export function PreviewMap({
  outlines,
  values,
  label,
  noDataLabel,
  format,
  describe,
}: PreviewMapProps) {
  const classes = useMemo(
    () =>
      previewClasses(
        values,
        outlines.provinces.map((p) => p.code),
      ),
    [values, outlines],
  );
  // The province under the pointer, outlined again on top: its own stroke is half hidden by
  // the neighbours drawn after it (SVG has no z-order but the order of the elements).
  const [hovered, setHovered] = useState<number | null>(null);
  const hoveredPath = outlines.provinces.find((p) => p.code === hovered)?.d;
  return (
    <figure className="preview-map">
      <svg
        className="preview-map-svg"
        viewBox={`0 0 ${outlines.width} ${outlines.height}`}
        preserveAspectRatio="xMinYMin meet"
        role="img"
        aria-label={label}
      >
        {outlines.provinces.map(({ code, d }) => {
          const index = classes.classOf(code);
          const colour = classes.classes[index]?.colour ?? classes.noDataColour;
          return (
            <path
              key={code}
              d={d}
              fill={colour}
              fillRule="evenodd"
              data-code={code}
              data-class={index < 0 ? 'none' : index}
              onPointerEnter={() => {
                setHovered(code);
              }}
              onPointerLeave={() => {
                setHovered((current) => (current === code ? null : current));
              }}
            >
              <title>{describe(code, values.get(code))}</title>
            </path>
          );
        })}
        {hoveredPath === undefined ? null : (
          <path className="preview-map-hover" d={hoveredPath} fill="none" />
        )}
      </svg>
      <figcaption>
        <ul className="preview-map-legend">
          {classes.classes.map((c, index) => (
            <li key={index} data-class={index}>
              <Swatch colour={c.colour} />
              <span className="preview-map-range">
                {c.from === c.to ? format(c.from) : `${format(c.from)} – ${format(c.to)}`}
              </span>
              <span className="preview-map-count">({c.count})</span>
            </li>
          ))}
          <li data-class="none">
            <Swatch colour={classes.noDataColour} />
            <span className="preview-map-range">{noDataLabel}</span>
            <span className="preview-map-count">({classes.noData})</span>
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
