import { expect, test } from 'vitest';
import { themeProperties, themeReference } from '../../docs/site/reference/theme-reference';
import { styles } from '../../src/render/styles';

const [light = '', dark = ''] = styles.split('@media (prefers-color-scheme:dark)');

test('every --yl- property of the style sheet is listed once', () => {
  const used = [...new Set(styles.match(/--yl-[\w-]+/g))];
  const listed = themeProperties().map(({ name }) => name);
  expect([...listed].sort()).toEqual([...used].sort());
  expect(new Set(listed).size).toBe(listed.length);
});

test('each property has the light and dark defaults the style sheet falls back to', () => {
  for (const { name, light: lightDefault, dark: darkDefault } of themeProperties()) {
    expect(light).toContain(lightDefault ? `var(${name},${lightDefault})` : `var(${name})`);
    if (darkDefault === undefined) expect(dark).not.toContain(name);
    else expect(dark).toContain(`var(${name},${darkDefault})`);
  }
});

test('the defaults are the documented theme', () => {
  const byName = new Map(themeProperties().map((property) => [property.name, property]));
  expect(byName.get('--yl-accent')).toMatchObject({ light: '#1d4ed8', dark: '#8ab4f8' });
  expect(byName.get('--yl-radius')?.light).toBe('6px');
  expect(byName.get('--yl-radius')?.dark).toBeUndefined();
  expect(byName.get('--yl-font')?.light).toBe('');
  expect(byName.get('--yl-font')?.dark).toBeUndefined();
});

test('every property says what it sets', () => {
  for (const { name, description } of themeProperties())
    expect({ name, description }).not.toMatchObject({ description: '' });
});

test('the table renders every property with its defaults', () => {
  const html = themeReference();
  for (const { name, light: lightDefault, dark: darkDefault } of themeProperties()) {
    const row = html.split('\n').find((line) => line.includes(`<code>${name}</code>`)) ?? '';
    expect(row).toContain(
      lightDefault ? `<td><code>${lightDefault}</code></td>` : '<td>none (inherited)</td>',
    );
    expect(row).toContain(
      darkDefault === undefined ? '<td>as light</td>' : `<td><code>${darkDefault}</code></td>`,
    );
  }
  expect(html).toContain('::part()');
  expect(html).toContain('WCAG 2.2 AA');
});
