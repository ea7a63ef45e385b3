import { memo } from 'react';
import { formatDate } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';
import { rgbToHex, type Rgb } from '../state/layers/palettes';
import type { LegendModel } from '../state/models/view-models';
import { DatasetCaveats, ProvenanceLines } from './DatasetCaveats';
import { DemoBadge } from './DemoBadge';
import { SizeKeyView } from './SizeKey';
import { periodNoteOf } from '../state/kpis/kpi-status';
import { DatasetFreshnessBadge, useProvided } from './FreshnessBadge';
import './DataQuality.css';
import './PeriodNote.css';

function Swatch({ colour }: { readonly colour: Rgb }) {
  return <span className="legend-swatch" style={{ backgroundColor: rgbToHex(colour) }} />;
}

/**
 * One layer's legend: title, unit, colour classes, notes, the circles' size key (proportional
 * symbols), the note that the date range misses the
 * dataset's period, the data-quality note (what the figures
 * leave out or flag), the manifest's caveats, demo label, as-of date (with the "not current" badge
 * when it is), source, and where an ingest made the files from.
 */
export const LegendView = memo(function LegendView({
  model,
  lang,
}: {
  readonly model: LegendModel;
  readonly lang: Lang;
}) {
  // From the store the nearest FreshnessProvider holds: the legend model knows nothing of dates.
  const periodNote = useProvided((s) => periodNoteOf(s, model.layerId));
  return (
    <section
      className="legend"
      aria-label={model.title}
      data-layer={model.layerId}
      data-as-of={model.asOf}
    >
      <h3 className="legend-title">{model.title}</h3>
      <p className="legend-unit">{model.unit}</p>
      <ul className="legend-classes">
        {[...model.classes, ...model.notes].map((entry) => (
          <li key={`${entry.label}-${rgbToHex(entry.colour)}`} className="legend-class">
            <Swatch colour={entry.colour} />
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
      {model.sizeKey && <SizeKeyView sizeKey={model.sizeKey} />}
      {periodNote && (
        <p className="legend-period-note" role="note" data-period-note>
          {periodNote}
        </p>
      )}
      {model.qualityNote && (
        <p className="legend-quality" role="note" data-quality-note>
          {model.qualityNote}
        </p>
      )}
      {model.caveats && <DatasetCaveats caveats={model.caveats} lang={lang} />}
      {model.demo && <DemoBadge />}
      <p className="legend-meta">
        {t(lang, 'asOf')} {formatDate(model.asOf, lang)}
      </p>
      <DatasetFreshnessBadge id={model.layerId} lang={lang} />
      <p className="legend-meta">
        {t(lang, 'source')}: {model.source} · {model.licence}
      </p>
      <ProvenanceLines provenance={model.provenance} hashes={model.hashes} />
    </section>
  );
});
