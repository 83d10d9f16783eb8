import { expect, test } from 'vitest';
import { configDocs } from '../../docs/site/reference/config-docs';
import {
  configPaths,
  configReference,
  optionId,
  typeWords,
} from '../../docs/site/reference/config-reference';
import { parseFormOrThrow } from '../../src/schema/parse-form';
import { checkShape, type Shape } from '../../src/schema/shape';

const paths = configPaths();
const shapeAt = new Map(paths.map(({ path, shape }) => [path, shape]));

const issuesOf = (shape: Shape, value: unknown): string[] =>
  checkShape(shape, value).map((issue) => `${issue.path || '(value)'}: ${issue.message}`);

const jsonOrUndefined = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

test('every option of the schema is documented, and every documented option is in the schema', () => {
  const documented = Object.keys(configDocs);
  expect(paths.map(({ path }) => path).filter((path) => !documented.includes(path))).toEqual([]);
  expect(documented.filter((path) => !shapeAt.has(path))).toEqual([]);
});

test('paths use . for keys, [] for list items, <key> for names and follow union object forms', () => {
  const names = paths.map(({ path }) => path);
  expect(names).toEqual(
    expect.arrayContaining([
      'steps[].fields[].type',
      'steps[].options[].value',
      'steps[].next[].when.equals',
      'steps[].next.label',
      'draft.ttl',
      'messages.<key>',
      'submit.headers.<key>',
      'variants.<id>',
      'variants.<id>.weight',
    ]),
  );
  expect(names.filter((path) => path.startsWith('variants.<id>.'))).toEqual(['variants.<id>.weight']);
  expect(new Set(names).size).toBe(names.length);
});

test('required means required inside its parent; a name in a record is never required', () => {
  const required = (path: string) => paths.find((entry) => entry.path === path)?.required;
  expect(required('id')).toBe(true);
  expect(required('steps[].fields[].name')).toBe(true);
  expect(required('submit.url')).toBe(true);
  expect(required('submit')).toBe(false);
  expect(required('messages.<key>')).toBe(false);
});

test('every example is a JSON value that fits its option', () => {
  for (const { path, shape } of paths) {
    const doc = configDocs[path];
    expect({ path, example: doc?.example }).not.toEqual({ path, example: undefined });
    expect(JSON.parse(JSON.stringify(doc?.example))).toEqual(doc?.example);
    expect({ path, issues: issuesOf(shape, doc?.example) }).toEqual({ path, issues: [] });
  }
});

test('every default written as JSON fits its option', () => {
  for (const { path, shape } of paths) {
    const written = configDocs[path]?.default;
    const value = written === undefined ? undefined : jsonOrUndefined(written);
    if (value === undefined) continue;
    expect({ path, issues: issuesOf(shape, value) }).toEqual({ path, issues: [] });
  }
});

test('the documented defaults are the ones the library applies', () => {
  const form = parseFormOrThrow({
    id: 'f',
    steps: [{ id: 'ask', fields: [{ name: 'email' }] }],
    variants: { a: {} },
  });
  const step = form.steps[0];
  const field = step?.fields[0];
  const applied: Record<string, unknown> = {
    progress: form.progress,
    consent: form.consent,
    analytics: form.analytics,
    'steps[].type': step?.type,
    'steps[].lead': step?.lead,
    'steps[].fields[].type': field?.type,
    'steps[].fields[].required': field?.required,
    'steps[].fields[].track': field?.track,
    'steps[].fields[].sensitive': field?.sensitive,
    'display.mode': form.display.mode,
    'display.placement': form.display.placement,
    'display.repeat': form.display.repeat,
    draft: form.draft,
    'draft.ttl': form.draft === false ? undefined : form.draft.ttl,
    spam: form.spam,
    'spam.honeypot': form.spam.honeypot,
    'spam.minFillTime': form.spam.minFillTime,
    'spam.action': form.spam.action,
    'prefill.query': form.prefill?.query,
    skipPrefilled: form.skipPrefilled,
    'variants.<id>.weight': form.variants[0]?.weight,
  };
  for (const [path, value] of Object.entries(applied)) {
    const written = configDocs[path]?.default;
    expect({ path, default: written === undefined ? undefined : JSON.parse(written) }).toEqual({
      path,
      default: value,
    });
  }
  expect(parseFormOrThrow({ id: 'f', steps: [{ id: 'ask', fields: [{ name: 'email' }] }] }).variant).toBe(
    JSON.parse(configDocs.variant?.default ?? 'null'),
  );
});

test('types are said in words', () => {
  const words = (path: string) => typeWords(shapeAt.get(path) as Shape);
  expect(words('steps[].fields[].minLength')).toBe('whole number ≥ 0');
  expect(words('display.mode')).toBe('one of "inline", "popover", "modal"');
  expect(words('progress')).toBe('true or false');
  expect(words('display.trigger.scroll')).toBe('number from 0 to 100');
  expect(words('draft.ttl')).toBe('whole number > 0');
  expect(words('steps[].next[].when.in')).toBe('list of (a string or number)');
  expect(words('draft')).toBe('true, false or { ttl }');
  expect(words('id')).toMatch(/^string that must start with a letter/);
});

test('the reference has a linkable row for every option, every id unique', () => {
  const html = configReference();
  const ids = paths.map(({ path }) => optionId(path));
  expect(optionId('steps[].fields[].type')).toBe('opt-steps-fields-type');
  expect(new Set(ids).size).toBe(ids.length);
  for (const { path } of paths) {
    const escaped = path.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html).toContain(`<tr id="${optionId(path)}"><th scope="row"><code>${escaped}</code></th>`);
  }
  expect((html.match(/<tr id="opt-/g) ?? []).length).toBe(paths.length);
});

test('the reference escapes its text for HTML', () => {
  const html = configReference();
  expect(html).toContain('<code>messages.&lt;key&gt;</code>');
  expect(html).not.toContain('messages.<key>');
  expect(html).not.toContain('<id>');
});
