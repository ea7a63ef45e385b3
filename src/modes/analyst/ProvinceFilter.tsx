import { useMemo, useState } from 'react';
import type { Lang } from '../../i18n/messages';
import { provinceName } from '../../state/charts/rankings';
import { at } from './messages';
import { searchProvinces } from './province-search';

/** Props of {@link ProvinceFilter}. */
export interface ProvinceFilterProps {
  readonly lang: Lang;
  /** The provinces kept (TIS-1099 codes); empty = all. */
  readonly selected: readonly number[];
  readonly onChange: (codes: readonly number[]) => void;
}

/** Province multi-select: type a Thai or English name, a nickname or a code, pick from the list. */
export function ProvinceFilter({ lang, selected, onChange }: ProvinceFilterProps) {
  const [query, setQuery] = useState('');
  const matches = useMemo(
    () => searchProvinces(query, 8).filter((p) => !selected.includes(p.code)),
    [query, selected],
  );
  const add = (code: number) => {
    onChange([...selected, code]);
    setQuery('');
  };
  return (
    <div className="analyst-provinces">
      <label className="analyst-field">
        {at(lang, 'provincesLabel')}
        <input
          type="search"
          value={query}
          placeholder={at(lang, 'provinceSearch')}
          aria-label={at(lang, 'provinceSearch')}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            const first = matches[0];
            if (event.key === 'Enter' && first) {
              event.preventDefault();
              add(first.code);
            }
          }}
        />
      </label>
      {query.trim() !== '' && (
        <ul className="analyst-matches" aria-label={at(lang, 'provinceSearch')}>
          {matches.length === 0 && <li className="analyst-muted">{at(lang, 'provinceNone')}</li>}
          {matches.map((province) => (
            <li key={province.code}>
              <button
                type="button"
                data-code={province.code}
                onClick={() => {
                  add(province.code);
                }}
              >
                {lang === 'th' ? province.nameTh : province.nameEn}{' '}
                <span className="analyst-muted">
                  {lang === 'th' ? province.nameEn : province.nameTh} · {province.code}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ul className="analyst-chips" aria-label={at(lang, 'provincesLabel')}>
        {selected.length === 0 && <li className="analyst-muted">{at(lang, 'allProvinces')}</li>}
        {selected.map((code) => (
          <li key={code} className="analyst-chip" data-code={code}>
            {provinceName(code, lang)}
            <button
              type="button"
              aria-label={`${at(lang, 'provinceRemove')}: ${provinceName(code, lang)}`}
              onClick={() => {
                onChange(selected.filter((c) => c !== code));
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
