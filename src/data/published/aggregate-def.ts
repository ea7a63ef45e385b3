/** What one published aggregate is (aggregates.ts lists them; complaints-tiers.ts adds two). */
import type { DatasetNames } from '../manifest/dataset-names';
import type { ColumnDef, LocalText } from '../manifest/manifest-types';
import type { SqlQuery } from '../sql';

/** One published aggregate. */
export interface AggregateDef {
  /** Id of the published table (a dataset id in the published manifest). */
  readonly id: string;
  /** Id of the raw dataset it summarises. */
  readonly of: string;
  /** Appended to the raw dataset's title in the manifest. */
  readonly titleSuffix: LocalText;
  /** The published table's schema, in the SELECT's column order. */
  readonly columns: readonly ColumnDef[];
  /** The SELECT over the raw dataset, ordered so that row groups follow the date. */
  readonly build: (raw: DatasetNames) => SqlQuery;
  /**
   * Published to data/restricted/ with `restricted: true`: only signed-in people may fetch it
   * (complaints-tiers.ts, scripts/deploy/).
   */
  readonly restricted?: true;
}
