/**
 * Hand-written readers for untrusted JSON (the manifest and the preview file).
 *
 * Every error names the file, where in it the value sits and what is wrong, so a person replacing
 * the data can fix it without reading code. Only own properties are read, so keys such as
 * `__proto__` or `toString` never reach the app through the prototype chain.
 */

/** A data file that does not follow the contract in manifest-types.ts. */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** True for a real calendar date written YYYY-MM-DD (2025-02-30 and 2025-13-01 are not). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** True for an ISO 8601 timestamp with a time zone, e.g. 2025-06-01T08:00:00Z. */
export function isIsoTimestamp(text: string): boolean {
  const match = ISO_TIMESTAMP.exec(text);
  return match !== null && match[1] !== undefined && isIsoDate(match[1]);
}

/** Renders a JSON value briefly for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string')
    return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/** Reads the fields of one JSON object; `where` prefixes every message, e.g. "datasets[2] (road_safety)". */
export class JsonObjectReader {
  private readonly record: Readonly<Record<string, unknown>>;

  private constructor(
    record: Readonly<Record<string, unknown>>,
    readonly source: string,
    readonly where: string,
  ) {
    this.record = record;
  }

  /** Wraps `value`, which must be a plain JSON object; `where` is '' for the whole file. */
  static of(value: unknown, source: string, where: string): JsonObjectReader {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DataFileError(
        `${source}: ${where || 'the file'} must be a JSON object, found ${describeValue(value)}`,
      );
    }
    return new JsonObjectReader(value as Record<string, unknown>, source, where);
  }

  /** An error whose message names the file and this object. */
  fail(message: string): DataFileError {
    return new DataFileError(`${this.source}: ${this.where ? `${this.where}: ` : ''}${message}`);
  }

  /** The raw own value of `key`, or undefined when the object has no such own key. */
  raw(key: string): unknown {
    return Object.hasOwn(this.record, key) ? this.record[key] : undefined;
  }

  /** The object's own keys. */
  keys(): readonly string[] {
    return Object.keys(this.record);
  }

  /** Rejects keys outside `allowed`: a misspelt optional field (say `minGroupsize`) would otherwise be silently ignored. */
  rejectUnknownKeys(allowed: readonly string[]): void {
    for (const key of Object.keys(this.record)) {
      if (!allowed.includes(key)) {
        throw this.fail(
          `unknown field '${key}' (allowed: ${allowed.join(', ')}); check its spelling or remove it`,
        );
      }
    }
  }

  /** A present value, or a "missing field" error. */
  required(key: string, hint: string): unknown {
    const value = this.raw(key);
    if (value === undefined) throw this.fail(`missing field '${key}' (${hint})`);
    return value;
  }

  /** A non-empty string without control characters. */
  string(key: string, hint: string): string {
    const value = this.required(key, hint);
    if (typeof value !== 'string' || value.trim().length === 0) {
      throw this.fail(`${key} must be a non-empty string (${hint}), found ${describeValue(value)}`);
    }
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is rejected
    if (/[\u0000-\u001f\u007f]/.test(value)) {
      throw this.fail(`${key} ${describeValue(value)} contains a control character; remove it`);
    }
    return value;
  }

  /** Like {@link string}, but absent is allowed. */
  optionalString(key: string, hint: string): string | undefined {
    return this.raw(key) === undefined ? undefined : this.string(key, hint);
  }

  /** true or false. */
  boolean(key: string, hint: string): boolean {
    const value = this.required(key, hint);
    if (typeof value !== 'boolean') {
      throw this.fail(`${key} must be true or false (${hint}), found ${describeValue(value)}`);
    }
    return value;
  }

  /** A whole number >= `min`. */
  integer(key: string, min: number, hint: string): number {
    const value = this.required(key, hint);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      throw this.fail(
        `${key} must be a whole number >= ${min} (${hint}), found ${describeValue(value)}`,
      );
    }
    return value;
  }

  /** A finite number >= `min`. */
  number(key: string, min: number, hint: string): number {
    const value = this.required(key, hint);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
      throw this.fail(`${key} must be a number >= ${min} (${hint}), found ${describeValue(value)}`);
    }
    return value;
  }

  /** One of `allowed`. */
  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.required(key, `one of ${allowed.join(', ')}`);
    const match = allowed.find((option) => option === value);
    if (match === undefined) {
      throw this.fail(`${key} ${describeValue(value)} is not one of ${allowed.join(', ')}`);
    }
    return match;
  }

  /** A calendar date YYYY-MM-DD. */
  isoDate(key: string, hint: string): string {
    const value = this.required(key, `an ISO date YYYY-MM-DD: ${hint}`);
    if (typeof value !== 'string' || !isIsoDate(value)) {
      throw this.fail(`${key} ${describeValue(value)} is not an ISO date YYYY-MM-DD`);
    }
    return value;
  }

  /** A nested object, read with its own reader. */
  object(key: string, hint: string): JsonObjectReader {
    const value = this.required(key, hint);
    return JsonObjectReader.of(value, this.source, this.where ? `${this.where}: ${key}` : key);
  }

  /** A list (possibly empty). */
  array(key: string, hint: string): readonly unknown[] {
    const value = this.required(key, hint);
    if (!Array.isArray(value)) {
      throw this.fail(`${key} must be a list (${hint}), found ${describeValue(value)}`);
    }
    return value;
  }
}
