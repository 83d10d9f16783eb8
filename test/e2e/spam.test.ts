import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { ReceivedLead } from '../../scripts/serve.mjs';
import { sessionOf, setupChromium } from './harness';
import { deepActiveElement } from './page-watch';
import { poll } from './poll';

// The demo page (script-tag build, JSON config with no `spam` key: the defaults) against the
// demo server, with Date.now held by Playwright's clock so the fill time is exact.

const chromium = setupChromium();
const T0 = Date.UTC(2026, 0, 1, 9);

const openDemo = async (): Promise<{ page: Page; leads: () => ReceivedLead[] }> => {
  const { page } = await chromium.openPage();
  await page.clock.setFixedTime(T0);
  await page.goto(chromium.server.url);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page.getByLabel('Where should we send it?').waitFor();
  const session = await sessionOf(page);
  return { page, leads: () => chromium.server.received.leads.filter((lead) => lead.session_id === session) };
};

const arrived = (leads: () => ReceivedLead[], count: number) =>
  poll(leads, (list) => list.length >= count).then((list) =>
    list.map((lead) => [lead.submission, lead.suspected_bot, lead.bot_signals]),
  );

/** Whether the focused element, through shadow roots, is the honeypot. */
const focusInHoneypot = (page: Page) =>
  page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return !!element?.closest('.yl-hp');
  });

test('a bot that fills every input is caught by the honeypot, and its submissions arrive marked', async () => {
  const { page, leads } = await openDemo();
  const fillAll = async () => {
    for (const input of await page.locator('input').all()) {
      if (['text', 'email', 'tel'].includes((await input.getAttribute('type')) ?? '')) {
        await input.fill('bot@spam.example');
      }
    }
  };
  await fillAll();
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByLabel('Your name').waitFor();
  await fillAll();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'Check your inbox!' }).waitFor();
  expect(await arrived(leads, 2)).toEqual([
    ['lead', true, ['honeypot']],
    ['final', true, ['honeypot', 'too_fast']],
  ]);
  expect(leads().map((lead) => Object.keys(lead.answers ?? {}))).toEqual([
    ['email'],
    ['email', 'name', 'phone'],
  ]);
});

test('a form finished within 3 s of appearing arrives marked too_fast', async () => {
  const { page, leads } = await openDemo();
  await page.getByLabel('Where should we send it?').fill('ada@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByLabel('Your name').fill('Ada');
  await page.clock.setFixedTime(T0 + 2_999);
  await page.getByRole('button', { name: 'Finish' }).click();
  expect(await arrived(leads, 2)).toEqual([
    ['lead', undefined, undefined],
    ['final', true, ['too_fast']],
  ]);
});

test('a person who takes their time arrives unmarked', async () => {
  const { page, leads } = await openDemo();
  await page.getByLabel('Where should we send it?').fill('ada@example.com');
  await page.getByRole('button', { name: 'Send it to me' }).click();
  await page.getByLabel('Your name').fill('Ada');
  await page.clock.setFixedTime(T0 + 3_000);
  await page.getByRole('button', { name: 'Finish' }).click();
  expect(await arrived(leads, 2)).toEqual([
    ['lead', undefined, undefined],
    ['final', undefined, undefined],
  ]);
});

test('the honeypot is not in the accessibility tree: not in the aria snapshot, ignored by Chromium', async () => {
  const { page } = await openDemo();
  const snapshot = await page.locator('[data-yesladder-host]').ariaSnapshot();
  expect(snapshot).toContain('textbox "Where should we send it?"');
  expect(snapshot).not.toMatch(/website/i);

  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; name?: { value?: string }; role?: { value?: string } }[];
  };
  const exposed = nodes.filter((node) => !node.ignored);
  expect(exposed.some((node) => node.name?.value === 'Where should we send it?')).toBe(true);
  expect(exposed.filter((node) => /website/i.test(node.name?.value ?? ''))).toEqual([]);
  expect(exposed.filter((node) => node.role?.value === 'textbox')).toHaveLength(1);
});

test('Tab never reaches the honeypot, forwards or backwards', async () => {
  const { page } = await openDemo();
  await page.getByLabel('Where should we send it?').focus();
  const seen: string[] = [];
  for (const key of [...Array(8).fill('Tab'), ...Array(8).fill('Shift+Tab')]) {
    await page.keyboard.press(key);
    expect(await focusInHoneypot(page)).toBe(false);
    const { tag, type, text } = await deepActiveElement(page);
    seen.push(`${tag}${type ? `[${type}]` : ''} ${text}`.trim());
  }
  // Tab did walk through the form: its button and the email field both took focus.
  expect(seen).toContain('button[submit] Send it to me');
  expect(seen).toContain('input[email]');
});
