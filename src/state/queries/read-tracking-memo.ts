/**
 * Keeps a computed model while the parts of the state it read are unchanged (issue 14 item 2).
 *
 * A model builder receives a view of the state that records every field it reads; for the
 * record-like fields (the URL, the query results, the layer settings ...) it records each key on
 * its own. The model is rebuilt only when one of those reads gives a different value (Object.is),
 * so a road-safety result leaves the vaccination layer the very same object: nothing downstream
 * (deck.gl, recharts) sees a change. Recording the reads, rather than listing inputs by hand,
 * means a builder can never forget one and show a stale model.
 */

/**
 * Fields whose own keys are recorded one by one: each holds independent values (one query's
 * result, one layer's settings, one URL parameter), replaced as a whole when any one changes.
 */
const KEYED_FIELDS: ReadonlySet<string> = new Set([
  'url',
  'results',
  'layerSettings',
  'breakdownBy',
  'health',
]);

/** What one computation read: whole fields, and single keys of the keyed fields. */
interface Reads {
  readonly fields: Map<string, unknown>;
  readonly keys: Map<string, Map<string, unknown>>;
  /** Set once the computation has returned: a view kept by a builder records nothing more. */
  closed: boolean;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function recordField(reads: Reads, field: string, value: unknown): void {
  if (!reads.closed && !reads.fields.has(field)) reads.fields.set(field, value);
}

/** A view of `record` (field `field` of the state) recording each key read. */
function keyedView(
  reads: Reads,
  field: string,
  record: Record<string, unknown>,
): Record<string, unknown> {
  return new Proxy(record, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof key === 'string' && !reads.closed) {
        let keys = reads.keys.get(field);
        if (!keys) reads.keys.set(field, (keys = new Map<string, unknown>()));
        if (!keys.has(key)) keys.set(key, value);
      }
      return value;
    },
    // Listing or testing keys depends on the whole record (a key added or removed).
    ownKeys(target) {
      recordField(reads, field, record);
      return Reflect.ownKeys(target);
    },
    has(target, key) {
      recordField(reads, field, record);
      return Reflect.has(target, key);
    },
  });
}

/** A view of `state` recording what is read into `reads`. */
function recordingView<S extends object>(state: S, reads: Reads): S {
  const views = new Map<string, Record<string, unknown>>();
  return new Proxy(state, {
    get(target, field) {
      const value: unknown = Reflect.get(target, field);
      if (typeof field !== 'string') return value;
      if (KEYED_FIELDS.has(field) && isPlainRecord(value)) {
        // The same view for every read of the field, so identity holds within one computation.
        let view = views.get(field);
        if (!view) views.set(field, (view = keyedView(reads, field, value)));
        return view;
      }
      recordField(reads, field, value);
      return value;
    },
    ownKeys(target) {
      for (const field of Reflect.ownKeys(target)) {
        if (typeof field === 'string') recordField(reads, field, Reflect.get(target, field));
      }
      return Reflect.ownKeys(target);
    },
  });
}

/** True when every read of `reads` gives the same value in `state`. */
function sameReads(reads: Reads, state: object): boolean {
  for (const [field, value] of reads.fields) {
    if (!Object.is(Reflect.get(state, field), value)) return false;
  }
  for (const [field, keys] of reads.keys) {
    const record: unknown = Reflect.get(state, field);
    for (const [key, value] of keys) {
      const now: unknown = isPlainRecord(record) ? record[key] : undefined;
      if (!Object.is(now, value)) return false;
    }
  }
  return true;
}

/** A cache of models by name, each kept while what it read is unchanged. */
export class ReadTrackingMemo<S extends object> {
  private readonly entries = new Map<
    string,
    { reads: Reads; deps: readonly unknown[]; value: unknown }
  >();

  /**
   * The model `name` computes: the one kept from the last call when every field (and key) it
   * read then is unchanged in `state`, else `compute` run again on a recording view of `state`.
   * `compute` must read the state only through its argument; `deps` are the other values it
   * reads (e.g. a model computed before), compared by identity.
   */
  get<T>(name: string, state: S, compute: (state: S) => T, deps: readonly unknown[] = []): T {
    const entry = this.entries.get(name);
    if (entry && sameItemsOr(entry.deps, deps) === entry.deps && sameReads(entry.reads, state)) {
      return entry.value as T;
    }
    const reads: Reads = { fields: new Map(), keys: new Map(), closed: false };
    const value = compute(recordingView(state, reads));
    reads.closed = true;
    this.entries.set(name, { reads, deps, value });
    return value;
  }

  /** Forgets every kept model (e.g. between tests). */
  clear(): void {
    this.entries.clear();
  }
}

/** `next` when it holds other items than `previous`, else `previous` (kept for identity). */
export function sameItemsOr<T>(previous: readonly T[] | null, next: readonly T[]): readonly T[] {
  return previous !== null &&
    previous.length === next.length &&
    previous.every((item, i) => Object.is(item, next[i]))
    ? previous
    : next;
}
