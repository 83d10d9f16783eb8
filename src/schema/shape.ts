import { type ConfigIssue, formatPath, show } from './config-error';

/**
 * A small vocabulary for the shape of a config, and one function that checks a value
 * against it. Shapes are plain data: building one costs nothing at import or at mount (a
 * zod schema of the same config took half of `mount`'s time on a cold page), and tools
 * (the config reference, editors) can walk them.
 */
export type Shape = (
  | {
      readonly k: 'string';
      /** A rule the string must pass, and its words for when it does not. */
      readonly rule?: readonly [test: (value: string) => boolean, words: string];
    }
  | {
      readonly k: 'number';
      /** A whole number within ±(2^53 − 1). */
      readonly int?: boolean;
      /** At least. */
      readonly min?: number;
      /** More than. */
      readonly over?: number;
      /** At most. */
      readonly max?: number;
    }
  | { readonly k: 'boolean' }
  | { readonly k: 'enum'; readonly values: readonly string[] }
  | { readonly k: 'array'; readonly of: Shape }
  | {
      readonly k: 'record';
      /** A rule every key must pass, and its words. */
      readonly key?: readonly [test: (key: string) => boolean, words: string];
      readonly of: Shape;
    }
  /** Only these keys (an unknown key is a misspelling). */
  | { readonly k: 'object'; readonly keys: { readonly [key: string]: Shape } }
  /** The first alternative that fits; `words` say them all when none comes close. */
  | { readonly k: 'union'; readonly of: readonly Shape[]; readonly words: string }
) & {
  /** `undefined` (or a missing key) is fine. */
  readonly optional?: boolean;
};

type Path = readonly PropertyKey[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (!isObject(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
};

const UNKNOWN = 'unknown option; check its spelling against the config reference';

/** The number's problems: its type first, then every bound it breaks. */
const numberProblems = (shape: Shape & { k: 'number' }, value: number): string[] => {
  const { int, min, over, max } = shape;
  const problems: string[] = [];
  if (int && !Number.isInteger(value)) return ['expected int'];
  if (int && !Number.isSafeInteger(value))
    problems.push(
      value > 0
        ? `must be at most ${Number.MAX_SAFE_INTEGER}`
        : `must be at least ${Number.MIN_SAFE_INTEGER}`,
    );
  if (min !== undefined && value < min) problems.push(`must be at least ${min}`);
  if (over !== undefined && value <= over) problems.push(`must be more than ${over}`);
  if (max !== undefined && value > max) problems.push(`must be at most ${max}`);
  return problems;
};

/** What each kind must be before its own rules apply; kinds without a type test have none. */
const typeTests: { readonly [kind: string]: (value: unknown) => boolean } = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
  array: Array.isArray,
  record: isPlainObject,
  object: isObject,
};

const walk = (shape: Shape, value: unknown, at: Path, issues: ConfigIssue[]): void => {
  if (value === undefined && shape.optional) return;
  const path = formatPath(at);
  const add = (message: string): void => {
    issues.push({ path, message: `${message}, received ${show(value)}` });
  };
  if (typeTests[shape.k]?.(value) === false) {
    add(`expected ${shape.k}`);
    return;
  }
  const item = value as never;
  switch (shape.k) {
    case 'string':
      if (shape.rule && !shape.rule[0](item)) add(shape.rule[1]);
      break;
    case 'number':
      for (const problem of numberProblems(shape, item)) add(problem);
      break;
    case 'enum':
      if (!shape.values.includes(item)) add(`expected one of ${shape.values.map((v) => show(v)).join(', ')}`);
      break;
    case 'array':
      (item as unknown[]).forEach((entry, i) => {
        walk(shape.of, entry, [...at, i], issues);
      });
      break;
    case 'record':
      for (const [key, entry] of Object.entries(item as object)) {
        if (shape.key && !shape.key[0](key))
          issues.push({ path: formatPath([...at, key]), message: `the name ${show(key)} ${shape.key[1]}` });
        else walk(shape.of, entry, [...at, key], issues);
      }
      break;
    case 'object':
      for (const key of Object.keys(shape.keys))
        walk(shape.keys[key] as Shape, (item as Record<string, unknown>)[key], [...at, key], issues);
      for (const key of Object.keys(item))
        if (!Object.hasOwn(shape.keys, key))
          issues.push({ path: formatPath([...at, key]), message: UNKNOWN });
      break;
    case 'union': {
      // The alternative that got furthest: the fewest problems, none about the value itself.
      let closest: ConfigIssue[] | undefined;
      for (const alternative of shape.of) {
        const found: ConfigIssue[] = [];
        walk(alternative, value, at, found);
        if (!found.length) return;
        if (!found.some((issue) => issue.path === path) && found.length < (closest?.length ?? Infinity))
          closest = found;
      }
      if (closest) issues.push(...closest);
      else add(`expected ${shape.words}`);
    }
  }
};

/** Every way `value` does not fit `shape`, with its path; empty when it fits. */
export const checkShape = (shape: Shape, value: unknown): ConfigIssue[] => {
  const issues: ConfigIssue[] = [];
  walk(shape, value, [], issues);
  return issues;
};
