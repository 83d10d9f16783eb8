import { configShape } from '../../../src/schema/config-shape';
import type { Shape } from '../../../src/schema/shape';
import { configDocs } from './config-docs';

/** One option of the config, where it sits and what it takes. */
export interface ConfigPath {
  readonly path: string;
  readonly shape: Shape;
  /** Required whenever the object it sits in is given. */
  readonly required: boolean;
}

/** An A/B arm repeats every top-level option; only the arm and its weight are its own. */
const ARM = 'variants.<id>';

const join = (at: string, key: string): string => (at ? `${at}.${key}` : key);

/**
 * Every option path of `configShape()`, parents before children, in the schema's order:
 * keys joined with `.`, list items as `[]`, record keys as `<id>` (a key with the id rule) or
 * `<key>`, and the keys of a union's object alternatives under the union's own path.
 */
export const configPaths = (): ConfigPath[] => {
  const found = new Map<string, ConfigPath>();
  const add = (path: string, shape: Shape, required: boolean): void => {
    if (!found.has(path)) found.set(path, { path, shape, required });
    inside(path, shape);
  };
  const inside = (at: string, shape: Shape): void => {
    if (shape.k === 'object') {
      const keys = at === ARM ? ['weight'] : Object.keys(shape.keys);
      for (const key of keys) {
        const child = shape.keys[key] as Shape;
        add(join(at, key), child, !child.optional);
      }
    } else if (shape.k === 'array') inside(`${at}[]`, shape.of);
    else if (shape.k === 'record') add(join(at, shape.key ? '<id>' : '<key>'), shape.of, false);
    else if (shape.k === 'union') for (const alternative of shape.of) inside(at, alternative);
  };
  inside('', configShape());
  return [...found.values()];
};

/** The anchor of an option's row, for links from other pages: `steps[].fields[].type` → `opt-steps-fields-type`. */
export const optionId = (path: string): string =>
  `opt-${path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escaped text with its `backticked` parts as code. */
const prose = (text: string): string => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const numberWords = (shape: Shape & { k: 'number' }): string => {
  const what = shape.int ? 'whole number' : 'number';
  const { min, over, max } = shape;
  if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
  const bounds = [
    min === undefined ? '' : `≥ ${min}`,
    over === undefined ? '' : `> ${over}`,
    max === undefined ? '' : `≤ ${max}`,
  ].filter(Boolean);
  return [what, ...bounds].join(' ');
};

/** A shape in words, as the Type column says it. */
export const typeWords = (shape: Shape): string => {
  switch (shape.k) {
    case 'string':
      return shape.rule ? `string that ${shape.rule[1]}` : 'string';
    case 'number':
      return numberWords(shape);
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${shape.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'array': {
      const item = typeWords(shape.of);
      return `list of ${shape.of.k === 'union' ? `(${item})` : item === 'object' ? 'objects' : item}`;
    }
    case 'record':
      return `object mapping names to ${typeWords(shape.of)}${shape.key ? `; each name ${shape.key[1]}` : ''}`;
    case 'object':
      return 'object';
    case 'union':
      return shape.words;
  }
};

interface Group {
  readonly id: string;
  readonly title: string;
  readonly has: (path: string) => boolean;
}

/** The path is one of `roots` or lies inside one. */
const under =
  (...roots: string[]) =>
  (path: string): boolean =>
    roots.some((root) => path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[]`));

const fieldsOrNext = under('steps[].fields', 'steps[].next');

/** The reference's sections, in order; an option goes in the first that has it. */
const groups: readonly Group[] = [
  { id: 'form', title: 'Form', has: (path) => ['id', 'steps', 'progress', 'locale'].includes(path) },
  { id: 'steps', title: 'Steps', has: (path) => path.startsWith('steps[].') && !fieldsOrNext(path) },
  { id: 'fields', title: 'Fields', has: under('steps[].fields') },
  { id: 'branching', title: 'Branching and the next ask', has: under('steps[].next') },
  { id: 'submit', title: 'Submit', has: under('submit') },
  { id: 'analytics', title: 'Analytics and consent', has: under('analytics', 'consent') },
  { id: 'display', title: 'Display', has: under('display') },
  { id: 'draft', title: 'Draft', has: under('draft') },
  { id: 'spam', title: 'Spam', has: under('spam') },
  { id: 'prefill', title: 'Prefill and skipping', has: under('prefill', 'skipPrefilled') },
  { id: 'messages', title: 'Messages', has: under('messages') },
  { id: 'variants', title: 'A/B variants', has: under('variant', 'variants') },
  // A top-level option added to the schema still gets a row before it gets a section.
  { id: 'other', title: 'Other options', has: () => true },
];

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const row = ({ path, shape, required }: ConfigPath): string => {
  const doc = configDocs[path];
  if (!doc) throw new Error(`yesladder docs: configDocs has no entry for "${path}"; add one.`);
  const fallback =
    doc.default === undefined
      ? '—'
      : isJson(doc.default)
        ? `<code>${escapeHtml(doc.default)}</code>`
        : prose(doc.default);
  return [
    `<tr id="${optionId(path)}">`,
    `<th scope="row"><code>${escapeHtml(path)}</code></th>`,
    `<td>${escapeHtml(typeWords(shape))}</td>`,
    `<td>${required ? 'yes' : 'no'}</td>`,
    `<td>${fallback}</td>`,
    `<td>${prose(doc.description)}</td>`,
    `<td><code>${escapeHtml(JSON.stringify(doc.example))}</code></td>`,
    '</tr>',
  ].join('');
};

const HEAD =
  '<thead><tr><th scope="col">Option</th><th scope="col">Type</th><th scope="col">Required</th>' +
  '<th scope="col">Default</th><th scope="col">Description</th><th scope="col">Example</th></tr></thead>';

const INTRO =
  'Paths join keys with <code>.</code>, <code>[]</code> stands for each item of a list and <code>&lt;key&gt;</code> or <code>&lt;id&gt;</code> for a name you choose; ' +
  "where an option takes several forms, the keys of its object form follow its own path (<code>steps[].next[].goto</code> in a list of branches, <code>steps[].next.label</code> in a thanks step's offer); " +
  '"Required" means required whenever the object around it is given.';

/** The config reference: one section and table per group of options, every option a linkable row. */
export const configReference = (): string => {
  const rows = new Map<Group, string[]>(groups.map((group) => [group, []]));
  for (const path of configPaths()) {
    const group = groups.find((candidate) => candidate.has(path.path)) as Group;
    rows.get(group)?.push(row(path));
  }
  const sections = groups
    .filter((group) => rows.get(group)?.length)
    .map(
      (group) =>
        `<section aria-labelledby="config-${group.id}"><h2 id="config-${group.id}">${escapeHtml(group.title)}</h2>` +
        `<table>${HEAD}<tbody>${rows.get(group)?.join('\n')}</tbody></table></section>`,
    );
  return [`<p>${INTRO}</p>`, ...sections].join('\n');
};
