import type * as z from 'zod/mini';
import { type ConfigIssue, formatPath, show } from './config-error';

type ZodIssue = z.core.$ZodIssue;

const list = (values: readonly unknown[]): string => values.map((v) => show(v)).join(', ');

/** The alternative of a failed union that got furthest: the fewest issues, none at its root. */
const closest = (alternatives: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined =>
  alternatives
    .filter((issues) => !issues.some((issue) => issue.path.length === 0))
    .sort((a, b) => a.length - b.length)[0];

/**
 * zod's issues in our words, with our paths. We never rely on zod's locale messages
 * (zod/mini ships none), only on codes and params.
 */
export const translateZodIssues = (
  issues: readonly ZodIssue[],
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): ConfigIssue[] =>
  issues.flatMap((issue): ConfigIssue[] => {
    const at = [...prefix, ...issue.path];
    const received = at.reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
      input,
    );
    const path = formatPath(at);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: formatPath([...at, key]),
          message: 'unknown option; check its spelling against the config reference',
        }));
      case 'invalid_value':
        return [{ path, message: `expected one of ${list(issue.values)}, received ${show(received)}` }];
      case 'invalid_type':
        return [{ path, message: `expected ${issue.expected}, received ${show(received)}` }];
      case 'invalid_union': {
        const best = closest(issue.errors);
        if (best) return translateZodIssues(best, input, at);
        return [{ path, message: `expected ${unionWords(at)}, received ${show(received)}` }];
      }
      // A record's key (an A/B arm's name) broke its rule; the rule's words say which.
      case 'invalid_key':
        return [
          {
            path,
            message: `the name ${show(at[at.length - 1])} ${issue.issues.map((inner) => inner.message).join('; ')}`,
          },
        ];
      case 'too_small':
        return [{ path, message: `must be at least ${String(issue.minimum)}, received ${show(received)}` }];
      case 'too_big':
        return [{ path, message: `must be at most ${String(issue.maximum)}, received ${show(received)}` }];
      default:
        return [{ path, message: `${issue.message}, received ${show(received)}` }];
    }
  });

/** The unions in the config: `next`, branch values and options. */
const unionWords = (path: readonly PropertyKey[]): string => {
  const last = path[path.length - 1];
  if (last === 'next')
    return 'a step id, a list of branches ({ when, goto }), or on a thanks step { label, href }';
  if (last === 'equals' || last === 'notEquals') return 'a string, number or boolean';
  if (path[path.length - 2] === 'in') return 'a string or number';
  return 'an option: a string, or { value, label }';
};
