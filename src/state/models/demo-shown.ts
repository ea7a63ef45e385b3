/**
 * Whether what a view shows is generated demo data: the views' ids (a panel's focused dataset,
 * a wall scene's layers) or the published tables that summarise them. Real data ingested beside
 * demo layers then carries no ข้อมูลสาธิต label, and the demo layers keep theirs.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';

/** Is any of `ids` (or a table summarising one) generated demo data? */
export function showsDemo(datasets: readonly DatasetDef[], ids: readonly string[]): boolean {
  return datasets.some(
    (d) =>
      d.demo &&
      (ids.includes(d.id) || (d.aggregateOf !== undefined && ids.includes(d.aggregateOf))),
  );
}
