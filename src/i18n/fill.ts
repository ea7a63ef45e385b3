/**
 * Fills `{name}` placeholders of a message with values in one pass. A value is inserted as it
 * is: text from data (a file name with `$&` in it, or one that itself reads `{count}`) is
 * never read as a replacement pattern or filled again. Unknown placeholders stay as they are.
 */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? whole) : whole,
  );
}
