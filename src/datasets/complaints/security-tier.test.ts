/**
 * The complaints category breakdown over the two tiers (src/data/published/complaints-tiers.ts):
 * the public tier's withheld row is shown as จำกัดสิทธิ์ · restricted until the restricted tier
 * has answered; then every security-sensitive case is back in its own category.
 */
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../../state/app/app-state';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { RESTRICTED_LABEL, withSecurityCategories } from './charts';
import { COMPLAINTS_MODULE } from './module';
import { SECURITY_CATEGORIES_KEY } from './queries';

const COMPLAINTS = testDataset('complaints');

const PUBLIC_ROWS = [
  { key: 'land', cases: 12, open: 4, security_sensitive: 0 },
  { key: 'restricted', cases: 5, open: 2, security_sensitive: 5 },
  { key: 'debt', cases: 4, open: 1, security_sensitive: 0 },
];

function state(lang: 'th' | 'en', security?: readonly Record<string, unknown>[]): AppState {
  const base = initialAppState();
  return {
    ...base,
    lang,
    datasets: [COMPLAINTS],
    url: { ...base.url, layers: ['complaints'] },
    results: {
      [QUERY_KEYS.complaintsCategories]: tableFromJSON([...PUBLIC_ROWS]),
      ...(security ? { [SECURITY_CATEGORIES_KEY]: tableFromJSON([...security]) } : {}),
    },
  };
}

const shown = (s: AppState) =>
  COMPLAINTS_MODULE.breakdown?.(s, COMPLAINTS)?.rows.map((r) => [r.key, r.label, r.valueText]);

describe('complaints categories over the public and the restricted tier', () => {
  it('shows the withheld cases as one restricted row, in Thai and in English', () => {
    for (const lang of ['th', 'en'] as const) {
      expect(shown(state(lang))?.[1]).toEqual(['restricted', 'จำกัดสิทธิ์ · restricted', '5 (5)']);
    }
    expect(RESTRICTED_LABEL).toBe('จำกัดสิทธิ์ · restricted');
  });

  it('gives each security case its category back once the restricted tier answers', () => {
    const security = [
      { key: 'other', cases: 3, open: 1, security_sensitive: 3 },
      { key: 'debt', cases: 2, open: 1, security_sensitive: 2 },
    ];
    expect(shown(state('en', security))).toEqual([
      ['land', 'Land', '12 (0)'],
      ['debt', 'Debt', '6 (2)'],
      ['other', 'Other', '3 (3)'],
    ]);
  });

  it('merges counts by key, most cases first, ties by key; no restricted tier keeps rows', () => {
    const rows = [
      { key: 'b', cases: 2, sensitive: 0 },
      { key: 'restricted', cases: 4, sensitive: 4 },
    ];
    expect(withSecurityCategories(rows, null)).toEqual(rows);
    expect(
      withSecurityCategories(rows, [
        { key: 'a', cases: 2, sensitive: 2 },
        { key: 'b', cases: 2, sensitive: 2 },
      ]),
    ).toEqual([
      { key: 'b', cases: 4, sensitive: 2 },
      { key: 'a', cases: 2, sensitive: 2 },
    ]);
  });
});
