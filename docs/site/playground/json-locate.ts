import { type JsonNode, scanJson } from './json-tree';
import { type LineColumn, lineColumn } from './line-column';

/** The member of `node` whose key starts `rest` as a whole key (the longest; the last of equal keys, as JSON.parse keeps). */
const memberFor = (node: Extract<JsonNode, { kind: 'object' }>, rest: string) => {
  let found: (typeof node.members)[number] | undefined;
  for (const member of node.members) {
    const after = rest.charAt(member.key.length);
    if (!rest.startsWith(member.key) || (after !== '' && after !== '.' && after !== '[')) continue;
    if (!found || member.key.length >= found.key.length) found = member;
  }
  return found;
};

/**
 * The offset of what `path` names under `node`: a property's key, an item's value; where the
 * path goes on past what the text holds, the nearest part of it that is there.
 */
const offsetIn = (node: JsonNode, path: string, top: boolean): number => {
  const rest = top ? path : path.replace(/^\./, '');
  if (rest === '') return node.at;
  if (node.kind === 'array') {
    const index = /^\[(\d+)\]/.exec(rest);
    const item = index ? node.items[Number(index[1])] : undefined;
    return item && index ? offsetIn(item, rest.slice(index[0].length), false) : node.at;
  }
  if (node.kind === 'object') {
    const member = memberFor(node, rest);
    if (!member) return node.at;
    const after = rest.slice(member.key.length);
    return after === '' ? member.at : offsetIn(member.value, after, false);
  }
  return node.at;
};

/**
 * Where a config issue's path (`steps[2].fields[0].type`, as `formatPath` writes it; `''` for
 * the whole config) sits in the JSON `text`, falling back to the nearest parent the text has.
 * `undefined` when the text is not JSON.
 *
 * @example
 * locate('{\n  "steps": [\n    { "id": 1 }\n  ]\n}', 'steps[0].id'); // → { line: 3, column: 7 }
 */
export const locate = (text: string, path: string): LineColumn | undefined => locator(text)?.(path);

/** `locate` for many paths in one text: the text is read once. `undefined` when it is not JSON. */
export const locator = (text: string): ((path: string) => LineColumn) | undefined => {
  const scan = scanJson(text);
  if (!scan.ok) return undefined;
  return (path) => lineColumn(text, offsetIn(scan.root, path, true));
};
