import { expect, test } from 'vitest';
import { lintForm } from '../../src/lint/lint-form';
import type { FormConfig } from '../../src/schema/config';
import { abGuide } from '../fixtures/ab-guide';
import { everyField } from '../fixtures/every-field';
import { goodLadder } from '../fixtures/lint/good-ladder';

test('findings come worst first: errors, warnings, then info', () => {
  const severities = lintForm(everyField).map((finding) => finding.severity);
  expect(severities).toEqual(['error', 'warning', 'warning', 'warning', 'info']);
});

test('ignore skips rules by id', () => {
  const rules = lintForm(everyField, { ignore: ['first-ask-too-big', 'sensitive-before-value'] }).map(
    (finding) => finding.rule,
  );
  expect(rules).toEqual(['too-many-fields', 'thanks-without-next-ask']);
});

test('a config that does not pass parseForm gives one invalid-config error per problem', () => {
  const broken = {
    id: 'broken',
    steps: [{ id: 'start', type: 'cta', titel: 'Hi' }],
  } as unknown as FormConfig;
  expect(lintForm(broken)).toEqual([
    {
      rule: 'invalid-config',
      severity: 'error',
      path: 'steps[0].titel',
      message: expect.stringMatching(/^The config is not valid: unknown option/),
      hint: 'Fix the config first: parseForm(config) and mount() report the same problem.',
    },
  ]);
});

test('anything at all is linted without a throw', () => {
  for (const input of [null, undefined, 'config', 42, [], {}, { steps: null }]) {
    const findings = lintForm(input as unknown as FormConfig);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.rule === 'invalid-config')).toBe(true);
  }
});

test("an A/B arm's own steps are linted too, at variants.<arm>.…, worst first across the arms; what it shares is reported once", () => {
  const paths = lintForm(abGuide).map((finding) => `${finding.rule} ${finding.path}`);
  expect(paths).toEqual([
    'first-ask-too-big steps[0]',
    'consent-missing steps[0]',
    'consent-missing variants.twostep.steps[0]',
    'thanks-without-next-ask steps[1]',
    'thanks-without-next-ask variants.twostep.steps[2]',
  ]);
});

test('an arm that changes only what lints clean adds no finding', () => {
  const config: FormConfig = { ...goodLadder, variants: { control: {}, quiet: { progress: true } } };
  expect(lintForm(config)).toEqual([]);
});

test('lintForm reads the config and leaves it as it was', () => {
  const copy = JSON.parse(JSON.stringify(everyField));
  lintForm(copy);
  expect(copy).toEqual(JSON.parse(JSON.stringify(everyField)));
});
