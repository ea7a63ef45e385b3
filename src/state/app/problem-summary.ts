/**
 * Bounded problem reports: many bad entries of one kind (2,000 unknown provinces in a link,
 * 495,000 bad entries in a saved-views file) become one line with the count and the first few
 * examples, so a hostile or broken input can never flood the screen with messages.
 */
import { formatCount } from '../../i18n/format';

/** At most this many examples are listed in one summary. */
export const MAX_EXAMPLES = 5;
/** An example longer than this is cut (a value may be kilobytes long). */
const MAX_EXAMPLE_LENGTH = 60;

/** How many problems of one kind were seen, and the first {@link MAX_EXAMPLES} of them. */
export interface ProblemTally {
  count: number;
  readonly examples: string[];
}

/** An empty tally. */
export function newTally(): ProblemTally {
  return { count: 0, examples: [] };
}

/** Counts one problem; only the first few are kept as text. */
export function tallyProblem(tally: ProblemTally, example: string): void {
  tally.count += 1;
  if (tally.examples.length < MAX_EXAMPLES) tally.examples.push(shortExample(example));
}

/** A value quoted for a message, cut to a readable length. */
export function quotedExample(value: string): string {
  const quoted = JSON.stringify(value);
  return quoted.length > MAX_EXAMPLE_LENGTH
    ? `${quoted.slice(0, MAX_EXAMPLE_LENGTH - 1)}…`
    : quoted;
}

function shortExample(text: string): string {
  return text.length > MAX_EXAMPLE_LENGTH * 2
    ? `${text.slice(0, MAX_EXAMPLE_LENGTH * 2 - 1)}…`
    : text;
}

/** The examples joined by `separator`, with "…" when more were seen than listed. */
export function exampleList(tally: ProblemTally, separator = ', '): string {
  const more = tally.count > tally.examples.length ? `${separator}…` : '';
  return `${tally.examples.join(separator)}${more}`;
}

/**
 * One line in Thai, then English, for `count` refused `what`: "ละไว้ 2,000 จังหวัดที่ไม่รู้จัก
 * (5 รายการแรก: …) · 2,000 unknown provinces ignored (first 5: …)".
 */
export function summaryLine(
  tally: ProblemTally,
  what: { readonly th: string; readonly en: string },
  separator = ', ',
): string {
  const examples = exampleList(tally, separator);
  const shown = formatCount(tally.examples.length, 'en');
  const th = `ละไว้ ${formatCount(tally.count, 'th')} ${what.th} (${shown} รายการแรก: ${examples})`;
  const en = `${formatCount(tally.count, 'en')} ${what.en} ignored (first ${shown}: ${examples})`;
  return `${th} · ${en}`;
}
