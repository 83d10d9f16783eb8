import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type BuiltSite, buildDocs } from '../../scripts/build-docs.mjs';
import { parseForm } from '../../src/schema/parse-form';

// The docs site as `npm run docs` builds it (from the built dist/), read back as files: every
// internal link and every src points at a file of the site, and every #fragment at an id on
// the page it names. External links are not fetched (tests touch no network); they are listed
// so a new kind of external link is a decision, not an accident.

let dir = '';
let site: BuiltSite;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yesladder-site-'));
  site = await buildDocs(dir);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Link {
  readonly page: string;
  readonly attribute: 'href' | 'src';
  readonly value: string;
}

const htmlOf = (page: string) => readFileSync(join(dir, page), 'utf8');

/** Every href and src of a page (entities in them decoded). */
const linksOf = (page: string): Link[] =>
  [...htmlOf(page).matchAll(/\s(href|src)="([^"]*)"/g)].map(([, attribute, value]) => ({
    page,
    attribute: attribute as Link['attribute'],
    value: (value ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"'),
  }));

const idsOf = (page: string): Set<string> =>
  new Set([...htmlOf(page).matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id ?? ''));

test('builds every page of the site', () => {
  expect(site.pages).toEqual(
    expect.arrayContaining([
      'index.html',
      'getting-started.html',
      'config.html',
      'events.html',
      'theming.html',
      'accessibility.html',
      'security.html',
      'recipes.html',
      'playground.html',
    ]),
  );
  for (const page of site.pages) expect(htmlOf(page)).toMatch(/^<!doctype html>/);
});

test('no internal link or src is broken, and every #fragment names an id on its page', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of site.pages) {
    for (const link of linksOf(page)) {
      if (/^(https?:|mailto:|data:)/.test(link.value)) continue;
      checked++;
      const [path = '', fragment] = link.value.split('#');
      const target = path ? relative(dir, resolve(dirname(join(dir, page)), path.split('?')[0] ?? '')) : page;
      if (target.startsWith('..') || !existsSync(join(dir, target))) {
        broken.push(`${page}: ${link.attribute}="${link.value}" (no file ${target})`);
        continue;
      }
      // The playground's own fragment carries a config to open: it must be one.
      if (fragment?.startsWith('config=')) {
        const config: unknown = JSON.parse(Buffer.from(fragment.slice(7), 'base64url').toString('utf8'));
        if (!parseForm(config).ok)
          broken.push(`${page}: ${link.attribute}="${link.value}" (not a valid config)`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push(`${page}: ${link.attribute}="${link.value}" (no id "${fragment}" in ${target})`);
      }
    }
  }
  expect(broken).toEqual([]);
  // The README alone has dozens of cross-page links: a checker that read nothing would pass.
  expect(checked).toBeGreaterThan(300);
});

test('links that leave the site go only to https pages, and nothing on a page is loaded from elsewhere', () => {
  const external = site.pages.flatMap((page) => linksOf(page).filter((link) => /^[a-z]+:/.test(link.value)));
  for (const link of external) {
    if (link.value.startsWith('data:')) continue;
    expect(link.value, `${link.page}`).toMatch(/^https:\/\//);
    // A link to read, never a script, style or image fetched by the page.
    expect(link.attribute, `${link.page}: ${link.value}`).toBe('href');
    expect(htmlOf(link.page)).not.toMatch(
      new RegExp(`<link[^>]+href="${link.value.replace(/[.?*+()[\]\\]/g, '\\$&')}"`),
    );
  }
});
