/**
 * A strict enough well-formedness check of the XML this project writes (tests of the .xlsx
 * writer): one root, every tag closed in order, attributes quoted and unique, only the five
 * named entities or numeric references, no raw `<` or `&` in text. Returns the first problem.
 */
const TOKEN =
  /<\?[^>]*\?>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
const ATTRIBUTE = /([^\s=]+)="([^"]*)"/g;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** null when `xml` is well-formed, else what is wrong and where. */
export function xmlProblem(xml: string): string | null {
  const open: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < xml.length) {
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(xml);
    if (match === null) return `unreadable markup at ${String(at)}: ${xml.slice(at, at + 40)}`;
    at = TOKEN.lastIndex;
    const [token, closing, name, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      if (ENTITY.test(text)) return `bad entity in text at ${String(match.index)}`;
      if (open.length === 0 && text.trim() !== '') return 'text outside the root';
      continue;
    }
    if (token.startsWith('<?')) continue;
    if (closing !== undefined) {
      const expected = open.pop();
      if (expected !== closing) return `</${closing}> closes <${expected ?? 'nothing'}>`;
      continue;
    }
    if (name === undefined) return `unreadable tag at ${String(match.index)}`;
    const seen = new Set<string>();
    for (const [, key, value] of (attributes ?? '').matchAll(ATTRIBUTE)) {
      if (key === undefined || seen.has(key)) return `attribute ${key ?? ''} twice on <${name}>`;
      seen.add(key);
      if (ENTITY.test(value ?? '')) return `bad entity in ${key} of <${name}>`;
    }
    if (open.length === 0) roots += 1;
    if (selfClosing !== '/') open.push(name);
  }
  if (open.length > 0) return `<${open.join('><')}> never closed`;
  return roots === 1 ? null : `${String(roots)} root elements`;
}
