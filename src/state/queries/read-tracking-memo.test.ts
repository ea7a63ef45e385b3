import { describe, expect, it } from 'vitest';
import { ReadTrackingMemo, sameItemsOr } from './read-tracking-memo';

interface TestState {
  readonly lang: string;
  readonly hovered: number | null;
  readonly results: Readonly<Record<string, { rows: number }>>;
  readonly url: { readonly from: string | null; readonly region: string | null };
}

const base: TestState = {
  lang: 'th',
  hovered: null,
  results: { a: { rows: 1 }, b: { rows: 2 } },
  url: { from: null, region: null },
};

describe('ReadTrackingMemo', () => {
  it('keeps the model while the fields and result keys it read are unchanged', () => {
    const memo = new ReadTrackingMemo<TestState>();
    let runs = 0;
    const modelOfA = (s: TestState) => {
      runs += 1;
      return { rows: s.results.a?.rows, lang: s.lang, region: s.url.region };
    };
    const first = memo.get('a', base, modelOfA);
    // Another result, another URL key and an unread field change: the same object.
    const other = {
      ...base,
      hovered: 5,
      results: { ...base.results, b: { rows: 3 } },
      url: { ...base.url, from: '2025-01-01' },
    };
    expect(memo.get('a', other, modelOfA)).toBe(first);
    expect(runs).toBe(1);
    // Its own result, a URL key it read, or a field it read: rebuilt.
    const ownResult = { ...other, results: { ...other.results, a: { rows: 9 } } };
    expect(memo.get('a', ownResult, modelOfA)).toEqual({ rows: 9, lang: 'th', region: null });
    const region = { ...ownResult, url: { ...ownResult.url, region: 'north' } };
    expect(memo.get('a', region, modelOfA).region).toBe('north');
    expect(memo.get('a', { ...region, lang: 'en' }, modelOfA).lang).toBe('en');
    expect(runs).toBe(4);
  });

  it('depends on a whole record whose keys were listed, and on the extra values given', () => {
    const memo = new ReadTrackingMemo<TestState>();
    const keyCount = (s: TestState) => ({ keys: Object.keys(s.results).length });
    const first = memo.get('keys', base, keyCount);
    expect(memo.get('keys', base, keyCount)).toBe(first);
    const added = { ...base, results: { ...base.results, c: { rows: 0 } } };
    expect(memo.get('keys', added, keyCount)).toEqual({ keys: 3 });
    const dep = { id: 1 };
    const withDep = memo.get('dep', base, () => ({ dep }), [dep]);
    expect(memo.get('dep', base, () => ({ dep }), [dep])).toBe(withDep);
    expect(memo.get('dep', base, () => ({ dep }), [{ id: 1 }])).not.toBe(withDep);
  });

  it('records nothing once a computation has returned, even through a view it kept', () => {
    const memo = new ReadTrackingMemo<TestState>();
    let kept: TestState | null = null;
    const first = memo.get('kept', base, (s) => {
      kept = s;
      return { lang: s.lang };
    });
    // A late read of the kept view must not add a dependency on `hovered`.
    expect((kept as TestState | null)?.hovered).toBeNull();
    expect(memo.get('kept', { ...base, hovered: 3 }, () => ({ lang: 'x' }))).toBe(first);
  });
});

describe('sameItemsOr', () => {
  it('keeps the previous array when its items are the same objects', () => {
    const a = { id: 'a' };
    const previous = [a];
    expect(sameItemsOr(previous, [a])).toBe(previous);
    const next = [{ id: 'a' }];
    expect(sameItemsOr(previous, next)).toBe(next);
    expect(sameItemsOr(null, next)).toBe(next);
  });
});
