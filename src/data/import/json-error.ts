/**
 * Where JSON text goes wrong. JSON.parse's messages differ between engines (Node 20 names no
 * position), so after it fails this small syntax checker finds the offset itself.
 */

const WHITESPACE = /[ \t\n\r]/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const STRING_ESCAPE = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;

class JsonSyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

/** Offset of the first JSON syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WHITESPACE.test(text[i] ?? '')) i += 1;
  };
  const expect = (ch: string): void => {
    skip();
    if (text[i] !== ch) throw new JsonSyntaxAt(i);
    i += 1;
  };
  const literal = (word: string): void => {
    if (text.slice(i, i + word.length) !== word) throw new JsonSyntaxAt(i);
    i += word.length;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') throw new JsonSyntaxAt(i);
      if (ch === '"') break;
      if (ch === '\\') {
        const escape = STRING_ESCAPE.exec(text.slice(i, i + 6));
        if (!escape) throw new JsonSyntaxAt(i);
        i += escape[0].length;
      } else i += 1;
    }
    i += 1;
  };
  const sequence = (close: string, item: () => void): void => {
    skip();
    if (text[i] === close) {
      i += 1;
      return;
    }
    for (;;) {
      item();
      skip();
      if (text[i] === close) {
        i += 1;
        return;
      }
      expect(',');
    }
  };
  const value = (): void => {
    skip();
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      sequence('}', () => {
        string();
        expect(':');
        value();
      });
    } else if (ch === '[') {
      i += 1;
      sequence(']', value);
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else {
      const number = NUMBER.exec(text.slice(i, i + 400));
      if (!number) throw new JsonSyntaxAt(i);
      i += number[0].length;
    }
  };
  try {
    value();
    skip();
    return i < text.length ? i : -1;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return error.offset;
    throw error;
  }
}
