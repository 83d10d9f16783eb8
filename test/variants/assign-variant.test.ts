import { expect, test } from 'vitest';
import { assignVariant, pickArm } from '../../src/flow/assign-variant';
import { abGuide } from '../fixtures/ab-guide';

const ids = Array.from({ length: 10_000 }, (_, i) => `visitor-${i}`);
const share = (names: (string | undefined)[], name: string) =>
  names.filter((n) => n === name).length / names.length;

test('the same visitor id always gets the same arm', () => {
  for (const id of ids.slice(0, 100)) expect(assignVariant(abGuide, id)).toBe(assignVariant(abGuide, id));
});

test('equal weights split visitors evenly (10 000 ids, within a point and a half)', () => {
  const names = ids.map((id) => assignVariant(abGuide, id));
  expect(share(names, 'control')).toBeGreaterThan(0.485);
  expect(share(names, 'control')).toBeLessThan(0.515);
  expect(share(names, 'control') + share(names, 'twostep')).toBe(1);
});

test('weights set the shares: 3 to 1 gives three quarters to the heavier arm', () => {
  const arms = [
    { name: 'control', weight: 3 },
    { name: 'twostep', weight: 1 },
  ];
  const names = ids.map((id) => pickArm('ab-guide', id, arms)?.name);
  expect(share(names, 'control')).toBeGreaterThan(0.735);
  expect(share(names, 'control')).toBeLessThan(0.765);
});

test('the same visitor may land in different arms of different forms (tests are independent)', () => {
  const other = { ...abGuide, id: 'other-form' };
  const differs = ids.slice(0, 200).filter((id) => assignVariant(abGuide, id) !== assignVariant(other, id));
  expect(differs.length).toBeGreaterThan(60);
});

test('a config without variants has no arm to assign', () => {
  const { variants: _arms, ...plain } = abGuide;
  expect(assignVariant(plain, 'visitor-1')).toBeUndefined();
});
