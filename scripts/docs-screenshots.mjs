// The README's pictures of the docs site: the playground, and a themed form beside the plain
// one. Builds the site into a temporary folder, serves it as `npm start` does, and writes
// docs/playground.png and docs/themed-form.png. Run it after a visual change to either.
//
//   node scripts/docs-screenshots.mjs
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocs } from './build-docs.mjs';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = await mkdtemp(join(tmpdir(), 'yesladder-shots-'));
try {
  await buildDocs(dir);
  const server = await startServer({ static: [{ prefix: '/docs/', dir }] });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}docs/playground.html`);
    await page.locator('#preview').getByRole('heading').first().waitFor();
    // A person's first moves in the preview: the email given, the step passed.
    const preview = page.locator('#preview');
    await preview.getByLabel('Your email').fill('ada@example.com');
    await preview.getByRole('checkbox').check();
    await preview.getByRole('button', { name: 'Send me day 1' }).click();
    await preview.getByRole('heading', { name: 'Two quick questions (optional)' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    await page.screenshot({ path: resolve(ROOT, 'docs/playground.png') });
    if (process.env.FULL) await page.screenshot({ path: process.env.FULL, fullPage: true });
    await page.goto(`${server.url}docs/theming.html#live-preview`);
    const previews = page.locator('.theme-previews');
    await previews.getByRole('button', { name: 'Continue' }).nth(1).waitFor();
    await page.waitForTimeout(300);
    await previews.screenshot({ path: resolve(ROOT, 'docs/themed-form.png') });
    console.log('docs-screenshots: wrote docs/playground.png and docs/themed-form.png');
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
