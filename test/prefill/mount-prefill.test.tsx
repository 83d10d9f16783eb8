import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, expectTypeOf, test, vi } from 'vitest';
import { autoMount } from '../../src/embed/auto-mount';
import { createCommand } from '../../src/embed/command-queue';
import type { FormHandle } from '../../src/embed/form-handle';
import * as runtime from '../../src/embed/mount';
import type { MountOptions } from '../../src/embed/mount-options';
import type { SinkEvent, YesLadderEvent } from '../../src/events/types';
import type { YesLadderProps } from '../../src/react/yes-ladder';
import { type AnswersOf, defineForm } from '../../src/schema/define-form';
import type { AnswerMap } from '../../src/schema/model';
import { freeGuide } from '../fixtures/free-guide';

// Prefill as a person and the page see it: fields filled from the URL, the mount API and a
// tag's data-prefill; with skipPrefilled, the steps already answered passed over.

const { submit: _url, analytics: _sinks, ...plain } = freeGuide;
const guide = defineForm({ ...plain, prefill: { query: true }, skipPrefilled: true });

const made: FormHandle[] = [];
const keep = (form: FormHandle | undefined) => {
  if (form) made.push(form);
  return form as FormHandle;
};

beforeEach(() => {
  document.body.innerHTML = '<div id="signup"></div>';
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  for (const form of made.splice(0)) form.destroy();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

const visit = (search: string) => window.history.replaceState(null, '', `/landing${search}`);
const form = (where = '#signup') => {
  const root = document.querySelector(`${where} [data-yesladder-host]`)?.shadowRoot;
  if (!root) throw new Error(`no form in ${where}`);
  return within(root as unknown as HTMLElement);
};
const emailBox = (where?: string) =>
  form(where).getByLabelText(/Where should we send it/) as HTMLInputElement;
const warnings = () => vi.mocked(console.warn).mock.calls.map(([first]) => String(first));

const mountGuide = (config: unknown = guide, options: Parameters<typeof runtime.mount>[2] = {}) => {
  const events: YesLadderEvent[] = [];
  const sent: SinkEvent[] = [];
  const submissions: { submission: string; answers: unknown }[] = [];
  const handle = keep(
    runtime.mount('#signup', config, {
      onSubmit: (answers, meta) => void submissions.push({ submission: meta.submission, answers }),
      onEvent: (event) => void events.push(event),
      sinks: [(event) => void sent.push(event)],
      ...options,
    }),
  );
  return { handle, events, sent, submissions };
};

test('from a link with ?email=, the CTA leads straight past the email step, the lead sent', async () => {
  visit('?email=ada%40example.com');
  const { events, sent, submissions } = mountGuide();
  expect(form().getByText('Step 1 of 2')).toBeTruthy();
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  await new Promise((resolve) => setTimeout(resolve, 0));

  expect(form().getByRole('heading', { name: 'Help us tailor it' })).toBeTruthy();
  expect(form().getByText('Step 2 of 2')).toBeTruthy();
  expect(submissions).toEqual([{ submission: 'lead', answers: { email: 'ada@example.com' } }]);
  const skipped = { name: 'step_complete', step_id: 'email', duration_ms: 0, skipped: true };
  expect(events.find((event) => event.step_id === 'email' && event.name === 'step_complete')).toMatchObject(
    skipped,
  );
  expect(sent.find((event) => event.step_id === 'email' && event.name === 'step_complete')).toMatchObject(
    skipped,
  );
  expect(events.filter((event) => event.name === 'step_view').map((event) => event.step_id)).toEqual([
    'start',
    'about',
  ]);
  // The email is personal data: no event carries it.
  expect(JSON.stringify([events, sent])).not.toContain('ada@example.com');
});

test('Back from the step after a skipped one lands on the step before it', () => {
  visit('?email=ada%40example.com');
  mountGuide();
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  fireEvent.click(form().getByRole('button', { name: 'Back' }));
  expect(form().getByRole('heading', { name: 'Get your free guide' })).toBeTruthy();
  expect(form().getByText('Step 1 of 2')).toBeTruthy();
  // Nothing was shown before the first step: no Back there.
  expect(form().queryByRole('button', { name: 'Back' })).toBeNull();
});

test('skipPrefilled: false shows the prefilled step, its field filled in and changeable', () => {
  visit('?email=ada%40example.com');
  const { handle } = mountGuide({ ...guide, skipPrefilled: false });
  expect(form().getByText('Step 1 of 3')).toBeTruthy();
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  expect(emailBox().value).toBe('ada@example.com');
  fireEvent.input(emailBox(), { target: { value: 'grace@example.com' } });
  expect(handle.answers().email).toBe('grace@example.com');
});

test('only the fields listed in prefill.query are read from the URL', () => {
  visit('?email=ada%40example.com&name=Ada');
  const { handle } = mountGuide({ ...guide, prefill: { query: ['name'] }, skipPrefilled: false });
  expect(handle.answers()).toEqual({ name: 'Ada' });
});

test('the mount API prefills, and wins over the URL', () => {
  visit('?email=url%40example.com&name=Url');
  const { handle } = mountGuide(
    { ...guide, skipPrefilled: false },
    { prefill: { email: 'app@example.com', role: 'Freelancer' } },
  );
  expect(handle.answers()).toEqual({ email: 'app@example.com', name: 'Url', role: 'Freelancer' });
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  expect(emailBox().value).toBe('app@example.com');
});

test('the mount API’s prefill is typed from the config', () => {
  type Prefill = NonNullable<MountOptions<AnswersOf<typeof guide>>['prefill']>;
  expectTypeOf<Prefill>().toEqualTypeOf<
    Readonly<{ email?: string; name?: string; role?: 'Business owner' | 'Freelancer'; phone?: string }>
  >();
  // The React and Preact components take it as a prop, typed the same.
  expectTypeOf<NonNullable<YesLadderProps<typeof guide>['prefill']>>().toEqualTypeOf<Prefill>();
  // What the runtime reads, whatever the config: any answers.
  expectTypeOf<NonNullable<MountOptions<never>['prefill']>>().toEqualTypeOf<AnswerMap>();
});

test('unknown names and wrong types are left out with one warning, and the form still works', () => {
  const { handle } = mountGuide(guide, {
    prefill: { emial: 'ada@example.com', email: 42, role: 'CEO', name: 'Ada' } as never,
  });
  expect(handle.error).toBeUndefined();
  expect(handle.answers()).toEqual({ name: 'Ada' });
  expect(warnings()).toEqual([
    'yesladder: form "free-guide" left out prefill: no field is named "emial" (field names are: email, name, role, phone); "email", "role" would refuse the value given.',
  ]);
  expect(warnings().join()).not.toContain('ada@example.com');
  expect(form().getByRole('button', { name: 'Get the guide' })).toBeTruthy();
});

const secrets = defineForm({
  id: 'account',
  prefill: { query: true },
  steps: [
    {
      id: 'you',
      fields: [
        { name: 'email', type: 'email', label: 'Email' },
        { name: 'pin', label: 'PIN' },
        { name: 'notes', label: 'Notes', sensitive: true },
      ],
    },
  ],
});

test('sensitive and password-like fields are never filled from the URL, but may be by the page', () => {
  visit('?email=ada%40example.com&pin=1234&notes=private');
  const fromUrl = mountGuide(secrets);
  expect(fromUrl.handle.answers()).toEqual({ email: 'ada@example.com' });
  fromUrl.handle.destroy();
  const fromPage = mountGuide(secrets, { prefill: { pin: '1234', notes: 'private' } });
  expect(fromPage.handle.answers()).toEqual({ email: 'ada@example.com', pin: '1234', notes: 'private' });
});

test('a draft on the device wins over the URL and the mount API', () => {
  localStorage.setItem(
    'yesladder:draft:free-guide',
    JSON.stringify({
      v: 1,
      at: Date.now(),
      history: ['start', 'email'],
      answers: { email: 'own@example.com' },
    }),
  );
  visit('?email=url%40example.com&name=Url');
  const { handle } = mountGuide(guide, { prefill: { email: 'app@example.com' } });
  expect(handle.answers()).toEqual({ email: 'own@example.com', name: 'Url' });
  expect(emailBox().value).toBe('own@example.com');
});

test('a data-prefill on the script tag prefills its form', () => {
  document.body.innerHTML = `<script type="application/json" id="cfg">${JSON.stringify(guide)}</script>
    <div id="signup"></div>
    <script id="tag" data-config="#cfg" data-target="#signup" data-prefill='{"email":"ada@example.com"}'></script>`;
  const [handle] = autoMount(document.querySelector('#tag') as HTMLScriptElement);
  keep(handle);
  expect(handle?.answers()).toEqual({ email: 'ada@example.com' });
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  expect(form().getByRole('heading', { name: 'Help us tailor it' })).toBeTruthy();
});

test('a data-prefill on a placeholder prefills its form; broken JSON is one error and no prefill', () => {
  document.body.innerHTML = `<script type="application/json" id="cfg">${JSON.stringify({ ...guide, skipPrefilled: false })}</script>
    <div id="one" data-yesladder="#cfg" data-prefill='{"name":"Ada"}'></div>
    <div id="two" data-yesladder="#cfg" data-prefill='{"name":'></div>`;
  const handles = autoMount();
  for (const handle of handles) keep(handle);
  expect(handles.map((handle) => handle.answers())).toEqual([{ name: 'Ada' }, {}]);
  const errors = vi.mocked(console.error).mock.calls.map(([first]) => String(first));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^yesladder: data-prefill is not valid JSON/);
});

test('yesladder(‘mount’, target, config, { prefill }) prefills', () => {
  const handle = keep(createCommand()('mount', '#signup', guide, { prefill: { email: 'ada@example.com' } }));
  expect(handle.answers()).toEqual({ email: 'ada@example.com' });
});
