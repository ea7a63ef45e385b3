/**
 * `--print-sql`: the publish step as a plain SQL script (DuckDB dialect), parameters inlined as
 * literals, so a ministry can run the very same SELECTs on a server DuckDB or MotherDuck (or
 * adapt them for Spark) and publish their results.
 */
import type { AggregateDef } from '../../src/data/published/aggregates';
import type { DatasetRegistry } from '../../src/data/manifest/registry';
import type { SqlParam, SqlQuery } from '../../src/data/sql';
import { aggregateFileName, plannedAggregates } from './published-manifest';
import { rawTableSql, type RawSource } from './raw-tables';

/** A parameter value as a DuckDB literal: 'text' with quotes doubled, numbers, TRUE, NULL. */
export function sqlLiteral(value: SqlParam): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} has no SQL literal`);
    return String(value);
  }
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * The query's text with each `?` placeholder replaced by its value's literal. A `?` inside a
 * 'string', a "quoted identifier" or a comment is left alone.
 * @throws Error if the number of placeholders differs from the number of params.
 */
export function inlineParams(query: SqlQuery): string {
  const { sql, params } = query;
  let out = '';
  let next = 0;
  let i = 0;
  while (i < sql.length) {
    const char = sql.charAt(i);
    const closing =
      char === "'" || char === '"'
        ? char
        : sql.startsWith('--', i)
          ? '\n'
          : sql.startsWith('/*', i)
            ? '*/'
            : null;
    if (closing !== null) {
      // Quotes are escaped by doubling, which this scan reads as two adjacent quoted runs.
      const end = sql.indexOf(closing, i + (closing === '*/' ? 2 : 1));
      const stop = end === -1 ? sql.length : end + closing.length;
      out += sql.slice(i, stop);
      i = stop;
    } else if (char === '?') {
      if (next >= params.length)
        throw new Error(`more ? placeholders than ${params.length} params`);
      out += sqlLiteral(params[next++] ?? null);
      i++;
    } else {
      out += char;
      i++;
    }
  }
  if (next !== params.length) {
    throw new Error(`${params.length} params but ${next} ? placeholders`);
  }
  return out;
}

/**
 * The whole script: (with sources) the raw tables, then each aggregate's SELECT, headed by the
 * file it is published as.
 */
export function aggregateSqlScript(raw: DatasetRegistry, sources?: readonly RawSource[]): string {
  const blocks = [
    [
      '-- War Room publish step (scripts/publish/), DuckDB SQL; parameters are inlined as literals.',
      '-- Each raw dataset is a table (or view) named after its id, with the columns of its manifest',
      "-- entry, e.g. CREATE VIEW road_safety AS SELECT * FROM read_parquet('s3://bucket/incidents/*.parquet');",
      "-- Publish each SELECT as the file named above it: COPY (SELECT ...) TO 'file' (FORMAT parquet).",
    ].join('\n'),
  ];
  for (const { def, location } of sources ?? []) {
    blocks.push(`-- raw table ${def.id}\n${inlineParams(rawTableSql(def, location))};`);
  }
  for (const aggregate of plannedAggregates(raw)) blocks.push(aggregateSqlBlock(raw, aggregate));
  return `${blocks.join('\n\n')}\n`;
}

/** One aggregate's statement, headed by the file it is published as and its columns. */
export function aggregateSqlBlock(raw: DatasetRegistry, aggregate: AggregateDef): string {
  const columns = aggregate.columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const header = [
    `-- ${aggregate.id} -> ${aggregateFileName(aggregate)}`,
    `-- ${aggregate.of}, ${aggregate.titleSuffix.en}; columns: ${columns}`,
  ];
  return `${header.join('\n')}\n${inlineParams(aggregate.build(raw))};`;
}
