/**
 * What the manifest leaves out, said on screen: each entry that failed validation gets a notice
 * naming it (the others load as usual), and a layer a link asks for that the manifest does not
 * list is not drawn, with one notice. Fields a newer manifest adds are only logged, once.
 */
import type { LeftOutEntry, Manifest } from '../../data/manifest/manifest-types';
import type { AppStore } from './app-state';
import { addNotice, withDateNotice } from './notice-actions';
import type { LayerId } from '../models/view-models';
import { unknownThresholds, unknownThresholdsNotice } from '../url/url-notices';

/** The notice for an entry of the manifest that was left out. */
export function leftOutNotice(left: LeftOutEntry): string {
  return (
    `ไม่ได้โหลดชุดข้อมูล ${left.entry}: รายการใน manifest ไม่ถูกต้อง ชุดข้อมูลอื่นยังใช้ได้ · ` +
    `Dataset ${left.entry} left out, its manifest entry is invalid (the others load): ${left.message}`
  );
}

/** The notice for layers a link asks for that the manifest does not list. */
export function unlistedLayersNotice(ids: readonly string[]): string {
  const names = ids.join(', ');
  return (
    `layers: ไม่มีชุดข้อมูล ${names} ใน manifest จึงไม่แสดง · ` +
    `no dataset ${names} in the manifest, so it is not shown`
  );
}

let loggedIgnoredFields = '';

/**
 * Adds a notice per left-out entry (repeats are kept once, so a manifest read again on every
 * refresh adds nothing new) and logs the unknown fields it skipped, once per distinct list.
 */
export function addManifestNotices(store: AppStore, manifest: Manifest): void {
  for (const left of manifest.leftOut ?? []) addNotice(store, leftOutNotice(left));
  const ignored = (manifest.ignoredFields ?? []).join('; ');
  if (ignored !== '' && ignored !== loggedIgnoredFields) {
    loggedIgnoredFields = ignored;
    // A newer manifest's fields are expected, not a fault: no notice on a wall running for days.
    console.info(`manifest.json: fields this app does not read were skipped: ${ignored}`);
  }
}

/**
 * Leaves out of the URL's layers those the manifest does not list (`listed`: its dataset ids),
 * with one notice naming them: kept, they would be ticked with no data and an empty panel.
 */
export function dropUnlistedLayers(store: AppStore, listed: ReadonlySet<string>): void {
  // A threshold on an indicator measure the manifest does not declare: dropped the same way.
  const refused = unknownThresholds(store.getState().url, store.getState().datasets);
  if (refused.length > 0) {
    store.update((s) => {
      const kept = (s.url.thresholds ?? []).filter((t) => !refused.includes(t));
      const url = { ...s.url, thresholds: kept.length > 0 ? kept : undefined };
      return { ...s, url, correctedUrl: url };
    });
    addNotice(store, unknownThresholdsNotice(refused));
  }
  const { layers } = store.getState().url;
  const unlisted = layers.filter((id) => !listed.has(id));
  if (unlisted.length === 0) return;
  const kept: readonly LayerId[] = layers.filter((id) => listed.has(id));
  store.update((s) => {
    const url = { ...s.url, layers: kept };
    return withDateNotice({ ...s, url, correctedUrl: url });
  });
  addNotice(store, unlistedLayersNotice(unlisted));
}
