import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { attachForm } from '../../src/embed/attach';
import { autoMount } from '../../src/embed/auto-mount';
import type { FormHandle } from '../../src/embed/form-handle';
import { createGlobal } from '../../src/embed/global-api';
import { splitMount } from '../../src/embed/split-mount';
import type { YesLadderEvent } from '../../src/events/types';
import { attach } from '../../src/index';
import { freeGuide } from '../fixtures/free-guide';

// Attach mode in happy-dom: what the config must say to fit the page's form or button (each
// refusal one console error, the page left as it was), and what the attached form does with
// the page's own fields. The real browser walk, native validation and posting are in
// test/e2e/attach.test.ts.

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;
const emailFirst = {
  id: 'hero',
  steps: [
    {
      id: 'email',
      lead: true,
      fields: [
        { name: 'email', type: 'email', label: 'Email', required: true },
        { name: 'agree', type: 'consent', label: 'Send me the guide', required: true },
        { name: 'source', type: 'hidden', value: 'hero' },
      ],
    },
    { id: 'about', title: 'About you', fields: [{ name: 'name', label: 'Your name' }] },
    { id: 'thanks', type: 'thanks' },
  ],
};
const HERO = `<form id="hero" action="/subscribe" method="post">
  <input name="email" type="email"><input name="agree" type="checkbox"><button>Go</button></form>
  <a id="start" href="/pricing">Get started</a><div id="plain"></div>`;

let errors: string[] = [];
beforeEach(() => {
  document.body.innerHTML = HERO;
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((message: unknown) => {
    errors.push(String(message));
  });
});
const made: FormHandle[] = [];
const attached = (...args: Parameters<typeof attachForm>) =>
  made[made.push(attachForm(...args)) - 1] as FormHandle;
