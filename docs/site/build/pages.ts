import { Marked, type Tokens } from 'marked';
import { plainText, type RewriteLink, renderMarkdown, type Section, sectionsOf, slugOf } from './markdown';

/** A page of the site made of README sections (by their `##` titles, in README order). */
export interface ReadmePage {
  readonly file: string;
  readonly title: string;
  /** Its name in the site's navigation. */
  readonly nav: string;
  readonly sections: readonly string[];
}

/**
 * Which README section is on which page. Every `##` of the README must be on one, so a new
 * section cannot drop out of the site unseen: the build fails and names it.
 */
export const readmePages: readonly ReadmePage[] = [
  {
    file: 'getting-started.html',
    title: 'Getting started: every way in',
    nav: 'Getting started',
    sections: [
      'Quick start: a `<script>` tag, no build',
      'Quick start: the async snippet',
      'Quick start: npm, in a React or Preact app',
      'Docs site and playground',
    ],
  },
  {
    file: 'display.html',
    title: 'Inline, popover or modal',
    nav: 'Display',
    sections: ['Display: inline, popover or modal'],
  },
  { file: 'config.html', title: 'The config', nav: 'Config', sections: ['The config'] },
  { file: 'events.html', title: 'Events and sinks', nav: 'Events & sinks', sections: ['Events'] },
  { file: 'submissions.html', title: 'Submissions', nav: 'Submissions', sections: ['Submissions'] },
  {
    file: 'insight.html',
    title: 'Funnel insight',
    nav: 'Funnel insight',
    sections: ['Funnel insight: A/B variants, the friction linter, the funnel report'],
  },
  { file: 'theming.html', title: 'Theming', nav: 'Theming', sections: ['Theming'] },
  { file: 'accessibility.html', title: 'Accessibility', nav: 'Accessibility', sections: ['Accessibility'] },
  {
    file: 'security.html',
    title: 'Reliability and security',
    nav: 'Security',
    sections: ['Reliability and security'],
  },
  { file: 'api.html', title: 'API and builds', nav: 'API', sections: ['API', 'Entries, builds and sizes'] },
  { file: 'performance.html', title: 'Performance', nav: 'Performance', sections: ['Performance'] },
  {
    file: 'architecture.html',
    title: 'Architecture and development',
    nav: 'Architecture',
    sections: ['Architecture', 'Development', 'License'],
  },
];

/** Files of the repository the README links to, and where the site keeps a copy. */
export interface RepoFile {
  readonly from: string;
  readonly to: string;
}

/** The README's sections rendered, each on its page, with every link pointing within the site. */
export interface RenderedReadme {
  /** The text before the first `##`, for the home page (the `#` title left out). */
  readonly intro: string;
  /** Each page's HTML, by file name. */
  readonly pages: ReadonlyMap<string, string>;
  /** Repository files the README links to, copied into the site. */
  readonly files: readonly RepoFile[];
}

const headingsOf = (markdown: string, taken: Map<string, number>): string[] => {
  const anchors: string[] = [];
  const marked = new Marked();
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'heading') anchors.push(slugOf(plainText((token as Tokens.Heading).tokens), taken));
  });
  return anchors;
};

/**
 * Renders the README onto its pages. `#anchors` become `page.html#anchor`; links to files of
 * the repository become links to copies under `source/` (Markdown files, to their page under
 * `source/` as HTML, made by the caller from `files`); links that leave the repository keep
 * their words only.
 */
export const renderReadme = (readme: string): RenderedReadme => {
  const { intro, sections } = sectionsOf(readme);
  const byTitle = new Map<string, Section>(sections.map((section) => [section.title, section]));
  const pageOf = new Map<string, string>();
  for (const page of readmePages)
    for (const title of page.sections) {
      if (!byTitle.has(title)) throw new Error(`docs: the README has no section "${title}" (pages.ts).`);
      pageOf.set(title, page.file);
    }
  const missing = sections.filter((section) => !pageOf.has(section.title)).map((section) => section.title);
  if (missing.length)
    throw new Error(`docs: README sections on no page (add them in pages.ts): ${missing.join(', ')}`);

  // Where each anchor is: the README's order numbers repeated headings, so walk it in order.
  const taken = new Map<string, number>();
  const anchorPage = new Map<string, string>();
  for (const anchor of headingsOf(intro, taken)) anchorPage.set(anchor, 'index.html');
  for (const section of sections)
    for (const anchor of headingsOf(section.markdown, taken))
      anchorPage.set(anchor, pageOf.get(section.title) as string);

  const files = new Map<string, RepoFile>();
  const rewrite: RewriteLink = (href) => {
    if (/^(https?:|mailto:)/.test(href)) return href;
    if (href.startsWith('#')) {
      const page = anchorPage.get(href.slice(1));
      if (!page) throw new Error(`docs: the README links to ${href}, a heading it does not have.`);
      return `${page}${href}`;
    }
    // A file outside the repository (the team's shared notes): no page to link to.
    if (href.startsWith('../')) return undefined;
    const path = href.replace(/^\.\//, '');
    const to = path.endsWith('.md') ? `source/${path.replace(/\.md$/, '.html')}` : `source/${path}`;
    files.set(path, { from: path, to });
    return to;
  };

  // The same walk, rendering: each heading gets the anchor the first walk gave it.
  const renderTaken = new Map<string, number>();
  const title = intro.match(/^# .*\n/)?.[0] ?? '';
  headingsOf(title, renderTaken);
  const introHtml = renderMarkdown(intro.slice(title.length), { taken: renderTaken, rewrite });
  const html = new Map<string, string>();
  for (const section of sections)
    html.set(section.title, renderMarkdown(section.markdown, { taken: renderTaken, rewrite }));
  const pages = new Map(
    readmePages.map((page) => [page.file, page.sections.map((t) => html.get(t) ?? '').join('\n')]),
  );
  return { intro: introHtml, pages, files: [...files.values()] };
};
