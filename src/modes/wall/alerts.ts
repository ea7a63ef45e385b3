import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import type { Lang } from '../../i18n/messages';
import type { KpiTileModel } from '../../state/kpis/kpis';
import { formatCount } from '../../i18n/format';
import { wt } from './messages';

/** One line of the wall's alert ticker. */
export interface TickerAlert {
  /** The dataset the alert comes from. */
  readonly id: KpiTileModel['id'];
  /** e.g. "COVID-19 vaccination · Provinces below the 70 % target: 3" */
  readonly headline: string;
  /** The provinces concerned, by name (the first few, then "and N more"). */
  readonly provinces: string;
}

/** Provinces named per alert before "and N more". */
export const NAMED_PROVINCES = 8;

/**
 * The ticker's alerts: one per KPI tile with provinces past its threshold (the rules of
 * src/state/layers/thresholds.ts, as the KPI tiles count them), provinces in code order.
 */
export function tickerAlerts(tiles: readonly KpiTileModel[], lang: Lang): TickerAlert[] {
  return tiles
    .filter((tile) => (tile.alertCount ?? 0) > 0)
    .map((tile) => {
      const names = [...tile.alertCodes]
        .sort((a, b) => a - b)
        .map((code) => {
          const province = PROVINCE_BY_CODE.get(code);
          return (lang === 'th' ? province?.nameTh : province?.nameEn) ?? String(code);
        });
      const named = names.slice(0, NAMED_PROVINCES).join(', ');
      const rest = names.length - NAMED_PROVINCES;
      return {
        id: tile.id,
        headline: `${tile.label} · ${tile.alertText}`,
        provinces:
          rest > 0
            ? `${named} ${wt(lang, 'moreProvinces', { count: formatCount(rest, lang) })}`
            : named,
      };
    });
}
