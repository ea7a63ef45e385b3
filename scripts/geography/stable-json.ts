/**
 * Serialises a JSON value with object keys sorted at every depth, no indentation and a
 * trailing newline, so equal data always gives equal bytes.
 */
export function stringifyStable(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value))}\n`;
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      // Dropping undefined here matches JSON.stringify and keeps the key set stable.
      if (child !== undefined) sorted[key] = sortKeysDeep(child);
    }
    return sorted;
  }
  return value;
}
