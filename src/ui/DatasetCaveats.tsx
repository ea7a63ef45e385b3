import type { Lang } from '../i18n/messages';
import { ct, type CaveatLine } from '../state/quality/dataset-caveats';
import './DatasetCaveats.css';

/**
 * A dataset's caveats under its figures: each a short "⚠" line (long province lists cut, the
 * whole text in its title) and, when any was cut, an expander with the whole texts. Text from the
 * manifest goes into text nodes and attributes only, never into HTML.
 */
export function DatasetCaveats({
  caveats,
  lang,
}: {
  readonly caveats: readonly CaveatLine[];
  readonly lang: Lang;
}) {
  if (caveats.length === 0) return null;
  const cut = caveats.some((caveat) => caveat.short !== caveat.full);
  return (
    <div className="dataset-caveats" role="note" aria-label={ct(lang, 'caveatsLabel')}>
      <ul>
        {caveats.map((caveat) => (
          <li key={caveat.full} className="dataset-caveat" title={caveat.full}>
            ⚠ {caveat.short}
          </li>
        ))}
      </ul>
      {cut && (
        <details className="dataset-caveats-full">
          <summary>{ct(lang, 'readAll')}</summary>
          <ul>
            {caveats.map((caveat) => (
              <li key={caveat.full}>{caveat.full}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** "นำเข้าเมื่อ … จาก 2 ไฟล์ (…)" and the files' hashes, under a dataset's source line. */
export function ProvenanceLines({
  provenance,
  hashes,
}: {
  readonly provenance: string | null | undefined;
  readonly hashes: string | null | undefined;
}) {
  if (!provenance) return null;
  return (
    <>
      <p className="legend-meta dataset-provenance">{provenance}</p>
      {hashes && <p className="legend-meta dataset-hashes">{hashes}</p>}
    </>
  );
}
