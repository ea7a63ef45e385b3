/**
 * Turns a problem as the data layer words it (an English line naming the file, or DuckDB's own
 * error) into a sentence for the person at the screen. Raw engine errors never reach the screen
 * as they are: the sentence names the dataset or file and what to do, and the raw line goes to
 * the details fold.
 */
import type { Lang } from '../i18n/messages';
import { pt, type ProblemMessageKey } from './problem-messages';

/** What to show for one problem line: a sentence, and the raw line when it was reworded. */
export interface ExplainedProblem {
  readonly text: string;
  readonly detail: string | null;
}

/** A file name the data layer puts in front of its messages ("vaccination.parquet: ..."). */
const FILE = String.raw`([^\s:()"]+\.(?:parquet|csv|tsv|json|geojson|xlsx))`;

/** Rules tried in order; the first that matches words the sentence. */
const RULES: readonly {
  readonly pattern: RegExp;
  readonly key: ProblemMessageKey;
  readonly values: (match: RegExpExecArray) => Record<string, string>;
}[] = [
  {
    pattern: new RegExp(String.raw`dataset (\S+) has no data yet: ${FILE} did not load`),
    key: 'datasetFailed',
    values: (m) => ({ dataset: m[1] ?? '', file: m[2] ?? '' }),
  },
  {
    pattern: new RegExp(String.raw`dataset (\S+) has no data yet: ${FILE} has not loaded yet`),
    key: 'datasetNotYet',
    values: (m) => ({ dataset: m[1] ?? '', file: m[2] ?? '' }),
  },
  {
    pattern: new RegExp(String.raw`^${FILE}: loading it stopped the database`),
    key: 'fileStoppedDatabase',
    values: (m) => ({ file: m[1] ?? '' }),
  },
  {
    pattern: new RegExp(
      String.raw`^${FILE}: (?:declares \d+ rows|(?:would expand|expanded) to \d+ bytes), more than`,
    ),
    key: 'fileTooLarge',
    values: (m) => ({ file: m[1] ?? '' }),
  },
  {
    // refresh-watch.ts: the overall deadline, or the idle timer ("the server sent nothing").
    pattern: new RegExp(
      String.raw`^${FILE}: (arrived too slowly: [\d.,]+ KB in [\d.,]+ s|the server sent nothing for [\d.,]+ s)`,
    ),
    key: 'fileTooSlow',
    values: (m) => ({ file: m[1] ?? '', detail: m[2] ?? '' }),
  },
  {
    pattern: new RegExp(String.raw`^${FILE}: not a readable (?:Parquet|CSV) file`),
    key: 'fileDamaged',
    values: (m) => ({ file: m[1] ?? '' }),
  },
  {
    pattern: /Catalog Error: Table with name "?([A-Za-z_][\w]*)"? does not exist/,
    key: 'tableMissing',
    values: (m) => ({ dataset: m[1] ?? '' }),
  },
];

/** DuckDB's and duckdb-wasm's own wording: never shown as it is. */
const RAW_ENGINE =
  /\b(?:Catalog|Binder|Parser|Conversion|Invalid Input|Out of Range|Constraint|INTERNAL|FATAL|IO|Not implemented|Dependency|Transaction|Serialization) Error: |RuntimeError|\bunreachable\b|database has been invalidated|worker (?:was |has been )?terminated/;

/** Explains one line of a problem (see the module comment). */
export function explainProblem(line: string, lang: Lang): ExplainedProblem {
  for (const rule of RULES) {
    const match = rule.pattern.exec(line);
    if (match) return { text: pt(lang, rule.key, rule.values(match)), detail: line };
  }
  if (!RAW_ENGINE.test(line)) return { text: line, detail: null };
  const file = new RegExp(String.raw`^${FILE}: `).exec(line)?.[1];
  if (file !== undefined) return { text: pt(lang, 'fileFailed', { file }), detail: line };
  // The query runner's failures read "<view key>: <error>".
  const view = /^([\w.-]+): /.exec(line)?.[1];
  if (view !== undefined && !/Error$/.test(view)) {
    return { text: pt(lang, 'viewFailed', { view }), detail: line };
  }
  return { text: pt(lang, 'databaseFailed'), detail: line };
}
