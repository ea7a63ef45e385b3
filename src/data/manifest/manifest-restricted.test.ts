import { describe, expect, it } from 'vitest';
import { datasetJson, manifestJson } from '../testing/fixtures';
import { datasetEntryJson } from './manifest-entry-json';
import { parseManifest } from './registry';

/** The test manifest with the complaints entry changed by `change`. */
function withComplaints(change: Record<string, unknown>) {
  const json = manifestJson('csv');
  const datasets = (json.datasets as Record<string, unknown>[]).map((entry) =>
    entry.id === 'complaints' ? { ...datasetJson('complaints', 'csv'), ...change } : entry,
  );
  return parseManifest({ ...json, datasets }, 'manifest.json');
}

describe('the restricted field of a manifest entry', () => {
  it('reads restricted: true for a file under restricted/, and writes it back', () => {
    const manifest = withComplaints({ restricted: true, file: 'restricted/complaints.csv' });
    const def = manifest.datasets.find((d) => d.id === 'complaints');
    expect(def).toMatchObject({ restricted: true, file: 'restricted/complaints.csv' });
    if (!def) throw new Error('complaints left out');
    expect(datasetEntryJson(def)).toMatchObject({ restricted: true });
    expect(manifest.leftOut).toBeUndefined();
  });

  it('leaves out a restricted file outside restricted/, saying where to move it', () => {
    const manifest = withComplaints({ restricted: true });
    expect(manifest.datasets.map((d) => d.id)).not.toContain('complaints');
    expect(manifest.leftOut?.map((e) => e.message)).toEqual([
      expect.stringContaining(
        "restricted is true but file 'complaints.csv' is not under restricted/, the folder the web server guards; move it to restricted/complaints.csv",
      ),
    ]);
  });

  it('leaves out a file under restricted/ that the entry does not mark restricted', () => {
    for (const change of [{}, { restricted: false }]) {
      const manifest = withComplaints({ ...change, file: 'restricted/complaints.csv' });
      expect(manifest.leftOut?.map((e) => e.message)).toEqual([
        expect.stringContaining(
          `file 'restricted/complaints.csv' is under restricted/, the folder the web server guards; add "restricted": true or move the file out`,
        ),
      ]);
    }
  });

  it('refuses a restricted value that is not true or false', () => {
    const manifest = withComplaints({ restricted: 'yes', file: 'restricted/complaints.csv' });
    expect(manifest.leftOut?.map((e) => e.message)).toEqual([expect.stringMatching(/restricted/)]);
  });
});
