import { fireEvent, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import '../../src/element';
import { YesLadderElement } from '../../src/element/yes-ladder-element';
import type { YesLadderEvent } from '../../src/events/types';
import { freeGuide } from '../fixtures/free-guide';

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;
const other = { id: 'other', steps: [{ id: 'ask', title: 'Another question', fields: [{ name: 'x' }] }] };

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The forms inside `root`, as a person sees them: inside their shadow roots. */
const formsIn = (root: ParentNode = document) => [...root.querySelectorAll('[data-yesladder-host]')];
const form = (root: ParentNode = document) => {
  const host = formsIn(root)[0];
  if (!host?.shadowRoot) throw new Error('no form on the page');
  return within(host.shadowRoot as unknown as HTMLElement);
};

const ladder = () => document.querySelector('yes-ladder') as YesLadderElement;

test('mounts the form a config attribute points at, inside the element', () => {
  document.body.innerHTML = `<script type="application/json" id="cfg">${JSON.stringify(guide)}</script><yes-ladder config="#cfg"></yes-ladder>`;
  expect(ladder()).toBeInstanceOf(YesLadderElement);
  expect(formsIn(ladder())).toHaveLength(1);
  expect(form().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
});

test('mounts inline JSON written in the config attribute', () => {
  const element = document.createElement('yes-ladder');
  element.setAttribute('config', JSON.stringify(other));
  document.body.append(element);
  expect(form().getByRole('heading', { name: 'Another question' })).toBeTruthy();
});

test('mounts a config object set as the config property, and remounts when it changes', () => {
  const element = document.createElement('yes-ladder');
  element.config = guide;
  document.body.append(element);
  expect(form().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();

  element.config = other;
  expect(formsIn()).toHaveLength(1);
  expect(form().getByRole('heading', { name: 'Another question' })).toBeTruthy();
  expect(element.config).toBe(other);
});

test('remounts from the attribute when the attribute is set after the property', () => {
  document.body.innerHTML = `<script type="application/json" id="cfg">${JSON.stringify(other)}</script>`;
  const element = document.createElement('yes-ladder');
  element.config = guide;
  document.body.append(element);
  element.setAttribute('config', '#cfg');
  expect(formsIn()).toHaveLength(1);
  expect(form().getByRole('heading', { name: 'Another question' })).toBeTruthy();
});

test('removes the form when the element leaves the page, and brings it back when it returns', () => {
  const element = document.createElement('yes-ladder');
  element.config = guide;
  document.body.append(element);
  element.remove();
  expect(element.querySelector('[data-yesladder-host]')).toBeNull();

  document.body.append(element);
  expect(formsIn()).toHaveLength(1);
});

test('logs one console error and shows nothing for a config that is wrong', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const element = document.createElement('yes-ladder');
  expect(() => {
    element.config = { id: 'broken', steps: [] };
    document.body.append(element);
  }).not.toThrow();
  expect(error).toHaveBeenCalledTimes(1);
  expect(String(error.mock.calls[0]?.[0])).toMatch(/^yesladder: the config of form "broken"/);
  expect(formsIn()).toHaveLength(0);
});

test('logs one console error when the config attribute names no element', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  document.body.innerHTML = '<yes-ladder config="#nowhere"></yes-ladder>';
  expect(error).toHaveBeenCalledTimes(1);
  expect(String(error.mock.calls[0]?.[0])).toContain('<yes-ladder config="#nowhere"> matches no element');
  expect(formsIn()).toHaveLength(0);
});

test('logs one console error when the config JSON is broken', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  document.body.innerHTML =
    '<script type="application/json" id="cfg">{ "id": </script><yes-ladder config="#cfg"></yes-ladder>';
  expect(error).toHaveBeenCalledTimes(1);
  expect(String(error.mock.calls[0]?.[0])).toContain(
    'yesladder: the config in <yes-ladder config="#cfg"> is not valid JSON',
  );
});

test('treats an object a framework wrote as the attribute as a config error, not a crash', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const element = document.createElement('yes-ladder');
  element.setAttribute('config', '[object Object]');
  expect(() => document.body.append(element)).not.toThrow();
  expect(error).toHaveBeenCalledTimes(1);
});

test('takes over a config property set before the element was defined', () => {
  const element = document.createElement('late-ladder') as YesLadderElement;
  element.config = other;
  document.body.append(element);
  customElements.define('late-ladder', class extends YesLadderElement {});
  expect(formsIn()).toHaveLength(1);
  expect(form().getByRole('heading', { name: 'Another question' })).toBeTruthy();
});

test('lets the page hear each event as a bubbling DOM event, up to the document', async () => {
  const heard: string[] = [];
  document.addEventListener('yesladder:lead_capture', (event) => heard.push(`lead:${event.detail.step_id}`));
  document.addEventListener('yesladder:event', (event: CustomEvent<YesLadderEvent>) =>
    heard.push(event.detail.name),
  );
  const element = document.createElement('yes-ladder');
  element.config = guide;
  document.body.append(element);

  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  fireEvent.input(form().getByLabelText(/Where should we send it/), { target: { value: 'ada@example.com' } });
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  await settle();
  expect(heard).toEqual(expect.arrayContaining(['form_view', 'step_complete', 'lead_capture', 'lead:email']));
  expect(heard.filter((name) => name === 'lead:email')).toHaveLength(1);
});

test('answers() and goTo() reach the mounted form', () => {
  const element = document.createElement('yes-ladder') as YesLadderElement<typeof guide>;
  element.config = guide;
  document.body.append(element);
  element.goTo('email');
  fireEvent.input(form().getByLabelText(/Where should we send it/), { target: { value: 'ada@example.com' } });
  expect(element.answers()).toEqual({ email: 'ada@example.com' });
});

test('answers(), goTo(), open() and close() do nothing before the form is mounted', () => {
  const element = document.createElement('yes-ladder');
  expect(element.answers()).toEqual({});
  expect(() => {
    element.goTo('email');
    element.open();
    element.close();
  }).not.toThrow();
});

test('importing the element entry twice defines <yes-ladder> once', async () => {
  // @ts-expect-error -- a query string makes a second module instance, like a second copy on a page
  await expect(import('../../src/element.ts?again')).resolves.toBeDefined();
  expect(customElements.get('yes-ladder')).toBe(YesLadderElement);
});
