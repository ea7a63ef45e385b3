import { memo } from 'react';
import { formatDate } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';
import type { ProvinceCardModel } from '../state/province-card';

/** Props of {@link ProvinceCard}. */
export interface ProvinceCardProps {
  readonly lang: Lang;
  readonly model: ProvinceCardModel;
  readonly onClose: () => void;
}

/** Every dataset for one province beside the national and regional figures, with its rank. */
export const ProvinceCard = memo(function ProvinceCard({
  lang,
  model,
  onClose,
}: ProvinceCardProps) {
  return (
    <section className="province-card" aria-label={model.nameTh} data-code={model.code}>
      <header className="province-card-header">
        <div>
          <h2 lang="th">{model.nameTh}</h2>
          <p lang="en">
            {model.nameEn} · {model.regionName}
          </p>
        </div>
        <button type="button" onClick={onClose} aria-label={t(lang, 'clearSelection')}>
          ✕
        </button>
      </header>
      <table className="province-card-table">
        <thead>
          <tr>
            <th />
            <th>{t(lang, 'cardProvince')}</th>
            <th>{t(lang, 'cardRegion')}</th>
            <th>{t(lang, 'cardNational')}</th>
            <th>{t(lang, 'cardRank')}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.id} data-dataset={row.id}>
              <th scope="row">
                {row.label}
                <span className="province-card-asof">
                  {t(lang, 'asOf')} {formatDate(row.asOf, lang)}
                </span>
              </th>
              <td className="province-card-value">{row.valueText}</td>
              <td>{row.regionText}</td>
              <td>{row.nationalText}</td>
              <td>{row.rankText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
