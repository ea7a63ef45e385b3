/**
 * The words on a briefing page: title, subtitle (the filters in words), the source lines with
 * their Buddhist-era as-of dates, the export date, and the file names. Pure.
 */
import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import { formatDate, formatCount } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { chartScopeName } from '../../state/queries/chart-scope';
import type { LegendModel } from '../../state/models/view-models';
import { exportFileName } from '../../ui/file-name';
import { xt } from './messages';

/** What the page's words are made from. */
export type TextState = Pick<AppState, 'url' | 'lang' | 'cursor'>;

/** The date range in words: "11 เม.ย. 2568 – 17 เม.ย. 2568", or "ทุกช่วงเวลา". */
export function dateRangeText(from: string | null, to: string | null, lang: Lang): string {
  if (from === null && to === null) return xt(lang, 'allDates');
  if (from !== null && to !== null && from === to) return formatDate(from, lang);
  return `${from === null ? '…' : formatDate(from, lang)} – ${to === null ? '…' : formatDate(to, lang)}`;
}

/**
 * Title of the page: the scene's title when there is one, else the focused layer's legend title
 * and the area it shows ("ความครอบคลุมวัคซีน — ทั้งประเทศ").
 */
export function pageTitle(
  state: TextState,
  legends: readonly LegendModel[],
  sceneTitle?: string,
): string {
  if (sceneTitle !== undefined && sceneTitle.trim() !== '') return sceneTitle;
  const focus = legends.at(-1)?.title ?? xt(state.lang, 'briefingTitle');
  return `${focus} — ${chartScopeName(state)}`;
}

/**
 * The filters in words, e.g. "วัคซีน + เรื่องร้องเรียน · ภาคตะวันออกเฉียงเหนือ · 1 ม.ค. 2568 –
 * 31 มี.ค. 2568 · ณ วันที่ 9 ก.พ. 2568": the layers (bottom first), the area, the dates, the time
 * cursor and the analyst's province filter.
 */
export function pageSubtitle(state: TextState, legends: readonly LegendModel[]): string {
  const { lang, url } = state;
  const parts: string[] = [];
  // One layer is named by the title already; several are listed, bottom first.
  if (legends.length > 1) parts.push(legends.map((legend) => legend.title).join(' + '));
  parts.push(chartScopeName(state));
  parts.push(dateRangeText(url.from, url.to, lang));
  if (state.cursor !== null) {
    parts.push(xt(lang, 'cursorDate', { date: formatDate(state.cursor, lang) }));
  }
  // The area already names the filtered provinces unless one province is selected.
  const provinces = url.provinces ?? [];
  if (provinces.length > 0 && url.province !== null) {
    parts.push(xt(lang, 'provinceFilter', { count: formatCount(provinces.length, lang) }));
  }
  return parts.join(' · ');
}

/** One line per layer: its source, licence and as-of date (Buddhist era). */
export function sourceLines(legends: readonly LegendModel[], lang: Lang): string[] {
  return legends.map((legend) =>
    xt(lang, 'sourceLine', {
      title: legend.title,
      source: legend.source,
      licence: legend.licence,
      date: formatDate(legend.asOf, lang),
    }),
  );
}

/** Thailand's clock (UTC+7, no daylight saving). */
const BANGKOK_OFFSET_MS = 7 * 3600 * 1000;

/** "จัดทำเมื่อ 26 พ.ย. 2569 เวลา 09:05 น." for an instant, in Thai time. */
export function exportedOnText(now: Date, lang: Lang): string {
  const local = new Date(now.getTime() + BANGKOK_OFFSET_MS).toISOString();
  return xt(lang, 'exportedOn', {
    date: formatDate(local.slice(0, 10), lang),
    time: local.slice(11, 16),
  });
}

/** A link for the page: the address without its scheme, shortened in the middle past `max`. */
export function shortLink(url: string, max = 64): string {
  const bare = url.replace(/^https?:\/\//, '');
  if (bare.length <= max) return bare;
  const keep = max - 1;
  return `${bare.slice(0, Math.ceil(keep * 0.6))}…${bare.slice(bare.length - Math.floor(keep * 0.4))}`;
}

/** What a briefing file is named after. */
export interface BriefingNameInput {
  readonly lang: Lang;
  readonly layers: readonly string[];
  /** Extra words, e.g. the scene id or the province code and names. */
  readonly words?: readonly string[];
  readonly from?: string | null;
  readonly to?: string | null;
  readonly extension: string;
}

/** e.g. `war-room_briefing_vaccination_30_nakhon-ratchasima_นครราชสีมา.png` (see exportFileName). */
export function briefingFileName(input: BriefingNameInput): string {
  return exportFileName({
    parts: ['briefing', ...input.layers, ...(input.words ?? [])],
    from: input.from ?? undefined,
    to: input.to ?? undefined,
    extension: input.extension,
  });
}

/** The words naming a province in a file: its code, English and Thai names. */
export function provinceWords(code: number): string[] {
  const province = PROVINCE_BY_CODE.get(code);
  return province ? [String(code), province.nameEn, province.nameTh] : [String(code)];
}

/** The words naming the area of the current view (Thai or English, as the page). */
export function areaWords(state: TextState): string[] {
  const { province, region } = state.url;
  if (province !== null) return provinceWords(province);
  return region === null ? [] : [region];
}
