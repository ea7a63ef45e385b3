import { describe, expect, it } from 'vitest';
import { datasetEntryJson } from './manifest-entry-json';
import { parseManifest } from './registry';
import { manifestJson } from '../testing/fixtures';
import { droughtEntryJson, registryWithEntries } from '../testing/indicator-fixtures';

describe('datasetEntryJson', () => {
  const snapshot = { ...droughtEntryJson(), id: 'wells', keys: { province: 'province' } };
  const registry = registryWithEntries([droughtEntryJson(), snapshot]);

  it('writes entries that parse back to the same definitions, indicators included', () => {
    const written = { ...manifestJson(), datasets: registry.list().map(datasetEntryJson) };
    const reparsed = parseManifest(JSON.parse(JSON.stringify(written)), 'manifest.json');
    expect(reparsed.datasets).toEqual(registry.list());
    expect(reparsed.ignoredFields).toBeUndefined();
  });

  it('writes an indicator as kind, keys and measures, never the parsed field', () => {
    const json = datasetEntryJson(registry.get('wells'));
    expect(json.kind).toBe('indicator');
    expect(json.keys).toEqual({ province: 'province' });
    expect(json).not.toHaveProperty('indicator');
    expect(datasetEntryJson(registry.get('poverty'))).not.toHaveProperty('kind');
  });
});
