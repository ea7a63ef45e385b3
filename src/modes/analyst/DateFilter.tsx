import { useState, type SyntheticEvent } from 'react';
import type { Lang } from '../../i18n/messages';
import { formatDateInput, parseDateInput, type DateSide } from './be-date';
import { at } from './messages';

/** Props of {@link DateFilter}. */
export interface DateFilterProps {
  readonly lang: Lang;
  readonly from: string | null;
  readonly to: string | null;
  /** Either end may be open (null). */
  readonly onChange: (from: string | null, to: string | null) => void;
}

/** Reads one end: blank = open; otherwise an ISO date or the problem's message. */
function readSide(
  text: string,
  side: DateSide,
  lang: Lang,
): { iso: string | null; error: string | null } {
  if (text.trim() === '') return { iso: null, error: null };
  const result = parseDateInput(text, side);
  if (result.ok) return { iso: result.iso, error: null };
  return { iso: null, error: at(lang, `dateError_${result.reason}`) };
}

/**
 * The date range typed in the Buddhist era ("2564", "1/3/2564", "1 มี.ค. 2564"; ISO works too);
 * the fields show the applied range in the Buddhist era. Remounted (by key) when the range changes.
 */
export function DateFilter({ lang, from, to, onChange }: DateFilterProps) {
  const [fromText, setFromText] = useState(formatDateInput(from, lang));
  const [toText, setToText] = useState(formatDateInput(to, lang));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const a = readSide(fromText, 'from', lang);
    const b = readSide(toText, 'to', lang);
    const problem = a.error ?? b.error;
    setError(problem);
    if (problem === null) onChange(a.iso, b.iso);
  };
  return (
    <form className="analyst-dates" onSubmit={submit} aria-label={at(lang, 'dateTitle')}>
      <span className="analyst-field-title">{at(lang, 'dateTitle')}</span>
      <label className="analyst-field">
        {at(lang, 'dateFrom')}
        <input
          name="from"
          value={fromText}
          placeholder={at(lang, 'dateHint')}
          onChange={(event) => {
            setFromText(event.target.value);
          }}
        />
      </label>
      <label className="analyst-field">
        {at(lang, 'dateTo')}
        <input
          name="to"
          value={toText}
          placeholder={at(lang, 'dateHint')}
          onChange={(event) => {
            setToText(event.target.value);
          }}
        />
      </label>
      {error !== null && (
        <p className="analyst-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{at(lang, 'dateApply')}</button>
    </form>
  );
}
