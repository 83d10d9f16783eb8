import { expect, test } from 'vitest';
import { lintForm } from '../../src/lint/lint-form';
import { lintRules } from '../../src/lint/rules';
import { freeGuide } from '../fixtures/free-guide';
import { badConfigs } from '../fixtures/lint/bad-configs';
import { goodLadder } from '../fixtures/lint/good-ladder';

test('every rule has a bad fixture', () => {
  expect(badConfigs.map((bad) => bad.rule).sort()).toEqual(lintRules.map((rule) => rule.id).sort());
});

test.each(badConfigs.map((bad) => [bad.rule, bad]))('%s fires on its bad fixture, only there', (_, bad) => {
  const findings = lintForm(bad.config);
  expect(findings.filter((finding) => finding.rule === bad.rule).map((finding) => finding.path)).toEqual([
    bad.path,
  ]);
  expect(findings.map((finding) => finding.rule)).toEqual([bad.rule]);
});

test('the good ladder, with a branch, has no finding', () => {
  expect(lintForm(goodLadder)).toEqual([]);
});

test('the free guide only lacks a consent box on its email step', () => {
  expect(lintForm(freeGuide)).toEqual([
    expect.objectContaining({ rule: 'consent-missing', severity: 'warning', path: 'steps[1]' }),
  ]);
});

test('each finding carries its rule, a severity, a path, and a one-line message and fix', () => {
  for (const { config } of badConfigs) {
    for (const finding of lintForm(config)) {
      expect(Object.keys(finding).sort()).toEqual(['hint', 'message', 'path', 'rule', 'severity']);
      expect(finding.rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(finding.severity);
      for (const line of [finding.message, finding.hint]) {
        expect(line).not.toContain('\n');
        expect(line).toMatch(/^[A-Z"].*[.!]$/);
      }
    }
  }
});

test('severities: a broken ladder is an error, friction and honesty warnings, a missed chance info', () => {
  expect(Object.fromEntries(lintRules.map((rule) => [rule.id, rule.severity]))).toEqual({
    'first-ask-too-big': 'error',
    'lead-without-email': 'error',
    'sensitive-before-value': 'warning',
    'steep-gradient': 'warning',
    'too-many-fields': 'warning',
    'consent-missing': 'warning',
    'progress-hidden': 'warning',
    'thanks-without-next-ask': 'info',
  });
});
