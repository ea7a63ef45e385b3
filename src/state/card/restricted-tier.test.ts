/**
 * How the views tell a restricted dataset refused (401/403) from one loaded, one failed for
 * another reason and one not known yet, from its load history.
 */
import { describe, expect, it } from 'vitest';
import { isRefusalMessage, RestrictedFileError } from '../../data/refresh/restricted-file';
import { testDataset } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../app/app-state';
import type { DatasetHealth } from '../freshness/freshness';
import { restrictedAccess } from './restricted-tier';

const refusedHealth = (file: string): DatasetHealth => ({
  lastGoodAt: null,
  failedAt: 5,
  message: new RestrictedFileError(file, 401).message,
});

function state(health: AppState['health'], restrictedLayer = true): AppState {
  const poverty = testDataset('poverty');
  return {
    ...initialAppState(),
    datasets: [restrictedLayer ? { ...poverty, restricted: true } : poverty],
    health,
  };
}

describe('restrictedAccess', () => {
  it('tells refused, loaded (also stale) and unknown apart', () => {
    const refused = refusedHealth('restricted/complaints_security.parquet');
    expect(restrictedAccess(state({ complaints_security: refused }), 'complaints_security')).toBe(
      'refused',
    );
    expect(restrictedAccess(state({ poverty: refusedHealth('restricted/p.csv') }), 'poverty')).toBe(
      'refused',
    );
    const loaded = { lastGoodAt: 3, failedAt: null, message: null };
    expect(restrictedAccess(state({ poverty: loaded }), 'poverty')).toBe('loaded');
    const stale = { lastGoodAt: 3, failedAt: 4, message: 'p.csv: HTTP 500' };
    expect(restrictedAccess(state({ poverty: stale }), 'poverty')).toBe('loaded');
    const failed = { lastGoodAt: null, failedAt: 4, message: 'p.csv: HTTP 500' };
    expect(restrictedAccess(state({ poverty: failed }), 'poverty')).toBe('unknown');
    expect(restrictedAccess(state({}), 'poverty')).toBe('unknown');
  });

  it('a layer the manifest does not mark restricted is never "refused" (that is a failure)', () => {
    const health = { poverty: refusedHealth('p.csv') };
    expect(restrictedAccess(state(health, false), 'poverty')).toBe('unknown');
  });

  it('recognises the message of a refusal, and only that', () => {
    expect(isRefusalMessage(new RestrictedFileError('a.csv', 403).message)).toBe(true);
    expect(isRefusalMessage('a.csv: HTTP 404 for http://x/a.csv')).toBe(false);
    expect(isRefusalMessage(null)).toBe(false);
  });
});
