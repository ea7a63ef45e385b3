/**
 * The id a template carries in a hidden column on every row (the workbook's defined name
 * WarRoomTemplate points at the first): the spec, and a hash of its key cells (province code and Thai name), so a
 * returned file says what it answers and an edited key cell is caught. The hash is a checksum
 * against slips, not a seal: anyone may rebuild a template, and nothing here is secret.
 */
import type { ReportSpec } from './template-spec';

const PREFIX = 'WR-REPORT/1 ';

/** A short, stable hash (FNV-1a, 32 bits, hex) of the key cells in province order. */
export function keyHash(keys: readonly { readonly code: number; readonly name: string }[]): string {
  const text = [...keys]
    .sort((a, b) => a.code - b.code)
    .map((k) => `${String(k.code)}\t${k.name}\n`)
    .join('');
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The id text of `spec` whose key cells hash to `hash`. */
export function templateIdText(spec: ReportSpec, hash: string): string {
  return `${PREFIX}${JSON.stringify({ ...spec, keyHash: hash })}`;
}

/** A decoded id: the spec and the key hash written when the template was made. */
export interface TemplateId {
  readonly spec: ReportSpec;
  readonly keyHash: string;
  /** The id text exactly as written: two files answer one template when these are equal. */
  readonly text: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the fields the reader relies on; the rest came from a parsed manifest entry. */
function looksLikeSpec(value: Record<string, unknown>): boolean {
  return (
    typeof value.dataset === 'string' &&
    typeof value.period === 'string' &&
    typeof value.keyHash === 'string' &&
    Array.isArray(value.codes) &&
    value.codes.every((c) => typeof c === 'number') &&
    Array.isArray(value.columns) &&
    value.columns.every((c) => isObject(c) && typeof c.name === 'string') &&
    Array.isArray(value.measures) &&
    isObject(value.title) &&
    isObject(value.unit)
  );
}

/** The id in a cell's text, or null when the text is not a template id. */
export function parseTemplateId(text: string): TemplateId | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PREFIX)) return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed.slice(PREFIX.length));
  } catch {
    return null;
  }
  if (!isObject(value) || !looksLikeSpec(value)) return null;
  const { keyHash: hash, ...spec } = value;
  return { spec: spec as unknown as ReportSpec, keyHash: String(hash), text: trimmed };
}
