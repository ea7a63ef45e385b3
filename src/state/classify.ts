/** Class breaks: class i holds values in [breaks[i-1], breaks[i]); k classes have k-1 breaks. */
export interface Classification {
  readonly breaks: readonly number[];
  readonly min: number;
  readonly max: number;
}

/**
 * Quantile class breaks for `values` into `classCount` classes, rounded to `decimals`.
 * Duplicate breaks (many equal values) are merged, so fewer classes may come back.
 */
export function quantileBreaks(
  values: readonly number[],
  classCount: number,
  decimals = 1,
): Classification {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const first = finite[0];
  const last = finite[finite.length - 1];
  if (first === undefined || last === undefined) return { breaks: [], min: NaN, max: NaN };
  const factor = 10 ** decimals;
  const breaks: number[] = [];
  for (let i = 1; i < classCount; i += 1) {
    const atIndex = finite[Math.round((finite.length * i) / classCount)] ?? last;
    const value = Math.round(atIndex * factor) / factor;
    if (value > first && value <= last && breaks[breaks.length - 1] !== value) breaks.push(value);
  }
  return { breaks, min: first, max: last };
}

/** Index of the class `value` falls in (0-based), or -1 for missing values. */
export function classIndex(value: number | null | undefined, classification: Classification) {
  if (value === null || value === undefined || !Number.isFinite(value)) return -1;
  let index = 0;
  while (index < classification.breaks.length && value >= (classification.breaks[index] ?? 0)) {
    index += 1;
  }
  return index;
}
