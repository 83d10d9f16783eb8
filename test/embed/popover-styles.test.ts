import { expect, test } from 'vitest';
import { displayStyles } from '../../src/embed/display/display-styles';
import { popoverStyles } from '../../src/embed/display/popover-styles';
import { cssRules, rulesFor } from '../fixtures/css-rules';

const NARROW = '(max-width:640px)';
const rules = cssRules(popoverStyles);
const narrow = (selector: string) => rulesFor(rules, selector, NARROW)[0]?.declarations;

/** Classes and attributes in a selector: enough to compare ours, which have no ids. */
const weight = (selector: string) => selector.match(/[.[]/g)?.length ?? 0;

test('every rule of the popover sheet applies at 640px wide or less only', () => {
  expect(rules.length).toBeGreaterThan(0);
  expect(rules.filter((rule) => rule.media !== NARROW)).toEqual([]);
});

test('narrow, the popover is fixed to the bottom edge, full width, over its anchored position', () => {
  const frame = narrow('.yl-frame.yl-pop[popover]');
  // The anchored `left`/`top` are written on the element: only `!important` outranks them.
  expect(frame?.get('inset')).toBe('auto 0 0!important');
  expect([frame?.get('margin'), frame?.get('width'), frame?.get('max-width')]).toEqual(['0', 'auto', 'none']);
  // …and it outranks the anchored popover's own rule.
  const [anchored] = rulesFor(cssRules(displayStyles()), '.yl-pop[data-side]');
  expect(anchored).toBeDefined();
  expect(weight('.yl-frame.yl-pop[popover]')).toBeGreaterThan(weight('.yl-pop[data-side]'));
});

test('narrow, its step scrolls inside at most 85% of the screen, with only the top corners rounded', () => {
  const sheet = narrow('.yl-pop .yl-sheet');
  expect(sheet?.get('max-height')).toBe('85dvh');
  expect(popoverStyles).toContain('max-height:85vh;max-height:85dvh');
  expect(sheet?.get('overscroll-behavior')).toBe('contain');
  expect(sheet?.get('border-radius')).toMatch(/^calc\(.+\) calc\(.+\) 0 0$/);
  expect(narrow('.yl-pop .yl-sheet>.yl')?.get('border-radius')).toBe('inherit');
});

test('narrow, its last words stay above the home indicator (safe-area-inset-bottom)', () => {
  expect(narrow('.yl-pop .yl-sheet>.yl')?.get('padding-bottom')).toBe(
    'calc(var(--g) + env(safe-area-inset-bottom,0px))',
  );
});

test('narrow, the arrow is hidden: a bottom sheet points at nothing', () => {
  expect(narrow('.yl-pop .yl-arrow')?.get('display')).toBe('none');
});
