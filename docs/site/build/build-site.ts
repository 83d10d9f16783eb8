import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { subresourceIntegrity } from '../../../src/cli/integrity';
import { scriptJson } from '../../../src/cli/render-snippet';
import { parseForm } from '../../../src/schema/parse-form';
import { playgroundLink } from '../playground/link';
import { playgroundBody } from '../playground/markup';
import { configReference } from '../reference/config-reference';
import { themeReference } from '../reference/theme-reference';
import { type NavItem, page } from './layout';
import { escapeHtml, renderMarkdown } from './markdown';
import { readmePages, renderReadme } from './pages';
import { recipes } from './recipes';

/** The built files the site serves as its stand-in for the CDN, under `cdn/`. */
export const CDN_FILES = [
  'yesladder.js',
  'yesladder.runtime.js',
  'yesladder.global.js',
  'yesladder.popover.global.js',
] as const;

/** Where the published files are: the snippet the playground prints loads them from here. */
export const cdnBase = (version: string): string => `https://cdn.jsdelivr.net/npm/yesladder@${version}/dist/`;

export interface BuildSiteOptions {
  /** The repository: README.md, package.json, dist/ (built first) and docs/site/. */
  readonly root: string;
  /** Where the site is written; emptied first. */
  readonly outdir: string;
}

export interface BuiltSite {
  readonly version: string;
  /** Every HTML page written, relative to `outdir`. */
  readonly pages: readonly string[];
  /** `sha384-…` of the files a snippet may load. */
  readonly integrity: Readonly<Record<string, string>>;
}

const nav: readonly NavItem[] = [
  { file: 'index.html', nav: 'Home' },
  ...readmePages.slice(0, 1),
  { file: 'recipes.html', nav: 'Recipes' },
  { file: 'playground.html', nav: 'Playground' },
  ...readmePages.slice(1),
];

/** A live form: the library's own placeholder, its config in a JSON script beside it. */
const liveForm = (id: string, config: unknown, label: string): string =>
  `<section class="live" aria-label="${escapeHtml(label)}">
  <script type="application/json" id="${id}">${scriptJson(config)}</script>
  <div data-yesladder="#${id}"></div>
</section>`;

const read = async (path: string) => readFile(path, 'utf8');

/**
 * Builds the docs site: the README's sections on their pages, the config and theming
 * references generated from the code, the recipes with live forms, the playground, and the
 * built script files beside them, so nothing is fetched from elsewhere.
 */
