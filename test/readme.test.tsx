import { afterAll, afterEach, expect, test, vi } from 'vitest';
import { writeExamples } from './readme-examples';

const { blocks, cleanup } = writeExamples('readme-run');
afterAll(cleanup);
// A failing example must not leave its spies on the next one.
afterEach(() => vi.restoreAllMocks());

test('the README has TypeScript examples', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(5);
});

test.each(blocks.map((b) => [b.name, b]))('%s runs without an error', async (_, block) => {
  // Where the examples mount (#signup) and attach (#hero-form, the page's own email form).
  document.body.innerHTML =
    '<div id="signup"></div><form id="hero-form"><input name="email" type="email"><button>Go</button></form>';
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'debug').mockImplementation(() => {}); // the consoleSink example
  const error = vi.spyOn(console, 'error');
  await import(/* @vite-ignore */ block.file);
  expect(error).not.toHaveBeenCalled();
});
