import fc from 'fast-check';
import { expect, test } from 'vitest';
import { locate } from '../../docs/site/playground/json-locate';
import { scanJson } from '../../docs/site/playground/json-tree';
import { lineColumn } from '../../docs/site/playground/line-column';

// The config the editor shows: JSON.stringify(…, null, 2) and a hand-written line or two.
const text = `{
  "id": "guide",
  "steps": [
    { "id": "start", "type": "cta", "title": "Get it" },
    {
      "id": "email",
      "fields": [
        { "name": "email", "type": "phone" },
        { "name": "note", "label": "Say \\"hi\\" [or not] {ok}, \\\\ \\u00e9" }
      ]
    }
  ],
  "messages": { "a.b": "dotted key", "a": { "b": "nested" } }
}`;

test('finds a top-level key at its opening quote', () => {
  expect(locate(text, 'id')).toEqual({ line: 2, column: 3 });
  expect(locate(text, 'steps')).toEqual({ line: 3, column: 3 });
});

test('finds an array item at the start of its value', () => {
  expect(locate(text, 'steps[0]')).toEqual({ line: 4, column: 5 });
  expect(locate(text, 'steps[1]')).toEqual({ line: 5, column: 5 });
});

test('finds a key nested in arrays and objects', () => {
  expect(locate(text, 'steps[0].title')).toEqual({ line: 4, column: 37 });
  expect(locate(text, 'steps[1].fields[0].type')).toEqual({ line: 8, column: 28 });
  expect(locate(text, 'steps[1].fields[1]')).toEqual({ line: 9, column: 9 });
});

test('falls back to the nearest parent the text has', () => {
  // A required option left out: the step it belongs to.
  expect(locate(text, 'steps[0].button')).toEqual({ line: 4, column: 5 });
  // An index past the end: the array.
  expect(locate(text, 'steps[7].id')).toEqual({ line: 3, column: 12 });
  // Deeper than a string goes: the string.
  expect(locate(text, 'id.more')).toEqual({ line: 2, column: 9 });
  // Nothing at all: the whole config.
  expect(locate(text, 'display.mode')).toEqual({ line: 1, column: 1 });
});

test('the empty path is the whole config', () => {
  expect(locate(`\n\n  {"id": 1}`, '')).toEqual({ line: 3, column: 3 });
});

test('reads past strings holding brackets, quotes and escapes', () => {
  // The label's \" [ ] { } and \\ would derail a scanner that did not read strings.
  expect(locate(text, 'messages')).toEqual({ line: 13, column: 3 });
  expect(locate(text, 'steps[1].fields[1].label')).toEqual({ line: 9, column: 27 });
});

test('tells a dotted key from a nested one', () => {
  expect(locate(text, 'messages.a.b')).toEqual({ line: 13, column: 17 });
  expect(locate(text, 'messages.a')).toEqual({ line: 13, column: 38 });
});

test('a key written twice is found where JSON.parse takes it from: the last one', () => {
  expect(locate('{"id": 1,\n "id": 2}', 'id')).toEqual({ line: 2, column: 2 });
});

test('counts columns in UTF-16 units, as a textarea does', () => {
  expect(locate('{"emoji": "😀", "next": 1}', 'next')).toEqual({ line: 1, column: 17 });
});

test('is undefined for text that is not JSON', () => {
  expect(locate('{"id": }', 'id')).toBeUndefined();
});

test.each([
  ['{"a": 1,}', 'a trailing comma', 8],
  ['{"a": 1 "b": 2}', 'expected "," or "}" after a property', 8],
  ["{'a': 1}", 'double quotes', 2],
  ['{"a": "line\nbreak"}', 'does not end on its line', 7],
  ['{"a": "\\x"}', 'no escape in JSON', 8],
  ['{"a": 01}', 'expected a value', 7],
  ['{"a": tru}', 'expected a value', 7],
  ['{"a": 1} x', 'unexpected text', 10],
  ['{"a": 1 // why\n}', 'no comments', 9],
  ['', 'the text ends', 1],
  ['{"a": [1, 2', 'the text ends before the closing "]"', 12],
])('a syntax error in %j is said (%s) at its place', (json, words, column) => {
  expect(() => JSON.parse(json)).toThrow();
  const scan = scanJson(json);
  if (scan.ok) throw new Error('expected a syntax error');
  expect(scan.message).toContain(words);
  expect(lineColumn(json, scan.at).column).toBe(column);
});

test.each([
  '{"a": [1, -2.5e3, true, false, null, {}, [], "\\u00e9\\n\\"\\\\\\/"]}',
  ' \t\r\n"top" ',
  '0',
  '[[[]]]',
])('reads %j as JSON.parse does', (json) => {
  expect(() => JSON.parse(json)).not.toThrow();
  expect(scanJson(json).ok).toBe(true);
});

test('takes exactly the texts JSON.parse takes, cut or not', () => {
  const parses = (json: string) => {
    try {
      JSON.parse(json);
      return true;
    } catch {
      return false;
    }
  };
  fc.assert(
    fc.property(fc.jsonValue(), fc.nat(), fc.nat(), (value, from, length) => {
      const json = JSON.stringify(value, null, from % 3);
      // Whole, or with a slice cut out: the scanner agrees with JSON.parse either way.
      const cut =
        json.slice(0, from % (json.length + 1)) + json.slice((from % (json.length + 1)) + (length % 4));
      expect(scanJson(json).ok).toBe(true);
      expect(scanJson(cut).ok).toBe(parses(cut));
    }),
  );
});

test('finds every value of any JSON where JSON.parse put it', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.array(fc.jsonValue(), { maxLength: 3 })), (value) => {
      const json = JSON.stringify(value, null, 2);
      for (const [key, items] of Object.entries(value)) {
        // Keys with dots or brackets make paths that could name something else: checked elsewhere.
        if (/[.[\]]/.test(key) || key === '') continue;
        items.forEach((item, index) => {
          const at = locate(json, `${key}[${index}]`);
          if (!at) throw new Error('not found');
          const line = json.split('\n')[at.line - 1] ?? '';
          const rest = line.slice(at.column - 1);
          const first = JSON.stringify(item, null, 2).split('\n')[0] ?? '';
          expect(rest.startsWith(first)).toBe(true);
        });
      }
    }),
  );
});