export const buildSite = async ({ root, outdir }: BuildSiteOptions): Promise<BuiltSite> => {
  const from = (path: string) => resolve(root, path);
  const { version } = JSON.parse(await read(from('package.json'))) as { version: string };
  const readme = renderReadme(await read(from('README.md')));

  await rm(outdir, { recursive: true, force: true });
  await mkdir(join(outdir, 'cdn'), { recursive: true });
  const integrity: Record<string, string> = {};
  for (const file of CDN_FILES) {
    const bytes = await readFile(from(`dist/${file}`)).catch(() => {
      throw new Error(`docs: dist/${file} is missing. Build the library first: npm run build.`);
    });
    await writeFile(join(outdir, 'cdn', file), bytes);
    integrity[file] = subresourceIntegrity(bytes);
  }
  await copyFile(from('docs/site/site.css'), join(outdir, 'site.css'));
  await copyFile(from('docs/site/playground/playground.css'), join(outdir, 'playground.css'));
  await build({
    entryPoints: [from('docs/site/playground/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outfile: join(outdir, 'playground.js'),
    logLevel: 'warning',
  });

  const written: string[] = [];
  const write = async (file: string, html: string) => {
    await mkdir(dirname(join(outdir, file)), { recursive: true });
    await writeFile(join(outdir, file), html);
    written.push(file);
  };
  const withForms = { scripts: ['cdn/yesladder.js'] };

  // The README's pages, two of them with what the code generates.
  // The themed preview's rule, shown from the style sheet that applies it.
  const themedCss = /^\.themed \{[^}]*\}/m.exec(await read(from('docs/site/site.css')))?.[0];
  if (!themedCss) throw new Error('docs: docs/site/site.css has no .themed rule for the theming preview.');
  const extra: Record<string, string> = {
    'config.html': `<h2 id="reference">Every option</h2>\n${configReference()}`,
    'theming.html': `<h2 id="properties">Every custom property</h2>\n${themeReference()}\n${themePreview(themedCss)}`,
  };
  for (const info of readmePages) {
    const body = `<h1>${escapeHtml(info.title)}</h1>\n${readme.pages.get(info.file) ?? ''}\n${extra[info.file] ?? ''}`;
    await write(info.file, page({ file: info.file, title: info.title, body, nav, version, ...withForms }));
  }

  // Files of the repository the README links to.
  for (const file of readme.files) {
    if (file.from.endsWith('.md')) {
      const body = renderMarkdown(await read(from(file.from)), {
        taken: new Map(),
        rewrite: (href) => (/^https?:/.test(href) ? href : undefined),
      });
      const depth = file.to.split('/').length - 1;
      await write(file.to, page({ file: file.to, title: file.from, body, nav, version, depth }));
    } else {
      await mkdir(dirname(join(outdir, file.to)), { recursive: true });
      await copyFile(from(file.from), join(outdir, file.to));
    }
  }

  const recipeConfigs = new Map<string, unknown>();
  for (const recipe of recipes) {
    const config: unknown = JSON.parse(await read(from(`docs/site/recipes/${recipe.name}.json`)));
    const parsed = parseForm(config);
    if (!parsed.ok)
      throw new Error(`docs: the recipe ${recipe.name} is not a valid config: ${parsed.error.message}`);
    recipeConfigs.set(recipe.name, config);
  }

  await write(
    'index.html',
    page({
      file: 'index.html',
      title: 'Multi-step forms that ask for one small yes first',
      nav,
      version,
      ...withForms,
      body: `<h1>yesladder</h1>
${readme.intro}
<h2 id="ways-in">Every way in</h2>
<ul class="ways">
  <li><a href="getting-started.html#quick-start-a-script-tag-no-build">A <code>&lt;script&gt;</code> tag</a> and a JSON config, no build step</li>
  <li><a href="getting-started.html#quick-start-the-async-snippet">The async snippet</a>, copied from the <a href="playground.html">playground</a> with its integrity hash</li>
  <li><a href="getting-started.html#react-18-and-19">npm, in a React app</a> or <a href="getting-started.html#preact">a Preact app</a>, fully typed</li>
  <li><a href="getting-started.html#a-custom-element-yes-ladder">A custom element</a>, <code>&lt;yes-ladder&gt;</code></li>
</ul>
<h2 id="try-it">Try it</h2>
<p>This is the <a href="recipes.html#cta-then-email">CTA, then email</a> recipe, live. Nothing you type leaves this page.</p>
${liveForm('home-config', recipeConfigs.get('cta-then-email'), 'A live example form')}
`,
    }),
  );

  await write(
    'recipes.html',
    page({
      file: 'recipes.html',
      title: 'Recipes from the method',
      nav,
      version,
      ...withForms,
      body: `<h1>Recipes from the method</h1>
<p>Each recipe is a config you can paste, shown live below it. The ladder is the same every time: one small,
safe yes first, then the rest, then a thank-you that offers the next small step. Open any of them in the
<a href="playground.html">playground</a> to change it and copy its snippet.</p>
<ul>${recipes.map((r) => `<li><a href="#${r.name}">${escapeHtml(r.title)}</a></li>`).join('')}</ul>
${recipes
  .map((recipe) => {
    const config = recipeConfigs.get(recipe.name);
    return `<section class="recipe" aria-labelledby="${recipe.name}">
<h2 id="${recipe.name}">${escapeHtml(recipe.title)}</h2>
<p><strong>When:</strong> ${escapeHtml(recipe.when)}</p>
<ul>${recipe.why.map((line) => `<li>${line}</li>`).join('')}</ul>
${liveForm(`${recipe.name}-config`, config, `${recipe.title}, live`)}
<details><summary>The config</summary><pre><code class="language-json">${escapeHtml(JSON.stringify(config, null, 2))}</code></pre></details>
<p><a href="${escapeHtml(playgroundLink(config))}">Open “${escapeHtml(recipe.title)}” in the playground</a></p>
</section>`;
  })
  .join('\n')}
`,
    }),
  );

  const data = {
    version,
    cdn: cdnBase(version),
    integrity: {
      'yesladder.js': integrity['yesladder.js'],
      'yesladder.popover.global.js': integrity['yesladder.popover.global.js'],
    },
    config: recipeConfigs.get('two-step-opt-in'),
  };
  await write(
    'playground.html',
    page({
      file: 'playground.html',
      title: 'Playground',
      nav,
      version,
      styles: ['playground.css'],
      scripts: ['playground.js'],
      wide: true,
      body: `<script type="application/json" id="playground-data">${scriptJson(data)}</script>\n${playgroundBody()}`,
    }),
  );

  return { version, pages: written.map((file) => relative(outdir, join(outdir, file))), integrity };
};

/** The same form twice, as shipped and themed by `themedCss` (site.css's own rule, shown as it is). */
const themePreview = (themedCss: string): string => {
  const config = {
    id: 'theme-preview',
    draft: false,
    steps: [
      {
        id: 'email',
        title: 'Get the checklist',
        lead: true,
        fields: [{ name: 'email', type: 'email', label: 'Your email', required: true }],
      },
      { id: 'thanks', type: 'thanks', title: 'On its way' },
    ],
  };
  return `<h2 id="live-preview">Live preview</h2>
<p>The same form twice: as it ships, and with <code>--yl-accent</code>, <code>--yl-bg</code>, <code>--yl-fg</code>,
<code>--yl-border</code>, <code>--yl-error</code>, <code>--yl-radius</code> and <code>--yl-font</code> set on its wrapper. The
<a href="playground.html">playground</a> has a panel for the main properties.</p>
<div class="theme-previews">
  <figure><figcaption>As it ships</figcaption>${liveForm('theme-plain-config', config, 'The form as it ships')}</figure>
  <figure class="themed"><figcaption>Themed</figcaption>${liveForm('theme-dark-config', config, 'The form themed')}</figure>
</div>
<pre><code class="language-css">${escapeHtml(themedCss)}</code></pre>`;
};
