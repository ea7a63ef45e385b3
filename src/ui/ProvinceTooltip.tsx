import type { DatasetDef } from '../data/manifest-types';
import { PROVINCE_BY_CODE } from '../data/provinces';
import { formatCount, formatDate, formatPercent } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';
import type { HoverState, ProvinceVaccination } from '../state/app-state';
import { DemoBadge } from './DemoBadge';

/** Props of {@link ProvinceTooltip}. */
export interface ProvinceTooltipProps {
  readonly lang: Lang;
  readonly hovered: HoverState;
  readonly row: ProvinceVaccination | undefined;
  readonly value: number | undefined;
  readonly dataset: DatasetDef | undefined;
}

/** The hover card of a province: both names, its value, the figures behind it and the as-of date. */
export function ProvinceTooltip(props: ProvinceTooltipProps) {
  const { lang, hovered, row, value } = props;
  const province = PROVINCE_BY_CODE.get(hovered.code);
  if (!province) return null;
  return (
    <div
      className="province-tooltip"
      role="tooltip"
      style={{ transform: `translate(${hovered.x + 14}px, ${hovered.y + 14}px)` }}
    >
      <p className="tooltip-name-th" lang="th">
        {province.nameTh}
      </p>
      <p className="tooltip-name-en" lang="en">
        {province.nameEn}
      </p>
      <p className="tooltip-value">
        {value === undefined ? t(lang, 'noData') : formatPercent(value, lang)}
      </p>
      <p className="tooltip-label">{t(lang, 'dose2Coverage')}</p>
      {row && (
        <p className="tooltip-detail">
          {t(lang, 'vaccinatedDose2')} {formatCount(row.dose2, lang)} {t(lang, 'people')}{' '}
          {t(lang, 'outOfPopulation')} {formatCount(row.population, lang)} {t(lang, 'people')}
        </p>
      )}
      <p className="tooltip-detail">
        {t(lang, 'asOf')} {row ? formatDate(row.weekEnd, lang) : '—'}
      </p>
      {props.dataset?.demo && <DemoBadge />}
    </div>
  );
}
