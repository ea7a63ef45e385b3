/**
 * Just enough of nginx's and Apache's config syntax to read back the deploy configs in tests:
 * directives with their (unquoted) arguments, in the blocks that hold them.
 */

/** One directive; `children` for a block (`server { … }`, `<Directory …> … </Directory>`). */
export interface Directive {
  readonly name: string;
  readonly args: readonly string[];
  readonly children?: readonly Directive[];
}

/** Splits text into words, quoted strings (quotes removed) and the given single-character marks. */
function tokenize(text: string, marks: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '#') {
      while (i < text.length && text.charAt(i) !== '\n') i += 1;
    } else if (marks.includes(c)) {
      tokens.push(c);
      i += 1;
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unclosed quote at ${i}`);
      tokens.push(text.slice(i + 1, end));
      i = end + 1;
    } else {
      let j = i;
      while (j < text.length && !/\s/.test(text.charAt(j)) && !marks.includes(text.charAt(j))) {
        j += 1;
      }
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

/** Parses an nginx config file (or an included part of one). */
export function parseNginx(text: string): Directive[] {
  const tokens = tokenize(text, '{};');
  let at = 0;
  const block = (): Directive[] => {
    const out: Directive[] = [];
    let words: string[] = [];
    while (at < tokens.length) {
      const token = tokens[at++] ?? '';
      if (token === ';') {
        const [name = '', ...args] = words;
        out.push({ name, args });
        words = [];
      } else if (token === '{') {
        const [name = '', ...args] = words;
        out.push({ name, args, children: block() });
        words = [];
      } else if (token === '}') {
        return out;
      } else {
        words.push(token);
      }
    }
    if (words.length > 0) throw new Error(`nginx directive without ';': ${words.join(' ')}`);
    return out;
  };
  return block();
}

/** Parses an Apache config file: one directive a line, `<Section …>` … `</Section>` blocks. */
export function parseApache(text: string): Directive[] {
  const root: Directive[] = [];
  const stack: { name: string; children: Directive[] }[] = [{ name: '', children: root }];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const current = stack[stack.length - 1];
    if (!current) throw new Error('unbalanced Apache sections');
    const close = /^<\/(\w+)>$/.exec(line);
    if (close) {
      if (close[1]?.toLowerCase() !== current.name.toLowerCase()) {
        throw new Error(`</${close[1] ?? ''}> closes <${current.name}>`);
      }
      stack.pop();
      continue;
    }
    const open = /^<(\w+)\s*(.*)>$/.exec(line);
    if (open) {
      const children: Directive[] = [];
      const name = open[1] ?? '';
      current.children.push({ name, args: tokenize(open[2] ?? '', ''), children });
      stack.push({ name, children });
      continue;
    }
    const [name = '', ...args] = tokenize(line, '');
    current.children.push({ name, args });
  }
  if (stack.length !== 1) throw new Error('unclosed Apache section');
  return root;
}

/** Every directive of `tree` (depth first) with the names of the blocks around it. */
export function walk(
  tree: readonly Directive[],
  path: readonly string[] = [],
): { directive: Directive; path: readonly string[] }[] {
  return tree.flatMap((directive) => [
    { directive, path },
    ...(directive.children ? walk(directive.children, [...path, directive.name]) : []),
  ]);
}
