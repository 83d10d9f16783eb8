import { expect, test } from 'vitest';
import { resolveHidden } from '../../src/attribution/resolve-hidden';
import { draftToJson } from '../../src/draft/draft-json';
import { toSinkEvent } from '../../src/events/pii';
import { initialState } from '../../src/flow/initial-state';
import { restoredState } from '../../src/flow/restore';
import { defineForm } from '../../src/schema/define-form';
import { parseFormOrThrow } from '../../src/schema/parse-form';
import { play } from '../flow/play';

const ad = {
  url: 'https://shop.example/?utm_source=news&gclid=abc123',
  referrer: 'https://news.example/story',
};

const funnel = (trackSource = false) =>
  defineForm({
    id: 'ads',
    steps: [
      { id: 'start', type: 'cta', title: 'Get the guide' },
      {
        id: 'email',
        lead: true,
        fields: [
          { name: 'email', type: 'email', required: true },
          { name: 'utm_source', type: 'hidden', from: 'query', track: trackSource },
          { name: 'click_id', type: 'hidden', from: 'query:gclid' },
          { name: 'came_from', type: 'hidden', from: 'referrer' },
          { name: 'first_page', type: 'hidden', from: 'landing' },
        ],
      },
      { id: 'role', type: 'choice', options: ['Owner', 'Freelancer'], track: true },
      { id: 'thanks', type: 'thanks' },
    ],
  });

const attribution = {
  utm_source: 'news',
  click_id: 'abc123',
  came_from: 'https://news.example/story',
  first_page: 'https://shop.example/?utm_source=news&gclid=abc123',
};

/** The whole funnel, from the page above, to the thanks step. */
const walk = (config: ReturnType<typeof funnel>) => {
  const form = parseFormOrThrow(config);
  const start = initialState(form, 'session-1', resolveHidden(form, ad));
  const run = play(
    config,
    [
      { type: 'start' },
      { type: 'next' },
      { type: 'answer', name: 'email', value: 'ada@example.com' },
      { type: 'next' },
      { type: 'choose', name: 'role', value: 'Freelancer' },
      { type: 'submitted', submission: 'final' },
    ],
    start,
  );
  // What a sink receives: the PII guard has passed over each event.
  return { ...run, form, sent: run.events.map((event) => toSinkEvent(form, event)) };
};

test('the values travel in the lead and the final submission', () => {
  const { submits } = walk(funnel());
  expect(submits).toEqual([
    expect.objectContaining({
      submission: 'lead',
      answers: { email: 'ada@example.com', ...attribution },
    }),
    expect.objectContaining({
      submission: 'final',
      answers: { email: 'ada@example.com', ...attribution, role: 'Freelancer' },
    }),
  ]);
});

test('without track, no analytics event carries any of them', () => {
  const { sent, state } = walk(funnel());
  expect(state.status).toBe('done');
  const payloads = JSON.stringify(sent);
  for (const value of ['news', 'abc123', 'news.example', 'shop.example', 'utm_source', 'click_id'])
    expect(payloads).not.toContain(value);
  expect(sent.find((event) => event.name === 'form_submit')).toHaveProperty('values', { role: 'Freelancer' });
});

test('with track: true, the field goes to step_complete and form_submit like any tracked field', () => {
  const { sent } = walk(funnel(true));
  const emailDone = sent.find((event) => event.name === 'step_complete' && event.step_id === 'email');
  expect(emailDone).toHaveProperty('values', { utm_source: 'news' });
  expect(sent.find((event) => event.name === 'form_submit')).toHaveProperty('values', {
    utm_source: 'news',
    role: 'Freelancer',
  });
  expect(JSON.stringify(sent)).not.toContain('abc123');
});

test('a saved draft never holds them, and a restored form takes them from the page again', () => {
  const config = funnel();
  const form = parseFormOrThrow(config);
  const run = play(
    config,
    [{ type: 'start' }, { type: 'next' }, { type: 'answer', name: 'email', value: 'ada@example.com' }],
    initialState(form, 's', resolveHidden(form, ad)),
  );
  const draft = JSON.parse(draftToJson(run.state, 5000));
  expect(draft.answers).toEqual({ email: 'ada@example.com' });

  const later = resolveHidden(form, { url: 'https://shop.example/?utm_source=other', referrer: '' });
  const restored = restoredState(form, 's2', draft, later);
  expect(restored.answers).toEqual({
    email: 'ada@example.com',
    utm_source: 'other',
    click_id: '',
    came_from: '',
    first_page: 'https://shop.example/?utm_source=other',
  });
});
