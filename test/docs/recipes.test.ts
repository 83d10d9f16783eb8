import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { recipes } from '../../docs/site/build/recipes';
import { lintForm } from '../../src/lint/lint-form';
import type { FormConfig } from '../../src/schema/config';
import { parseForm } from '../../src/schema/parse-form';

// The docs' recipes are the method's own examples: each is a valid config the friction linter
// has nothing to say against, and each file in docs/site/recipes/ is on the recipes page.

const dir = new URL('../../docs/site/recipes/', import.meta.url);
const configOf = (name: string): FormConfig => JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));

test('every recipe file is on the page, and every recipe on the page has its file', () => {
  const files = readdirSync(dir).map((file) => file.replace(/\.json$/, ''));
  expect(recipes.map((recipe) => recipe.name).sort()).toEqual(files.sort());
});

test.each(recipes.map((recipe) => recipe.name))(
  '%s is a valid config the linter does not warn about',
  (name) => {
    const config = configOf(name);
    const parsed = parseForm(config);
    expect(parsed.ok ? undefined : parsed.error.message).toBeUndefined();
    const findings = lintForm(config).filter((finding) => finding.severity !== 'info');
    expect(findings.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
    // The method: one small ask first, a thank-you that offers the next small step last.
    const last = config.steps.at(-1);
    expect(last?.type).toBe('thanks');
    expect(last && 'next' in last ? last.next : undefined).toBeDefined();
  },
);
