import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectClean, setupChromium } from './harness';

// Mount and destroy a form 1,000 times through the script-tag API, then compare the page with
// its state before: DOM nodes and event listeners must be back to the baseline exactly, and
// the JS heap after a forced GC within a small bound. The figures are printed for the report.

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const ROUNDS = 1000;
/**
 * Heap growth allowed after 1,000 rounds and a GC. Measured: about 190–240 KiB, no more after
 * 3,000 rounds (so V8's compiled code and feedback for the new paths, not a per-mount leak).
 */
const HEAP_BOUND_BYTES = 512 * 1024;

const chromium = setupChromium({ static: [{ prefix: '/pages/', dir: PAGES }] });

interface Figures {
  readonly nodes: number;
  readonly listeners: number;
  readonly heap: number;
}

async function measure(cdp: CDPSession): Promise<Figures> {
  // Twice: the first collection can leave finalizers that free more on the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { nodes: metric('Nodes'), listeners: metric('JSEventListeners'), heap: usedSize };
}

const inline = {
  id: 'memory',
  steps: [
    { id: 'start', type: 'cta', title: 'Get the guide', button: 'Get it' },
    {
      id: 'email',
      lead: true,
      fields: [
        { name: 'email', type: 'email', label: 'Email', required: true },
        { name: 'role', type: 'choice', label: 'Role', options: ['Owner', 'Freelancer'] },
      ],
    },
    { id: 'thanks', type: 'thanks', title: 'Thanks' },
  ],
};

/** The part of the script-tag global this test uses. */
interface Api {
  mount(
    target: Element,
    config: object,
    options: object,
  ): { error?: Error; open(): void; on(name: string, listener: () => void): void; destroy(): void };
}

/** Runs `rounds` mounts and destroys of `config` in the page, each with a first step shown and a click. */
function cycle(page: Page, config: object, rounds: number): Promise<void> {
  return page.evaluate(
    ({ config, rounds }) => {
      const yl = (window as unknown as { yesladder: Api }).yesladder;
      const target = document.getElementById('target') as HTMLElement;
      for (let i = 0; i < rounds; i++) {
        const form = yl.mount(target, config, { onSubmit: () => undefined });
        if (form.error) throw form.error;
        form.open();
        form.on('step_view', () => undefined);
        form.destroy();
      }
    },
    { config, rounds },
  );
}

async function run(config: object, label: string): Promise<void> {
  const { page, watch } = await chromium.openPage();
  await page.goto(`${chromium.server.url}pages/memory.html`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // Warm up: the shared style sheet, zod's schemas and the JIT are made once per page.
  await cycle(page, config, 20);
  const before = await measure(cdp);
  await cycle(page, config, ROUNDS);
  const after = await measure(cdp);
  const growth = after.heap - before.heap;
  console.log(
    `memory (${label}, ${ROUNDS} mounts): nodes ${before.nodes} → ${after.nodes}, ` +
      `listeners ${before.listeners} → ${after.listeners}, ` +
      `heap ${(before.heap / 1024).toFixed(1)} KiB → ${(after.heap / 1024).toFixed(1)} KiB ` +
      `(${growth >= 0 ? '+' : ''}${(growth / 1024).toFixed(1)} KiB)`,
  );
  expect(after.nodes, 'DOM nodes back to the baseline').toBe(before.nodes);
  expect(after.listeners, 'event listeners back to the baseline').toBe(before.listeners);
  expect(growth, 'heap growth after GC').toBeLessThan(HEAP_BOUND_BYTES);
  expect(await page.locator('[data-yesladder-host]').count()).toBe(0);
  expectClean(watch);
}

test('mounting and destroying an inline form 1,000 times leaves no node, listener or heap behind', async () => {
  await run(inline, 'inline');
});

test('mounting, opening and destroying a modal 1,000 times leaves nothing behind', async () => {
  await run(
    { ...inline, id: 'memory-modal', display: { mode: 'modal', trigger: { click: '#opener' } } },
    'modal',
  );
});

test('mounting, opening and destroying a popover 1,000 times leaves nothing behind', async () => {
  await run(
    { ...inline, id: 'memory-popover', display: { mode: 'popover', trigger: { click: '#opener' } } },
    'popover',
  );
});
