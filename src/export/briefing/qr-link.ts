/**
 * The QR code of a page's link. A QR code holds a few hundred characters at a size a phone can
 * read from a printed page, while a view with many filters has a link of thousands (uqr refuses
 * it with "Data too long"). Such a link is shortened to the view's essentials (mode, layers,
 * province, dates); a link that cannot be shortened enough gets no QR code and a note. The full
 * link is always in the page's notes, and an export never fails over its QR code.
 */
import { encode, type QrCodeGenerateResult } from 'uqr';
import type { Lang } from '../../i18n/messages';
import { LAYOUT } from './layout';
import { xt } from './messages';
import { shortLink } from './page-text';

/** Error correction of the page's QR code: readable with 15 % of it smudged or folded. */
export const QR_ECC = 'M';

/**
 * Modules per reference pixel of the QR square at most: 2 reference pixels per module keep a
 * module about 0.3 mm wide on an A4 page at 300 dpi and 2 device pixels wide at 1080p.
 */
const REFERENCE_PX_PER_MODULE = 2;

/** The view's essential URL parameters, most important first; a group is kept or dropped whole. */
export const ESSENTIAL_PARAMS: readonly (readonly string[])[] = [
  ['mode'],
  ['layers'],
  ['province'],
  ['from', 'to'],
];

/** The page's QR code: of the whole link, of its shortened form, or none. */
export type PageQr =
  | { readonly kind: 'full'; readonly text: string; readonly qr: QrCodeGenerateResult }
  | { readonly kind: 'short'; readonly text: string; readonly qr: QrCodeGenerateResult }
  | { readonly kind: 'none' };

/** Modules of a QR code of `version` (1–40) across. */
function modulesOf(version: number): number {
  return 17 + 4 * version;
}

/**
 * The largest QR version readable in a square of `deviceSide` device pixels: at least
 * {@link REFERENCE_PX_PER_MODULE} reference pixels and one whole device pixel per module.
 * 0 when even version 1 is too big.
 */
export function qrMaxVersion(deviceSide: number, referenceSide: number = LAYOUT.qrSize): number {
  const modules = Math.min(Math.floor(referenceSide / REFERENCE_PX_PER_MODULE), deviceSide);
  return Math.max(0, Math.min(40, Math.floor((modules - modulesOf(0)) / 4)));
}

/** The QR code of `text` within `maxVersion`, or null when uqr cannot fit it. */
export function qrOf(text: string, maxVersion: number): QrCodeGenerateResult | null {
  if (maxVersion < 1) return null;
  try {
    return encode(text, { ecc: QR_ECC, border: 0, maxVersion });
  } catch {
    // uqr throws "Data too long" past the version's capacity.
    return null;
  }
}

/** A query value as serializeUrlState writes it: commas, colons and slashes left readable. */
function queryValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

/**
 * `link` with only the essential parameters that fit (`fits` says whether a candidate does),
 * adding each group in order of {@link ESSENTIAL_PARAMS} and dropping a group that does not fit.
 * Null when the address with its mode does not fit, or `link` is not a URL.
 */
export function shortenedLink(link: string, fits: (text: string) => boolean): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const base = `${url.origin}${url.pathname}`;
  const kept: string[] = [];
  const withParams = (params: readonly string[]) =>
    params.length === 0 ? base : `${base}?${params.join('&')}`;
  for (const [index, group] of ESSENTIAL_PARAMS.entries()) {
    const params = group.flatMap((name) => {
      const value = url.searchParams.get(name);
      return value === null ? [] : [`${name}=${queryValue(value)}`];
    });
    const candidate = [...kept, ...params];
    if (fits(withParams(candidate))) kept.push(...params);
    else if (index === 0) return null;
  }
  return withParams(kept);
}

/** The QR code for `link` in a version up to `maxVersion`: whole, shortened, or none. */
export function pageQr(link: string, maxVersion: number): PageQr {
  const whole = qrOf(link, maxVersion);
  if (whole) return { kind: 'full', text: link, qr: whole };
  const short = shortenedLink(link, (text) => qrOf(text, maxVersion) !== null);
  const qr = short === null ? null : qrOf(short, maxVersion);
  return short !== null && qr ? { kind: 'short', text: short, qr } : { kind: 'none' };
}

/** What the QR corner of a page shows. */
export interface QrPanel {
  /** The code to draw, or null (then `note` says why). */
  readonly qr: QrCodeGenerateResult | null;
  /** "เปิดมุมมองนี้". */
  readonly heading: string;
  /** "ลิงก์ย่อ" beside a shortened link, the no-QR note, or null for the whole link. */
  readonly note: string | null;
  /** The link as printed under the heading (without its scheme, shortened in the middle). */
  readonly linkText: string;
}

/** The QR corner of a page for `link`, in a square of `deviceSide` device pixels. */
export function qrPanel(link: string, deviceSide: number, lang: Lang): QrPanel {
  const choice = pageQr(link, qrMaxVersion(deviceSide));
  const heading = xt(lang, 'openView');
  switch (choice.kind) {
    case 'full':
      return { qr: choice.qr, heading, note: null, linkText: shortLink(link, 200) };
    case 'short':
      return {
        qr: choice.qr,
        heading,
        note: xt(lang, 'shortLink'),
        linkText: shortLink(choice.text, 200),
      };
    case 'none':
      return { qr: null, heading, note: xt(lang, 'noQr'), linkText: shortLink(link, 200) };
  }
}
