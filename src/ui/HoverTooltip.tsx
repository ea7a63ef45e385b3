import { PROVINCE_BY_CODE } from '../data/places/provinces';
import { formatCount, formatDate, formatNumber, formatPercent } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';
import type { AppStore } from '../state/app/app-state';
import type { ProvinceFlag } from '../state/quality/data-quality';
import { qt } from '../state/quality/quality-messages';
import { useStore } from '../state/app/store';
import type { LayerView } from '../state/models/view-model-selectors';
import { DemoBadge } from './DemoBadge';
import './DataQuality.css';

/** Props of {@link HoverTooltip}. */
export interface HoverTooltipProps {
  readonly store: AppStore;
  readonly lang: Lang;
  readonly layers: readonly LayerView[];
}

interface TooltipLine {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly asOf: string;
  /** Why there is no value, or the caveat the value comes with. */
  readonly flag: ProvinceFlag | null;
}

function linesFor(code: number, layers: readonly LayerView[], lang: Lang): TooltipLine[] {
  const lines: TooltipLine[] = [];
  for (const layer of [...layers].reverse()) {
    const { drawing, legend } = layer;
    let value: string | null = null;
    let flag: ProvinceFlag | null = null;
    if (drawing.kind === 'choropleth') {
      const v = drawing.valueByCode.get(code);
      flag = drawing.flagByCode.get(code) ?? null;
      value =
        flag?.kind === 'anomaly'
          ? qt(lang, 'anomalous')
          : v === undefined
            ? t(lang, 'noData')
            : drawing.percent
              ? formatPercent(v, lang)
              : formatNumber(v, lang, drawing.decimals);
    } else if (drawing.kind === 'province-symbols') {
      const symbol = drawing.symbols.find((s) => s.code === code);
      value = symbol ? `${formatCount(symbol.value, lang)} ${t(lang, 'chartCases')}` : null;
    }
    if (value !== null) {
      lines.push({
        id: layer.id,
        label: legend?.title ?? layer.id,
        value,
        asOf: legend?.asOf ?? '',
        flag,
      });
    }
  }
  return lines;
}

/**
 * Follows the pointer: the province's Thai and English names and, for every layer on the map,
 * its value and as-of date. It alone subscribes to the pointer, so a mouse move re-renders only it.
 */
export function HoverTooltip({ store, lang, layers }: HoverTooltipProps) {
  const hovered = useStore(store, (s) => s.hovered);
  const cell = useStore(store, (s) => s.hoveredCell);
  if (cell) {
    const legend = layers.find((l) => l.id === 'road_safety')?.legend;
    return (
      <div
        className="province-tooltip"
        role="tooltip"
        data-tooltip="density-cell"
        style={{ transform: `translate(${cell.x + 14}px, ${cell.y + 14}px)` }}
      >
        <p className="tooltip-name-th">{t(lang, 'tooltipCell')}</p>
        <div className="tooltip-line">
          <p className="tooltip-value">
            {formatCount(cell.incidents, lang)} {t(lang, 'tooltipIncidents')}
          </p>
          <p className="tooltip-detail">
            {t(lang, 'tooltipDeaths')} {formatCount(cell.deaths, lang)} ·{' '}
            {t(lang, 'tooltipInjuries')} {formatCount(cell.injuries, lang)}
          </p>
          {legend?.asOf && (
            <p className="tooltip-detail">
              {t(lang, 'asOf')} {formatDate(legend.asOf, lang)}
            </p>
          )}
        </div>
        {legend?.demo && <DemoBadge />}
      </div>
    );
  }
  if (!hovered) return null;
  const province = PROVINCE_BY_CODE.get(hovered.code);
  if (!province) return null;
  const lines = linesFor(hovered.code, layers, lang);
  const demo = layers.some((l) => l.legend?.demo);
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
      {lines.map((line) => (
        <div key={line.id} className="tooltip-line" data-layer={line.id}>
          <p className="tooltip-label">{line.label}</p>
          <p className="tooltip-value" {...(line.flag ? { 'data-flag': line.flag.kind } : {})}>
            {line.value}
          </p>
          {line.flag && <p className="tooltip-detail tooltip-flag">{line.flag.text}</p>}
          {line.asOf && (
            <p className="tooltip-detail">
              {t(lang, 'asOf')} {formatDate(line.asOf, lang)}
            </p>
          )}
        </div>
      ))}
      {demo && <DemoBadge />}
    </div>
  );
}
