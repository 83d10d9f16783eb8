/** A JSON value and where it starts in the text (a UTF-16 offset), kept only as far as `locate` needs. */
export type JsonNode =
  | { readonly kind: 'object'; readonly at: number; readonly members: readonly JsonMember[] }
  | { readonly kind: 'array'; readonly at: number; readonly items: readonly JsonNode[] }
  | { readonly kind: 'scalar'; readonly at: number };

export interface JsonMember {
  readonly key: string;
  /** Where the key's opening quote is. */
  readonly at: number;
  readonly value: JsonNode;
}

export type JsonScan =
  | { readonly ok: true; readonly root: JsonNode }
  | { readonly ok: false; readonly at: number; readonly message: string };

class JsonSyntax extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/**
 * Reads JSON text as `JSON.parse` does (same grammar), keeping where each value and key starts;
 * on a mistake, says where and what in words of our own, so every browser shows the same
 * message with a position (Safari's `JSON.parse` gives none).
 */
export const scanJson = (text: string): JsonScan => {
  let i = 0;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntax(at, message);
  };
  const space = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    if (text.startsWith('//', i) || text.startsWith('/*', i)) fail('JSON has no comments: remove it');
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length) {
      const char = text[i] as string;
      if (char === '"') return JSON.parse(text.slice(start, ++i)) as string;
      if (char === '\n' || char === '\r')
        fail('this string does not end on its line: add the closing " (or write a line break as \\n)', start);
      if (char < ' ') fail('a tab or control character in a string must be escaped, like \\t');
      if (char === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[\da-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by 4 hex digits');
          i += 6;
        } else if (ESCAPES.has(next)) i += 2;
        else fail(`"\\${next}" is no escape in JSON: write "\\\\" for a backslash`);
      } else i++;
    }
    return fail('this string never ends: add the closing "', start);
  };
  const value = (): JsonNode => {
    space();
    const at = i;
    const char = text[i];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') {
      string();
      return { kind: 'scalar', at };
    }
    if (char === "'") fail('strings take double quotes ("…"), not single');
    for (const pattern of [NUMBER, LITERAL]) {
      pattern.lastIndex = i;
      if (pattern.test(text) && !/[\w.]/.test(text[pattern.lastIndex] ?? '')) {
        i = pattern.lastIndex;
        return { kind: 'scalar', at };
      }
    }
    return fail(char === undefined ? 'the text ends where a value should be' : 'expected a value here');
  };
  /** After an item: `,` then more, or the closing bracket. */
  const more = (close: string, what: string): boolean => {
    // A missing comma is missed right after the value, where it goes, not at the next line's text.
    const end = i;
    space();
    if (text[i] === ',') {
      const comma = i++;
      space();
      if (text[i] === close) fail(`a trailing comma before "${close}" is not allowed in JSON`, comma);
      return true;
    }
    if (text[i] === close) {
      i++;
      return false;
    }
    return text[i] === undefined
      ? fail(`the text ends before the closing "${close}"`)
      : fail(`expected "," or "${close}" after ${what}`, end);
  };
  const object = (): JsonNode => {
    const at = i++;
    const members: JsonMember[] = [];
    space();
    if (text[i] === '}') {
      i++;
      return { kind: 'object', at, members };
    }
    do {
      space();
      const keyAt = i;
      if (text[i] !== '"')
        fail(
          text[i] === "'"
            ? 'property names take double quotes ("…"), not single'
            : 'expected a property name in double quotes',
        );
      const key = string();
      space();
      if (text[i] !== ':') fail(`expected ":" after the property name "${key}"`);
      i++;
      members.push({ key, at: keyAt, value: value() });
    } while (more('}', 'a property'));
    return { kind: 'object', at, members };
  };
  const array = (): JsonNode => {
    const at = i++;
    const items: JsonNode[] = [];
    space();
    if (text[i] === ']') {
      i++;
      return { kind: 'array', at, items };
    }
    do items.push(value());
    while (more(']', 'an item'));
    return { kind: 'array', at, items };
  };

  try {
    const root = value();
    space();
    if (i < text.length) fail('unexpected text after the end of the JSON value');
    return { ok: true, root };
  } catch (error) {
    if (error instanceof JsonSyntax) return { ok: false, at: error.at, message: error.message };
    throw error;
  }
};
