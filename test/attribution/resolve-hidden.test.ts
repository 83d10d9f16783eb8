import { expect, test } from 'vitest';
import { TOUCH_KEY, type TouchStorage } from '../../src/attribution/first-touch';
import { type PageEnv, resolveHidden } from '../../src/attribution/resolve-hidden';
import type { FieldConfig } from '../../src/schema/config';
import { parseFormOrThrow } from '../../src/schema/parse-form';

const formWith = (...hidden: FieldConfig[]) =>
  parseFormOrThrow({
    id: 'ads',
    steps: [
      { id: 'email', fields: [{ name: 'email', type: 'email', required: true }, ...hidden] },
      { id: 'thanks', type: 'thanks' },
    ],
  });

const attributed = formWith(
  { name: 'utm_source', type: 'hidden', from: 'query' },
  { name: 'click_id', type: 'hidden', from: 'query:gclid' },
  { name: 'came_from', type: 'hidden', from: 'referrer' },
  { name: 'first_page', type: 'hidden', from: 'landing' },
);

/** sessionStorage as one tab's pages share it. */
const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

const page = (url: string, referrer = '', storage?: TouchStorage): PageEnv => ({ url, referrer, storage });

test('fills a field from the URL parameter named like it, and from a named parameter', () => {
  expect(
    resolveHidden(attributed, page('https://shop.example/?utm_source=news&gclid=Cj0KCQ%2Babc&x=1')),
  ).toMatchObject({ utm_source: 'news', click_id: 'Cj0KCQ+abc' });
});

test('fills a field from the referrer, and the landing URL without its hash', () => {
  expect(
    resolveHidden(attributed, page('https://shop.example/pricing?plan=pro#faq', 'https://news.example/post')),
  ).toMatchObject({
    came_from: 'https://news.example/post',
    first_page: 'https://shop.example/pricing?plan=pro',
  });
});

test('a source that gives nothing leaves the fallback value, or an empty string', () => {
  const form = formWith(
    { name: 'utm_source', type: 'hidden', from: 'query', value: 'direct' },
    { name: 'utm_medium', type: 'hidden', from: 'query' },
    { name: 'came_from', type: 'hidden', from: 'referrer', value: 'none' },
    { name: 'campaign', type: 'hidden', value: 'spring' },
  );
  expect(resolveHidden(form, page('https://shop.example/?utm_source='))).toEqual({
    utm_source: 'direct',
    utm_medium: '',
    came_from: 'none',
  });
});

test('a form without hidden fields from the page reads and writes nothing', () => {
  const storage = {
    getItem: () => {
      throw new Error('read');
    },
    setItem: () => {
      throw new Error('written');
    },
  };
  expect(
    resolveHidden(
      formWith({ name: 'campaign', type: 'hidden', value: 'spring' }),
      page('https://a.example/?utm_source=x', '', storage),
    ),
  ).toEqual({});
});

test('page 3 of a visit still carries the parameters and referrer of its first page', () => {
  const storage = memoryStorage();
  const first = resolveHidden(
    attributed,
    page('https://shop.example/?utm_source=news&gclid=abc', 'https://news.example/', storage),
  );
  resolveHidden(
    attributed,
    page('https://shop.example/pricing', 'https://shop.example/?utm_source=news', storage),
  );
  const third = resolveHidden(
    attributed,
    page('https://shop.example/signup?utm_source=footer', 'https://shop.example/pricing', storage),
  );
  expect(third).toEqual(first);
  expect(third).toEqual({
    utm_source: 'news',
    click_id: 'abc',
    came_from: 'https://news.example/',
    first_page: 'https://shop.example/?utm_source=news&gclid=abc',
  });
  expect(JSON.parse(storage.items.get(TOUCH_KEY) ?? '{}')).toMatchObject({
    'query:utm_source': 'news',
    'query:gclid': 'abc',
    referrer: 'https://news.example/',
    landing: 'https://shop.example/?utm_source=news&gclid=abc',
  });
});

