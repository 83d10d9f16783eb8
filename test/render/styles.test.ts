import { expect, test } from 'vitest';
import { displayStyles } from '../../src/embed/display/display-styles';
import { styles } from '../../src/render/styles';
import { cssRules, rulesFor } from '../fixtures/css-rules';

const core = cssRules(styles);

test('inputs, selects and textareas are at least 16px, so iOS does not zoom on focus', () => {
  const [input, ...others] = rulesFor(core, '.yl-input');
  expect(others).toEqual([]);
  const declarations = [...(input?.declarations ?? [])];
  // After the `font` shorthand, which would otherwise reset it to the inherited size.
  expect(declarations.map(([property]) => property).slice(0, 2)).toEqual(['font', 'font-size']);
  expect(input?.declarations.get('font-size')).toBe('max(16px,1em)');
});

test('no other rule of the core sheet sets the size of an input', () => {
  const sizing = core.filter(
    (rule) =>
      rule.selector !== '.yl-input' &&
      /\b(input|select|textarea)\b|\.yl-input/.test(rule.selector) &&
      (rule.declarations.has('font') || rule.declarations.has('font-size')),
  );
  expect(sizing).toEqual([]);
});

test('the modal and popover scroll within the visible height of a phone screen (dvh)', () => {
  const [sheet] = rulesFor(cssRules(displayStyles()), '.yl-sheet');
  expect(sheet?.declarations.get('overflow')).toBe('auto');
  expect(sheet?.declarations.get('max-height')).toBe('calc(100dvh - 16px)');
  // Not 100vh: on a phone that is the height with the browser's toolbars hidden.
  expect(displayStyles()).not.toContain('100vh');
});

test('the core sheets carry no narrow-screen rules: the bottom sheet is the popover build’s', () => {
  expect(core.concat(cssRules(displayStyles())).filter((rule) => rule.media?.includes('max-width'))).toEqual(
    [],
  );
});
