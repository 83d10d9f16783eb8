import { expect, test } from 'vitest';
import { isSafeHref } from '../../src/schema/safe-href';

test.each(['https://example.com', 'HTTP://example.com', 'mailto:hi@example.com', 'tel:+441234'])(
  'accepts %s',
  (url) => {
    expect(isSafeHref(url)).toBe(true);
  },
);

test.each([
  'javascript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  'blob:https://example.com/1',
])('refuses %j', (url) => {
  expect(isSafeHref(url)).toBe(false);
  expect(isSafeHref(url, true)).toBe(false);
});

test('accepts a path on the same site only when relative links are allowed', () => {
  for (const url of ['/video', 'video', './next', '?a=1', '#top', '//example.com/x']) {
    expect(isSafeHref(url)).toBe(false);
    expect(isSafeHref(url, true)).toBe(true);
  }
});
