import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { consoleMessages, setupChromium } from './harness';
import { poll } from './poll';

// Nothing the widget or a sink does may reach the host page's `window.onerror` or
// `unhandledrejection`: a throwing sink, a rejecting sink, a throwing beforeSend, a throwing
// onSubmit and a bad config each end as console messages at most. (The harness also fails
// every e2e test whose page had an uncaught error.)

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const chromium = setupChromium({ static: [{ prefix: '/pages/', dir: PAGES }] });

const config = {
  id: 'isolated',
  steps: [
    {
      id: 'email',
      lead: true,
      button: 'Send',
      fields: [{ name: 'email', type: 'email', label: 'Email', required: true }],
    },
    { id: 'thanks', type: 'thanks', title: 'Thanks' },
  ],
};

test('a throwing sink, beforeSend and onSubmit never reach the page’s onerror', async () => {
  const { page, watch } = await chromium.openPage();
  const warnings = consoleMessages(page, 'warning');
  await page.goto(`${chromium.server.url}pages/memory.html`);
  await page.evaluate((config) => {
    const w = window as unknown as {
      caught: string[];
      yesladder: { mount: (...args: unknown[]) => unknown };
    };
    w.caught = [];
    window.onerror = (message) => {
      w.caught.push(`onerror: ${message}`);
    };
    window.addEventListener('unhandledrejection', (event) => w.caught.push(`rejection: ${event.reason}`));
    w.yesladder.mount('#target', config, {
      sinks: [
        () => {
          throw new Error('sink boom');
        },
        { name: 'rejecting', send: () => Promise.reject(new Error('async sink boom')) },
      ],
      beforeSend: () => {
        throw new Error('beforeSend boom');
      },
      onEvent: () => {
        throw new Error('onEvent boom');
      },
      onSubmit: () => {
        throw new Error('onSubmit boom');
      },
    });
  }, config);
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByRole('button', { name: 'Send' }).click();
  // onSubmit threw: the person is offered a retry, and the page heard nothing.
  await page.getByRole('alert').waitFor();
  await poll(
    () => warnings.length + watch.consoleErrors.length,
    (count) => count > 0,
  );
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(await page.evaluate(() => (window as unknown as { caught: string[] }).caught)).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect([...warnings, ...watch.consoleErrors].join('\n')).toMatch(/yesladder/);
});

test('a bad config renders nothing and logs exactly one console error', async () => {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}pages/memory.html`);
  const handle = await page.evaluate(() => {
    const w = window as unknown as {
      caught: string[];
      yesladder: { mount: (...args: unknown[]) => { error?: Error } };
    };
    w.caught = [];
    window.onerror = (message) => {
      w.caught.push(`onerror: ${message}`);
    };
    const form = w.yesladder.mount('#target', { id: 'broken', steps: [{ id: 'x', type: 'nope' }] });
    return { error: form.error?.message ?? '', caught: w.caught };
  });
  expect(handle.error).toMatch(/^yesladder: /);
  expect(handle.caught).toEqual([]);
  expect(await page.locator('[data-yesladder-host]').count()).toBe(0);
  expect(watch.consoleErrors).toHaveLength(1);
  expect(watch.consoleErrors[0]).toContain('steps[0].type');
  expect(watch.pageErrors).toEqual([]);
});
