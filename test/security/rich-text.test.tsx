import { render } from 'preact';
import { expect, test } from 'vitest';
import { RichText } from '../../src/render/rich-text';

/** The markup `text` renders to, in a detached element. */
const html = (text: string): string => {
  const box = document.createElement('div');
  render(<RichText text={text} />, box);
  return box.innerHTML;
};

const link = (href: string, text: string) =>
  `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;

test('renders **bold** and _italic_ as strong and em', () => {
  expect(html('A **free** guide, _today_.')).toBe('A <strong>free</strong> guide, <em>today</em>.');
});

test('nests italic inside bold', () => {
  expect(html('**a _b_ c**')).toBe('<strong>a <em>b</em> c</strong>');
});

test('leaves underscores inside words as typed', () => {
  expect(html('write to first_last_name or my_var')).toBe('write to first_last_name or my_var');
});

test('links http(s), mailto and tel, opening in a new tab without an opener', () => {
  expect(html('[policy](https://example.com/privacy)')).toBe(link('https://example.com/privacy', 'policy'));
  expect(html('[site](http://example.com)')).toBe(link('http://example.com', 'site'));
  expect(html('[mail us](mailto:hi@example.com)')).toBe(link('mailto:hi@example.com', 'mail us'));
  expect(html('[call](tel:+441234)')).toBe(link('tel:+441234', 'call'));
});

test.each([
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](data:text/html,<script>alert(1)</script>)',
  '[click](vbscript:msgbox)',
  '[click](/relative/path)',
  '[click](//evil.example)',
])('keeps %s as the text that was written', (text) => {
  const box = document.createElement('div');
  render(<RichText text={text} />, box);
  expect(box.querySelector('a')).toBeNull();
  expect(box.textContent).toBe(text);
});

test('renders HTML in config text as text', () => {
  const text = '<img src=x onerror="alert(1)"> **<script>alert(2)</script>**';
  const box = document.createElement('div');
  render(<RichText text={text} />, box);
  expect(box.querySelector('img, script')).toBeNull();
  expect(box.textContent).toBe('<img src=x onerror="alert(1)"> <script>alert(2)</script>');
});

test('leaves lone markers alone', () => {
  expect(html('5 * 3 = 15, a_b, [not a link], (aside), **')).toBe(
    '5 * 3 = 15, a_b, [not a link], (aside), **',
  );
});
