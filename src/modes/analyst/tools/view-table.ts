/**
 * The table of the current view: the very result the map's layer is drawn from (the same SQL, so
 * the province, date, category and threshold filters are the map's by construction), kept to the
 * chosen group's provinces by the same group → codes lookup the map dims the rest with and the
 * ranking lists from. The table (and every export of it) thus lists exactly the provinces the
 * map shows in full colour, never a second copy of the filters.
 */
import type { Table, Vector } from 'apache-arrow';
import { reorderedVector, tableOfColumns } from '../../../data/formats/arrow-vectors';
import type { AppState } from '../../../state/app/app-state';
import { moduleDataset } from '../../../state/models/dataset-modules';
import type { LayerId } from '../../../state/models/view-models';
import { regionCodes } from '../../../state/queries/view-filters';
import { QUERY_KEYS } from '../../../state/queries/view-queries';

/**
 * The per-province query of the core layers. Road safety and households draw cells when zoomed
 * in; the table keeps their per-province figures, which the same filters build.
 */
const BY_PROVINCE: Readonly<Partial<Record<LayerId, string>>> = {
  vaccination: QUERY_KEYS.vaccinationByProvince,
  poverty: QUERY_KEYS.povertyByProvince,
  road_safety: QUERY_KEYS.roadByProvince,
  complaints: QUERY_KEYS.complaintsByProvince,
  households: QUERY_KEYS.householdsByProvince,
};

/** The key of the per-province result the layer `id` is drawn from (an indicator's own), or null. */
export function viewTableKey(state: AppState, id: LayerId): string | null {
  const core = BY_PROVINCE[id];
  if (core) return core;
  const found = moduleDataset(state, id);
  return found ? found.module.drawnQueryKey(found.def, state) : null;
}

/**
 * The rows of `table` whose `province_code` is in `codes` (null: every row), in their order; the
 * same object when nothing is left out, or when the table has no province column to narrow by.
 */
export function rowsInProvinces(table: Table, codes: readonly number[] | null): Table {
  const column = table.getChild('province_code');
  if (codes === null || !column) return table;
  const wanted = new Set(codes);
  const kept: number[] = [];
  for (let row = 0; row < table.numRows; row += 1) {
    if (wanted.has(Number(column.get(row)))) kept.push(row);
  }
  if (kept.length === table.numRows) return table;
  const order = Uint32Array.from(kept);
  const columns: [string, Vector][] = [];
  table.schema.fields.forEach((field, c) => {
    const vector = table.getChildAt(c);
    if (vector) columns.push([field.name, reorderedVector(vector, order)]);
  });
  return tableOfColumns(columns);
}

const narrowed = new WeakMap<Table, Map<string, Table>>();

/**
 * The view table of layer `id`: its map result within the chosen group (`region=`/`group=`), or
 * null before the result has come. The same object for the same result and group, so React
 * keeps the table's sort and scroll.
 */
export function viewTable(state: AppState, id: LayerId): Table | null {
  const key = viewTableKey(state, id);
  const result = key === null ? undefined : state.results[key];
  if (!result) return null;
  const group = state.url.region ?? '';
  let byGroup = narrowed.get(result);
  if (!byGroup) {
    byGroup = new Map();
    narrowed.set(result, byGroup);
  }
  let table = byGroup.get(group);
  if (!table) {
    table = rowsInProvinces(result, regionCodes(state.url.region));
    byGroup.set(group, table);
  }
  return table;
}
