/**
 * A dataset's caveats and provenance (manifest fields `caveats` and `provenance`, written by
 * `npm run ingest`) in the words the views show: a short line that stays readable in a legend,
 * the caveats that name one province for its card, and "ingested on … from n files" with the
 * files' hashes. Text from data stays text: the views put it in text nodes and titles, never HTML.
 */
import { PROVINCES } from '../../data/places/provinces';
import type { DatasetDef, LocalText, Provenance } from '../../data/manifest/manifest-types';
import { formatCount, formatDate } from '../../i18n/format';
import { fillPlaceholders } from '../../i18n/fill';
import type { Lang } from '../../i18n/messages';

/** One caveat as a view shows it: a short line, and the whole text for a title or an expander. */
export interface CaveatLine {
  readonly short: string;
  readonly full: string;
}

const CAVEAT_MESSAGES = {
  caveatsLabel: { th: 'ข้อควรระวัง', en: 'Caveats' },
  readAll: { th: 'อ่านทั้งหมด', en: 'Read in full' },
  andMore: { th: '{shown} และอีก {count}', en: '{shown} and {count} more' },
  ingested: {
    th: 'นำเข้าเมื่อ {date} จาก {count} ไฟล์ ({names})',
    en: 'ingested {date} from {count} files ({names})',
  },
  ingestedOne: {
    th: 'นำเข้าเมื่อ {date} จาก 1 ไฟล์ ({names})',
    en: 'ingested {date} from 1 file ({names})',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the caveat string table. */
export type CaveatMessageKey = keyof typeof CAVEAT_MESSAGES;

/** The caveat string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function ct(lang: Lang, key: CaveatMessageKey, values: Record<string, string> = {}) {
  return fillPlaceholders(CAVEAT_MESSAGES[key][lang], values);
}

/** Items of a list shown before "and N more". */
const LIST_SHOWN = 3;
/** A comma-separated run longer than this is a list (of provinces) and gets cut. */
const LIST_LONGEST = 4;
/** An item longer than this is prose, not a list item: "…where given, people where…". */
const ITEM_LONGEST = 32;
/** The short line's longest length; the rest is in the full text. */
const SHORT_LONGEST = 140;

/** "A, B, C, D, E" → "A, B, C and 2 more"; any other text unchanged. */
function cutList(segment: string, lang: Lang): string {
  const items = segment.split(', ');
  if (items.length <= LIST_LONGEST || items.some((item) => item.length > ITEM_LONGEST)) {
    return segment;
  }
  return ct(lang, 'andMore', {
    shown: items.slice(0, LIST_SHOWN).join(', '),
    count: formatCount(items.length - LIST_SHOWN, lang),
  });
}

/**
 * The short form of a caveat: every long list (the parts between ": ") cut to its first few items
 * and "and N more", then the whole cut to {@link SHORT_LONGEST} characters at a space with "…".
 */
export function shortCaveat(text: string, lang: Lang): string {
  const cut = text
    .split(': ')
    .map((segment) => cutList(segment, lang))
    .join(': ');
  if (cut.length <= SHORT_LONGEST) return cut;
  const head = cut.slice(0, SHORT_LONGEST);
  const space = head.lastIndexOf(' ');
  return `${(space > SHORT_LONGEST / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** The dataset's caveats in `lang`, each short and whole. */
export function caveatLines(def: DatasetDef, lang: Lang): CaveatLine[] {
  return (def.caveats ?? []).map((caveat) => ({
    short: shortCaveat(caveat[lang], lang),
    full: caveat[lang],
  }));
}

/** Ends of a name in a caveat: a list separator, a bracket or the text's end (Thai has no spaces). */
const BEFORE = '(?:^|[\\s,:;(])';
const AFTER = '(?=$|[\\s,:;)])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAME_PATTERNS = new Map(
  PROVINCES.map((p) => [
    p.code,
    [p.nameTh, p.nameEn].map((name) => new RegExp(`${BEFORE}${escapeRegExp(name)}${AFTER}`, 'i')),
  ]),
);

/**
 * Does `caveat` name province `code` (Thai or English name, in either language)? A name counts
 * only as a whole list item, so "แพร่" in "เผยแพร่" is not Phrae.
 */
export function caveatNamesProvince(caveat: LocalText, code: number): boolean {
  const patterns = NAME_PATTERNS.get(code) ?? [];
  return patterns.some((pattern) => pattern.test(caveat.th) || pattern.test(caveat.en));
}

/** Up to this many caveats the card shows them all, naming the province or not. */
const CARD_ALL_UP_TO = 2;

/**
 * The caveats the card of province `code` shows for `def`: all of them when there are few,
 * else the ones that name the province.
 */
export function provinceCaveats(def: DatasetDef, code: number): LocalText[] {
  const caveats = def.caveats ?? [];
  if (caveats.length <= CARD_ALL_UP_TO) return [...caveats];
  return caveats.filter((caveat) => caveatNamesProvince(caveat, code));
}

/** Hex digits of a file's SHA-256 shown: enough to tell files apart, short enough to read. */
export const SHA_SHOWN = 12;

/** A date-time in Thailand's clock (UTC+7) as its ISO date, for "ingested on <date>". */
function bangkokDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso.slice(0, 10);
  return new Date(ms + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * "นำเข้าเมื่อ 7 ธ.ค. 2569 จาก 2 ไฟล์ (a.csv, b.csv)" / "ingested 7 Dec 2026 from 2 files (…)",
 * or null when the dataset has no provenance.
 */
export function provenanceText(provenance: Provenance | undefined, lang: Lang): string | null {
  if (!provenance) return null;
  const { files } = provenance;
  return ct(lang, files.length === 1 ? 'ingestedOne' : 'ingested', {
    date: formatDate(bangkokDate(provenance.ingestedAt), lang),
    count: formatCount(files.length, lang),
    names: files.map((file) => file.name).join(', '),
  });
}

/** "SHA-256 0123456789ab (a.csv), …": the first hex digits of each file's hash. */
export function provenanceHashes(provenance: Provenance | undefined): string | null {
  if (!provenance || provenance.files.length === 0) return null;
  const hashes = provenance.files.map(
    (file) => `${file.sha256.slice(0, SHA_SHOWN)} (${file.name})`,
  );
  return `SHA-256 ${hashes.join(', ')}`;
}
