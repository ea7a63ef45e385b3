/**
 * Where the views stand with a restricted dataset (`"restricted": true` in the manifest, served
 * from data/restricted/ behind the web server's sign-in, scripts/deploy/): loaded for a visitor
 * who signed in, refused to one who did not, or not known yet. Read from the dataset's load
 * history, which carries the refusal the coordinator reported (src/data/refresh/restricted-file.ts).
 */
import { isRefusalMessage } from '../../data/refresh/restricted-file';
import type { AppState } from '../app/app-state';

/** What stands where restricted data would be: Thai first, then English, in either language. */
export const RESTRICTED_LABEL = 'จำกัดสิทธิ์ · restricted';

/** How a person gets restricted data shown: Thai first, then English, in either language. */
export const SIGN_IN_HINT =
  'ลงชื่อเข้าใช้โดยเปิด data/restricted/ ในแท็บใหม่ แล้วโหลดหน้านี้ใหม่ · ' +
  'Sign in by opening data/restricted/ in a new tab, then reload this page';

/**
 * `loaded`: its table holds data (the visitor signed in); `refused`: the server would not hand
 * it over without sign-in; `unknown`: not loaded yet, or failed for another reason.
 */
export type RestrictedAccess = 'loaded' | 'refused' | 'unknown';

/**
 * Where the views stand with restricted dataset `id`. A dataset the manifest lists as a layer
 * must be marked restricted to count as refused (a refusal of an ordinary file is a failure);
 * a side table (aggregateOf, e.g. complaints_security) is not among the layers and is judged by
 * its load history alone.
 */
export function restrictedAccess(
  state: Pick<AppState, 'health' | 'datasets'>,
  id: string,
): RestrictedAccess {
  const health = state.health[id];
  if (!health) return 'unknown';
  // Stale (a later load failed) still has the data of the last good load in its table.
  if (health.lastGoodAt !== null) return 'loaded';
  const def = state.datasets.find((d) => d.id === id);
  if (def && def.restricted !== true) return 'unknown';
  return isRefusalMessage(health.message) ? 'refused' : 'unknown';
}
