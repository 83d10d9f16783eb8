import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseForm } from '../../src/schema/parse-form';
import { wireBody } from '../../src/submit/wire-body';
import { defaultMessages } from '../../src/validate/messages';
import { freeGuide } from '../fixtures/free-guide';

// The README's Submissions section shows a config and a body: both must be what the code does.
const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Submissions'), readme.indexOf('## API'));
const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? ''));

test('the README submit config is accepted as printed', () => {
  const config = blocks.find((block) => 'submit' in block);
  expect(config?.submit.format).toBe('form');
  const result = parseForm({ ...freeGuide, ...config });
  expect(result.ok ? [] : result.error.issues).toEqual([]);
});

test('the README body has the fields of the body the widget sends', () => {
  const printed = blocks.find((block) => 'idempotency_key' in block);
  const sent = wireBody(
    { formId: 'f', variant: 'default', sessionId: 's', submission: 'final', stepId: 'about', answers: {} },
    'k',
    0,
  );
  expect(Object.keys(printed ?? {}).sort()).toEqual(Object.keys(sent).sort());
});

test('the README quotes the saved line as it is', () => {
  expect(readme.replace(/\s+/g, ' ')).toContain(defaultMessages.submit_saved);
});

test('a wrong submit option names its path', () => {
  const result = parseForm({ ...freeGuide, submit: { url: '/x', format: 'xml', retries: -1, timeout: 0 } });
  const paths = result.ok ? [] : result.error.issues.map((issue) => issue.path);
  expect(paths).toEqual(['submit.format', 'submit.retries', 'submit.timeout']);
});
