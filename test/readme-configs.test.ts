import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { sinkTypes } from '../src/schema/config-shape';
import { parseForm } from '../src/schema/parse-form';
import { freeGuide } from './fixtures/free-guide';

// The README's copy-paste analytics configs must be accepted as they are printed.
const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((m) => m[1] ?? '')
  .filter((json) => json.includes('"analytics"'));

test('the README has one copy-paste analytics config for every built-in sink', () => {
  const types = new Set(
    snippets.flatMap((json) => JSON.parse(json).analytics.map((s: { type: string }) => s.type)),
  );
  expect([...types].sort()).toEqual([...sinkTypes].sort());
});

test.each(snippets)('README config %s is a valid analytics config', (json) => {
  const result = parseForm({ ...freeGuide, ...JSON.parse(json) });
  expect(result.ok ? [] : result.error.issues).toEqual([]);
});
