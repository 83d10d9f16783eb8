import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { TOUCH_KEY } from '../../src/attribution/first-touch';
import { mount } from '../../src/embed/mount';
import { mount as splitMount } from '../../src/embed/split-mount';
import type { SinkEvent, YesLadderEvent } from '../../src/events/types';
import { defineForm } from '../../src/schema/define-form';

const ads = defineForm({
  id: 'ads',
  steps: [
    { id: 'start', type: 'cta', title: 'Get the guide', button: 'Get it' },
    {
      id: 'email',
      lead: true,
      button: 'Send',
      fields: [
        { name: 'email', type: 'email', label: 'Email', required: true },
        { name: 'utm_source', type: 'hidden', from: 'query' },
        { name: 'utm_medium', type: 'hidden', from: 'query', value: 'none' },
        { name: 'click_id', type: 'hidden', from: 'query:gclid' },
        { name: 'came_from', type: 'hidden', from: 'referrer' },
        { name: 'first_page', type: 'hidden', from: 'landing' },
      ],
    },
    { id: 'role', type: 'choice', title: 'You are a…', options: ['Owner', 'Freelancer'], track: true },
    { id: 'thanks', type: 'thanks', title: 'Thanks!' },
  ],
});

const landing = `${location.origin}/?utm_source=news&gclid=abc`;
const attribution = {
  utm_source: 'news',
  utm_medium: 'none',
  click_id: 'abc',
  came_from: 'https://news.example/story',
  first_page: landing,
};

beforeEach(() => {
  document.body.innerHTML = '<div id="signup"></div>';
  window.history.replaceState(null, '', '/?utm_source=news&gclid=abc#top');
  vi.spyOn(document, 'referrer', 'get').mockReturnValue('https://news.example/story');
});
afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

const shadow = () =>
  within(document.querySelector('[data-yesladder-host]')?.shadowRoot as unknown as HTMLElement);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const mountAds = () => {
  const local: YesLadderEvent[] = [];
  const sent: SinkEvent[] = [];
  const submissions: { submission: string; answers: unknown }[] = [];
  const handle = mount('#signup', ads, {
    onSubmit: (answers, meta) => void submissions.push({ submission: meta.submission, answers }),
    sessionId: 'session-1',
    onEvent: (event) => void local.push(event),
    sinks: [(event) => void sent.push(event)],
  });
  return { handle, local, sent, submissions };
};

test('a person from an ad: the submissions carry the attribution, the events do not', async () => {
  const { local, sent, submissions } = mountAds();
  fireEvent.click(shadow().getByRole('button', { name: 'Get it' }));
  fireEvent.input(shadow().getByLabelText(/Email/), { target: { value: 'ada@example.com' } });
  fireEvent.click(shadow().getByRole('button', { name: 'Send' }));
  await settle();
  // On the next step the draft was saved: without any of them.
  expect(JSON.parse(localStorage.getItem('yesladder:draft:ads') ?? '{}').answers).toEqual({
    email: 'ada@example.com',
  });
  fireEvent.click(shadow().getByRole('button', { name: 'Freelancer' }));
  await settle();

  expect(shadow().getByRole('heading', { name: 'Thanks!' })).toBeTruthy();
  expect(submissions).toEqual([
    { submission: 'lead', answers: { email: 'ada@example.com', ...attribution } },
    { submission: 'final', answers: { email: 'ada@example.com', ...attribution, role: 'Freelancer' } },
  ]);
  for (const events of [local, sent]) {
    expect(events.map((event) => event.name)).toContain('form_submit');
    const payloads = JSON.stringify(events);
    for (const value of ['news', 'abc', 'none', landing]) expect(payloads).not.toContain(value);
    expect(events.find((event) => event.name === 'form_submit')).toHaveProperty('values', {
      role: 'Freelancer',
    });
  }
  expect(shadow().queryByText('news')).toBeNull();
});

test('page 2 of the visit still carries page 1’s ad, kept in sessionStorage', async () => {
  mountAds().handle.destroy();
  expect(JSON.parse(sessionStorage.getItem(TOUCH_KEY) ?? '{}')).toMatchObject({
    'query:utm_source': 'news',
    'query:gclid': 'abc',
    referrer: 'https://news.example/story',
    landing,
  });
  localStorage.clear();
  window.history.replaceState(null, '', '/pricing?utm_source=footer');
  vi.spyOn(document, 'referrer', 'get').mockReturnValue(landing);
  const { handle } = mountAds();
  expect(handle.answers()).toEqual(attribution);
});

test('a tracked hidden field reaches the analytics sinks', async () => {
  const email = ads.steps[1];
  const tracked = defineForm({
    ...ads,
    steps: [
      ads.steps[0],
      { ...email, fields: email.fields.map((f) => (f.name === 'utm_source' ? { ...f, track: true } : f)) },
      ads.steps[2],
      ads.steps[3],
    ],
  });
  const sent: SinkEvent[] = [];
  mount('#signup', tracked, {
    sessionId: 's-1',
    sinks: [(event) => void sent.push(event)],
    onSubmit: () => {},
  });
  fireEvent.click(shadow().getByRole('button', { name: 'Get it' }));
  fireEvent.input(shadow().getByLabelText(/Email/), { target: { value: 'ada@example.com' } });
  fireEvent.click(shadow().getByRole('button', { name: 'Send' }));
  await settle();
  fireEvent.click(shadow().getByRole('button', { name: 'Freelancer' }));
  await settle();
  expect(sent.find((event) => event.name === 'step_complete' && event.step_id === 'email')).toHaveProperty(
    'values',
    { utm_source: 'news' },
  );
  expect(sent.find((event) => event.name === 'form_submit')).toHaveProperty('values', {
    utm_source: 'news',
    role: 'Freelancer',
  });
  expect(JSON.stringify(sent)).not.toContain('abc');
});

test('a page whose sessionStorage throws still gets this page’s values', () => {
  const blocked = {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  };
  const handle = mount('#signup', ads, { sessionStorage: blocked });
  expect(handle.error).toBeUndefined();
  expect(handle.answers()).toEqual(attribution);
});

test('the npm mount (first paint, then the runtime) fills them the same way', async () => {
  const handle = splitMount('#signup', ads);
  await handle.ready;
  expect(handle.answers()).toEqual(attribution);
});
