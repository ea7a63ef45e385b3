/**
 * The complaints dataset published in two tiers (issue 16 item 4). A security-sensitive case may
 * be counted by anyone but described only to the signed-in:
 * - public `complaints`: every case, so open and overdue counts per province, the weekly series,
 *   the statuses and the security count stay whole; a flagged case's category is withheld
 *   (`restricted`);
 * - restricted `complaints_security` (data/restricted/, behind the web server's sign-in): the
 *   flagged cases with their category, joined back by case_id when the visitor may fetch it.
 */
import type { ColumnDef } from '../manifest/manifest-types';
import type { DatasetNames } from '../manifest/dataset-names';
import type { AggregateDef } from './aggregate-def';

/** The category a flagged case shows in the public tier. */
export const WITHHELD_CATEGORY = 'restricted';

const COMPLAINTS = 'complaints';

const CASE_COLUMNS: readonly ColumnDef[] = [
  {
    name: 'case_id',
    type: 'INTEGER',
    nullable: false,
    description: 'Case number, in order received',
  },
  {
    name: 'province_code',
    type: 'INTEGER',
    nullable: false,
    description: 'TIS-1099 province code (10 Bangkok ... 96 Narathiwat, 38 Bueng Kan)',
  },
  {
    name: 'category',
    type: 'VARCHAR',
    nullable: false,
    description: `land, debt, public_nuisance, officials_conduct, fraud, utilities or other; '${WITHHELD_CATEGORY}' for a security-sensitive case (its category is in complaints_security)`,
  },
  {
    name: 'status',
    type: 'VARCHAR',
    nullable: false,
    description: "'received', 'in_progress' or 'closed' at the end of the period",
  },
  { name: 'received', type: 'DATE', nullable: false, description: 'Date the case was received' },
  {
    name: 'closed',
    type: 'DATE',
    nullable: true,
    description: 'Date the case was closed; NULL unless status is closed',
  },
];

const SENSITIVE: ColumnDef = {
  name: 'security_sensitive',
  type: 'BOOLEAN',
  nullable: false,
  description: 'Case touches on security; counted here, its category only in complaints_security',
};

/** `CAST(column AS type) AS name` for each case column, `category` given as `category`. */
function caseSelect(raw: DatasetNames, category: string): string {
  const col = (name: string) => raw.column(COMPLAINTS, name);
  return [
    `CAST(${col('case_id')} AS INTEGER) AS case_id`,
    `CAST(${col('province_code')} AS INTEGER) AS province_code`,
    `${category} AS category`,
    `CAST(${col('status')} AS VARCHAR) AS status`,
    `CAST(${col('received')} AS DATE) AS received`,
    `CAST(${col('closed')} AS DATE) AS closed`,
  ].join(', ');
}

/** The public and the restricted tier of the complaints dataset. */
export const COMPLAINTS_TIERS: readonly AggregateDef[] = [
  {
    id: COMPLAINTS,
    of: COMPLAINTS,
    titleSuffix: { th: '', en: '' },
    columns: [...CASE_COLUMNS, SENSITIVE],
    build: (raw) => {
      const col = (name: string) => raw.column(COMPLAINTS, name);
      const sensitive = `coalesce(${col('security_sensitive')}, false)`;
      const category = `CASE WHEN ${sensitive} THEN '${WITHHELD_CATEGORY}' ELSE CAST(${col('category')} AS VARCHAR) END`;
      return {
        sql: [
          `SELECT ${caseSelect(raw, category)}, ${sensitive} AS security_sensitive`,
          `FROM ${raw.tableName(COMPLAINTS)}`,
          'ORDER BY received, case_id',
        ].join('\n'),
        params: [],
      };
    },
  },
  {
    id: 'complaints_security',
    of: COMPLAINTS,
    restricted: true,
    titleSuffix: { th: 'เรื่องด้านความมั่นคง (จำกัดสิทธิ์)', en: 'security cases (restricted)' },
    columns: CASE_COLUMNS.map((column) =>
      column.name === 'category'
        ? {
            ...column,
            description:
              'land, debt, public_nuisance, officials_conduct, fraud, utilities or other',
          }
        : column,
    ),
    build: (raw) => ({
      sql: [
        `SELECT ${caseSelect(raw, `CAST(${raw.column(COMPLAINTS, 'category')} AS VARCHAR)`)}`,
        `FROM ${raw.tableName(COMPLAINTS)}`,
        `WHERE coalesce(${raw.column(COMPLAINTS, 'security_sensitive')}, false)`,
        'ORDER BY received, case_id',
      ].join('\n'),
      params: [],
    }),
  },
];