test('a parameter first seen on a later page is kept from then on', () => {
  const storage = memoryStorage();
  resolveHidden(attributed, page('https://shop.example/', '', storage));
  resolveHidden(attributed, page('https://shop.example/b?utm_source=mail', '', storage));
  expect(resolveHidden(attributed, page('https://shop.example/c?utm_source=ad', '', storage))).toMatchObject({
    utm_source: 'mail',
  });
});

test('a direct visit stays direct: the second page does not name the site as its referrer', () => {
  const storage = memoryStorage();
  resolveHidden(attributed, page('https://shop.example/', '', storage));
  expect(
    resolveHidden(attributed, page('https://shop.example/pricing', 'https://shop.example/', storage)),
  ).toMatchObject({ came_from: '', first_page: 'https://shop.example/' });
});

test('campaign parameters are kept for the visit even by a form that does not name them', () => {
  const storage = memoryStorage();
  resolveHidden(
    formWith({ name: 'first_page', type: 'hidden', from: 'landing' }),
    page('https://shop.example/?utm_campaign=spring&fbclid=fb1', '', storage),
  );
  const later = formWith(
    { name: 'utm_campaign', type: 'hidden', from: 'query' },
    { name: 'fb', type: 'hidden', from: 'query:fbclid' },
  );
  expect(resolveHidden(later, page('https://shop.example/signup', '', storage))).toEqual({
    utm_campaign: 'spring',
    fb: 'fb1',
  });
});

test('storage that throws gives the current page its own values, and no exception', () => {
  const blocked = {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  };
  const full = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
  for (const storage of [blocked, full])
    expect(
      resolveHidden(attributed, page('https://shop.example/?utm_source=news', 'https://r.example/', storage)),
    ).toEqual({
      utm_source: 'news',
      click_id: '',
      came_from: 'https://r.example/',
      first_page: 'https://shop.example/?utm_source=news',
    });
});

test('what storage held is untrusted: garbage is ignored, other keys are dropped', () => {
  const storage = memoryStorage();
  storage.items.set(TOUCH_KEY, '{"query:utm_source": 42, "__proto__": {"x": 1}, "evil": "y"');
  expect(resolveHidden(attributed, page('https://shop.example/?utm_source=news', '', storage))).toMatchObject(
    {
      utm_source: 'news',
    },
  );
  storage.items.set(
    TOUCH_KEY,
    JSON.stringify({ 'query:utm_source': 42, evil: 'y', landing: 'https://a.example/' }),
  );
  expect(resolveHidden(attributed, page('https://shop.example/?utm_source=news', '', storage))).toMatchObject(
    {
      utm_source: 'news',
      first_page: 'https://a.example/',
    },
  );
  expect(JSON.parse(storage.items.get(TOUCH_KEY) ?? '{}')).not.toHaveProperty('evil');
});

test('values longer than 500 characters are cut to 500, as strings', () => {
  const long = 'a'.repeat(600);
  const values = resolveHidden(
    attributed,
    page(`https://shop.example/?utm_source=${long}&gclid=x${'😀'.repeat(300)}`, `https://r.example/${long}`),
  );
  expect(values.utm_source).toBe('a'.repeat(500));
  expect(values.came_from).toHaveLength(500);
  expect(values.first_page).toHaveLength(500);
  // Never half an emoji: the 250th would end past 500.
  expect(values.click_id).toBe(`x${'😀'.repeat(249)}`);
  for (const value of Object.values(values)) expect(typeof value).toBe('string');
});

test('a fallback value longer than 500 characters is cut as well', () => {
  const form = formWith({ name: 'utm_source', type: 'hidden', from: 'query', value: 'b'.repeat(501) });
  expect(resolveHidden(form, page('https://shop.example/')).utm_source).toBe('b'.repeat(500));
});

test('a URL it cannot read gives no parameters, never an exception', () => {
  expect(resolveHidden(attributed, page('not a url', ''))).toEqual({
    utm_source: '',
    click_id: '',
    came_from: '',
    first_page: 'not a url',
  });
});
