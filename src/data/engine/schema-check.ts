/**
 * Does a freshly read file fit the manifest's schema? Pure functions over DuckDB type names,
 * shared by every engine.
 */
import type { ColumnDef, ColumnType, DataFormat } from '../manifest/manifest-types';

/** A column as DuckDB reports it for a staged table. */
export interface StagedColumn {
  readonly name: string;
  /** DuckDB's type name, e.g. INTEGER, TIMESTAMP_MS, DECIMAL(18,3). */
  readonly type: string;
}

const INTEGER_TYPES = [
  'TINYINT',
  'SMALLINT',
  'INTEGER',
  'BIGINT',
  'HUGEINT',
  'UTINYINT',
  'USMALLINT',
  'UINTEGER',
  'UBIGINT',
  'UHUGEINT',
];
const TIMESTAMP_TYPES = [
  'TIMESTAMP',
  'TIMESTAMP_S',
  'TIMESTAMP_MS',
  'TIMESTAMP_NS',
  'TIMESTAMP WITH TIME ZONE',
];

/**
 * Can a staged column of DuckDB type `staged` become `declared` without changing meaning?
 * Integers of any width fit INTEGER/BIGINT (the range is checked on the values), any number fits
 * DOUBLE, every timestamp precision fits TIMESTAMP. A CSV is read as text, so every column of a
 * CSV is compatible here and its values are checked one by one instead.
 */
export function isCompatibleType(
  staged: string,
  declared: ColumnType,
  format: DataFormat,
): boolean {
  const base = staged.toUpperCase().replace(/\(.*\)$/, '');
  if (format === 'csv' && base === 'VARCHAR') return true;
  switch (declared) {
    case 'INTEGER':
    case 'BIGINT':
      return INTEGER_TYPES.includes(base);
    case 'DOUBLE':
      return INTEGER_TYPES.includes(base) || ['FLOAT', 'DOUBLE', 'DECIMAL'].includes(base);
    case 'TIMESTAMP':
      return TIMESTAMP_TYPES.includes(base);
    case 'VARCHAR':
    case 'BOOLEAN':
    case 'DATE':
      return base === declared;
  }
}

/**
 * Checks names and types of the staged columns against the manifest. Extra columns are allowed
 * (they are dropped when the table is swapped in).
 * @returns one message per problem, each naming the file and the column; empty when all is well.
 */
export function schemaProblems(
  file: string,
  format: DataFormat,
  declared: readonly ColumnDef[],
  staged: readonly StagedColumn[],
): string[] {
  const byName = new Map(staged.map((column) => [column.name, column]));
  const problems: string[] = [];
  for (const column of declared) {
    const found = byName.get(column.name);
    if (!found) {
      const sameButCase = staged.find((s) => s.name.toLowerCase() === column.name.toLowerCase());
      const hint = sameButCase
        ? `the file has '${sameButCase.name}'; names must match exactly`
        : `the file has: ${staged.map((s) => s.name).join(', ') || 'no columns'}`;
      problems.push(`${file}: column '${column.name}' is missing (${hint})`);
    } else if (!isCompatibleType(found.type, column.type, format)) {
      problems.push(
        `${file}: column '${column.name}' is ${found.type} but the manifest declares ${column.type}; fix the file or the manifest`,
      );
    }
  }
  return problems;
}
