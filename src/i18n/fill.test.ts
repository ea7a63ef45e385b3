import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './fill';

describe('fillPlaceholders', () => {
  it('fills every placeholder with its value', () => {
    expect(fillPlaceholders('{count} views from {file}', { count: '2', file: 'a.json' })).toBe(
      '2 views from a.json',
    );
  });

  it('inserts text from data as it is: no $ patterns, no second filling', () => {
    const file = "$& $' $` $1 {count}.json";
    expect(fillPlaceholders('{file}: {count}', { file, count: '3' })).toBe(
      "$& $' $` $1 {count}.json: 3",
    );
  });

  it('leaves unknown placeholders and inherited names alone', () => {
    expect(fillPlaceholders('{toString} {constructor} {x}', {})).toBe(
      '{toString} {constructor} {x}',
    );
  });
});