afterEach(() => {
  for (const form of made.splice(0)) form.destroy();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

const form = () => document.getElementById('hero') as HTMLFormElement;
const field = (name: string) => form().elements.namedItem(name) as HTMLInputElement;
/** Sends the page's form as its button would; says whether the page's own submission went ahead. */
const send = (): boolean => {
  const event = new Event('submit', { cancelable: true });
  form().dispatchEvent(event);
  return !event.defaultPrevented;
};
const popover = () =>
  document.querySelector('[data-yesladder-host]')?.shadowRoot?.querySelector<HTMLElement>('.yl-pop');

test.each([
  [
    'a form, for a first cta step',
    '#hero',
    guide,
    'it stands for a first fields step, and the config\'s first step "start" is a cta step',
  ],
  [
    'a link, for a first step of fields',
    '#start',
    emailFirst,
    'it stands for a first cta step, and the config\'s first step "email" is a fields step',
  ],
  [
    'a form whose first step is not a lead',
    '#hero',
    { ...emailFirst, steps: [{ ...emailFirst.steps[0], lead: false }, ...emailFirst.steps.slice(1)] },
    'the config\'s first step "email" must be "lead": true',
  ],
  [
    'a form without one of the step’s fields',
    '#hero',
    {
      ...emailFirst,
      steps: [
        { ...emailFirst.steps[0], fields: [{ name: 'company', label: 'Company' }] },
        ...emailFirst.steps.slice(1),
      ],
    },
    'the config\'s first step "email" asks for "company", and it has no field of that name',
  ],
  ['a div', '#plain', emailFirst, 'attach a <form>, a button or a link'],
])('refuses %s with one error naming it, and leaves the page alone', (_, target, config, why) => {
  const handle = attached(target, config);
  const element = document.querySelector(target) as Element;
  const tag = `<${element.localName} id="${element.id}">`;
  expect(errors).toEqual([
    `yesladder: cannot attach to ${tag}: ${why}. Nothing was attached; it works as before.`,
  ]);
  expect(handle.error?.message).toBe(errors[0]);
  expect(document.querySelector('[data-yesladder-host]')).toBeNull();
  expect(send()).toBe(true);
});

test('a bad config or a missing target is refused as mount refuses it, and the form still posts', () => {
  attached('#hero', { id: 'x', steps: [] });
  attached('#nowhere', emailFirst);
  expect(errors).toHaveLength(2);
  expect(errors[0]).toContain('yesladder: the config of form "x" has');
  expect(errors[1]).toBe('yesladder: attach target "#nowhere" matches no element on this page.');
  expect(send()).toBe(true);
});

test('sent, the page’s fields are the first step’s answers: the lead is kept with the hidden ones, and the popover opens at step 2', async () => {
  const onSubmit = vi.fn();
  const events: YesLadderEvent[] = [];
  attached('#hero', emailFirst, { onSubmit, onEvent: (event) => events.push(event) });
  field('email').value = 'ada@example.com';
  field('agree').checked = true;
  expect(send()).toBe(false);
  expect(popover()?.hidden).toBe(false);
  expect(popover()?.querySelector('h2')?.textContent).toBe('About you');
  await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
  expect(onSubmit.mock.calls[0]?.[0]).toEqual({ email: 'ada@example.com', agree: true, source: 'hero' });
  expect(onSubmit.mock.calls[0]?.[1]).toMatchObject({ submission: 'lead', stepId: 'email' });
  expect(events.map((event) => `${event.name}:${event.step_id}`)).toEqual([
    'form_view:email',
    'step_view:email',
    'step_complete:email',
    'lead_capture:email',
    'step_view:about',
  ]);
  // The host sits right after the page's form and takes no room in its layout.
  expect(form().nextElementSibling?.hasAttribute('data-yesladder-host')).toBe(true);
  expect((form().nextElementSibling as HTMLElement).style.display).toBe('contents');
});

test('every kind of the page’s controls is read as its field kind would have it', async () => {
  document.body.innerHTML = `<form id="hero">
    <select name="plan"><option value="">Choose</option><option value="pro">Pro</option></select>
    <input type="radio" name="size" value="s"><input type="radio" name="size" value="m">
    <input type="number" name="seats">
    <input type="checkbox" name="topics" value="seo"><input type="checkbox" name="topics" value="ads">
    <textarea name="note"></textarea><button>Go</button></form>`;
  const onSubmit = vi.fn();
  attached(
    '#hero',
    {
      id: 'kinds',
      steps: [
        {
          id: 'first',
          lead: true,
          fields: [
            { name: 'plan', type: 'select', options: ['pro'] },
            { name: 'size', type: 'choice', options: ['s', 'm'] },
            { name: 'seats', type: 'number' },
            { name: 'topics', type: 'checkbox', options: ['seo', 'ads'] },
            { name: 'note', type: 'textarea' },
          ],
        },
        { id: 'more', fields: [{ name: 'name', label: 'Name' }] },
        { id: 'thanks', type: 'thanks' },
      ],
    },
    { onSubmit },
  );
  (form().elements.namedItem('plan') as HTMLSelectElement).value = 'pro';
  (form().querySelector('[name=size][value=m]') as HTMLInputElement).checked = true;
  field('seats').value = '3';
  (form().querySelector('[name=topics][value=ads]') as HTMLInputElement).checked = true;
  (form().elements.namedItem('note') as HTMLTextAreaElement).value = 'Hello';
  expect(send()).toBe(false);
  await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
  expect(onSubmit.mock.calls[0]?.[0]).toEqual({
    plan: 'pro',
    size: 'm',
    seats: 3,
    topics: ['ads'],
    note: 'Hello',
  });
});

test('an answer our checks refuse stays on the page, said on the page’s field until the person types', () => {
  const onSubmit = vi.fn();
  attached('#hero', emailFirst, { onSubmit });
  field('email').value = 'ada@';
  expect(send()).toBe(false);
  expect(field('email').validationMessage).toBe('Enter an email address like name@example.com.');
  expect(field('agree').validationMessage).toBe('Please tick this box to continue.');
  expect(popover()?.hidden).toBe(true);
  expect(onSubmit).not.toHaveBeenCalled();
  field('email').dispatchEvent(new Event('input', { bubbles: true }));
  expect(field('email').validity.customError).toBe(false);
  expect(field('agree').validity.customError).toBe(false);
});

test('what the page knows already (prefill) fills the page’s empty field; the first step is never skipped', () => {
  const onSubmit = vi.fn();
  const events: YesLadderEvent[] = [];
  attached(
    '#hero',
    { ...emailFirst, skipPrefilled: true },
    { onSubmit, prefill: { email: 'ada@example.com', agree: true }, onEvent: (event) => events.push(event) },
  );
  expect(field('email').value).toBe('ada@example.com');
  expect(events.map((event) => `${event.name}:${event.step_id}`)).toEqual([
    'form_view:email',
    'step_view:email',
  ]);
  expect(onSubmit).not.toHaveBeenCalled();
});

test('open() before the first step is sent puts the person on the page’s field; destroy() gives the form back', () => {
  const handle = attached('#hero', emailFirst);
  handle.open();
  expect(document.activeElement).toBe(field('email'));
  expect(popover()?.hidden).toBe(true);
  handle.destroy();
  expect(document.querySelector('[data-yesladder-host]')).toBeNull();
  field('email').value = 'ada@example.com';
  expect(send()).toBe(true);
});

test("data-yesladder-attach, yesladder('attach', …) and the npm attach attach once each, and a second scan does nothing", async () => {
  document.body.innerHTML = `${HERO}<script type="application/json" id="cfg">${JSON.stringify(emailFirst)}</script>`;
  form().setAttribute('data-yesladder-attach', '#cfg');
  const handles = autoMount();
  made.push(...handles);
  expect(handles).toHaveLength(1);
  expect(autoMount()).toEqual([]);
  expect(form().hasAttribute('data-yesladder-mounted')).toBe(true);

  const command = createGlobal();
  made.push(command('attach', '#start', guide) as FormHandle);
  expect(command('attach', '#start', guide)).toBeUndefined();
  expect(document.querySelectorAll('[data-yesladder-host]')).toHaveLength(2);
  (document.getElementById('start') as HTMLAnchorElement).click();
  const modalOrPopover = document.querySelectorAll('[data-yesladder-host]')[1]?.shadowRoot;
  expect(modalOrPopover?.querySelector('h2')?.textContent).toBe('Where should we send it?');

  // The npm attach loads the runtime first; the page's form works untouched until it runs.
  for (const handle of made.splice(0)) handle.destroy();
  document.body.innerHTML = HERO;
  const npm = attach('#hero', emailFirst);
  made.push(npm);
  expect(document.querySelector('[data-yesladder-host]')).toBeNull();
  await npm.ready;
  expect(npm.error).toBeUndefined();
  field('email').value = 'ada@example.com';
  field('agree').checked = true;
  expect(send()).toBe(false);
  expect(npm.answers()).toMatchObject({ email: 'ada@example.com' });
});

test('the npm attach whose runtime cannot load leaves the form posting to its own action', async () => {
  const handle = splitMount('#hero', emailFirst, {}, () => Promise.reject(new Error('offline')), true);
  await handle.ready;
  expect(handle.error?.message).toContain('could not load');
  expect(document.querySelector('[data-yesladder-host]')).toBeNull();
  expect(send()).toBe(true);
});
