import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type FormHandle, mount } from '../../src/embed/mount';
import type { YesLadderEvent } from '../../src/events/types';
import { callbackSink } from '../../src/sinks/callback';

// The privacy guard of issue 4: a whole funnel through every built-in sink (from the config,
// each its own lazy chunk) and both kinds of sink passed to mount, then every payload any of
// them received is searched for what the person typed. Only the `track: true` answer may be there.

const secrets = {
  email: 'grace.privacy@example.org',
  badEmail: 'not-an-email-qqq',
  name: 'Grace Hopper-Quux',
  phone: '+1 202 555 0143',
  plan: 'my secret plan xyzzy',
};
/** Pieces of the secrets that would betray a partial or reformatted leak. */
const fragments = ['grace.privacy', 'hopper-quux', 'quux', '555 0143', '5550143', 'xyzzy', 'qqq'];
const tracked = 'Quantum Gardener';

const privacyForm = {
  id: 'privacy-guard',
  variant: 'guard-v1',
  steps: [
    { id: 'start', type: 'cta', title: 'Plan with us', button: 'Begin' },
    {
      id: 'contact',
      lead: true,
      button: 'Next',
      fields: [
        { name: 'email', type: 'email', label: 'Work email', required: true },
        { name: 'name', type: 'text', label: 'Full name' },
      ],
    },
    {
      id: 'details',
      button: 'Finish',
      fields: [
        { name: 'phone', type: 'tel', label: 'Phone' },
        { name: 'plan', type: 'textarea', label: 'Your plan' },
        { name: 'role', type: 'choice', label: 'Role', options: [tracked, 'Other'], track: true },
      ],
    },
    // A hash href: following it keeps happy-dom on this page.
    { id: 'thanks', type: 'thanks', title: 'All done', next: { label: 'See more', href: '#more' } },
  ],
  analytics: [
    { type: 'dataLayer' },
    { type: 'segment' },
    { type: 'posthog' },
    { type: 'plausible' },
    { type: 'meta' },
    { type: 'beacon', url: '/collect', batchSize: 5 },
    { type: 'console' },
  ],
};

/** Everything each sink, fake page tool and in-page listener was handed. */
const received: Record<string, unknown[]> = {};
const recorder =
  (name: string) =>
  (...args: unknown[]) => {
    const calls = received[name] ?? [];
    calls.push(args);
    received[name] = calls;
  };
let handle: FormHandle | undefined;

beforeEach(() => {
  for (const key of Object.keys(received)) delete received[key];
  document.body.innerHTML = '<div id="signup"></div>';
  vi.stubGlobal('dataLayer', []);
  vi.stubGlobal('gtag', recorder('gtag'));
  vi.stubGlobal('analytics', { track: recorder('segment') });
  vi.stubGlobal('posthog', { capture: recorder('posthog') });
  vi.stubGlobal('plausible', recorder('plausible'));
  vi.stubGlobal('fbq', recorder('meta'));
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string, body: string) => {
      recorder('beacon')(url, body);
      return true;
    },
  });
  vi.spyOn(console, 'debug').mockImplementation(recorder('console'));
});

afterEach(() => {
  handle?.destroy();
  handle = undefined;
  delete (navigator as { sendBeacon?: unknown }).sendBeacon;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const form = () => {
  const root = document.querySelector('#signup > [data-yesladder-host]')?.shadowRoot;
  if (!root) throw new Error('no form on the page');
  return within(root as unknown as HTMLElement);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const typeInto = (label: RegExp, value: string) =>
  fireEvent.input(form().getByLabelText(label), { target: { value } });
const beaconLines = () =>
  (received.beacon ?? []).flatMap((call) => String((call as unknown[])[1]).split('\n'));
const dataLayerEvents = () =>
  (globalThis as unknown as { dataLayer: { event?: string }[] }).dataLayer.filter((entry) => entry.event);

/** The whole funnel, refused once on the email, with every secret typed where it belongs. */
const runFunnel = async () => {
  const answers: unknown[] = [];
  const dom: unknown[] = [];
  const listener = (event: Event) => dom.push((event as CustomEvent<YesLadderEvent>).detail);
  document.addEventListener('yesladder:event', listener);
  handle = mount('#signup', privacyForm, {
    sessionId: 'privacy-session',
    sinks: [callbackSink(recorder('callback')), recorder('function')],
    onEvent: recorder('onEvent'),
    onSubmit: (values) => {
      answers.push(values);
    },
  });
  handle.on('*', recorder('on'));

  fireEvent.click(form().getByRole('button', { name: 'Begin' }));
  typeInto(/Work email/, secrets.badEmail);
  typeInto(/Full name/, secrets.name);
  fireEvent.click(form().getByRole('button', { name: 'Next' }));
  expect(
    form()
      .getByLabelText(/Work email/)
      .getAttribute('aria-invalid'),
  ).toBe('true');
  typeInto(/Work email/, secrets.email);
  fireEvent.click(form().getByRole('button', { name: 'Next' }));
  await settle();
  typeInto(/Phone/, secrets.phone);
  typeInto(/Your plan/, secrets.plan);
  fireEvent.click(form().getByLabelText(tracked));
  fireEvent.click(form().getByRole('button', { name: 'Finish' }));
  await settle();
  fireEvent.click(form().getByRole('link', { name: 'See more' }));
  document.removeEventListener('yesladder:event', listener);
  received.dom = dom;
  return answers;
};

const sinkNames = [
  'callback',
  'function',
  'dataLayer',
  'gtag',
  'segment',
  'posthog',
  'plausible',
  'meta',
  'beacon',
  'console',
];
const inPage = ['on', 'onEvent', 'dom'];

/** Every sink has everything the form emitted (the config's sinks load lazily; beacon batches by 5). */
const deliveredEverywhere = async () => {
  const total = (received.callback ?? []).length;
  expect(total).toBe(12);
  await vi.waitFor(() => {
    for (const name of ['segment', 'posthog', 'plausible', 'meta', 'gtag', 'console'])
      expect(received[name] ?? [], name).toHaveLength(total);
    expect(dataLayerEvents()).toHaveLength(total);
    expect(beaconLines()).toHaveLength(10);
  });
  // The last two wait in the beacon's batch until the page is left.
  window.dispatchEvent(new Event('pagehide'));
  expect(beaconLines()).toHaveLength(total);
  received.dataLayer = (globalThis as unknown as { dataLayer: unknown[] }).dataLayer;
};

test('the funnel really carried every secret into the form, and every sink received every event', async () => {
  const answers = await runFunnel();
  expect(answers.at(-1)).toEqual({
    email: secrets.email,
    name: secrets.name,
    phone: secrets.phone,
    plan: secrets.plan,
    role: tracked,
  });
  expect((received.callback ?? []).map((call) => (call as [YesLadderEvent])[0].name)).toEqual([
    'form_view',
    'step_view',
    'step_complete',
    'step_view',
    'field_invalid',
    'step_complete',
    'lead_capture',
    'step_view',
    'step_complete',
    'form_submit',
    'step_view',
    'next_step_click',
  ]);
  await deliveredEverywhere();
  for (const name of sinkNames) expect((received[name] ?? []).length, name).toBeGreaterThan(0);
  expect(received.function).toEqual(received.callback);
  expect(received.meta?.some((call) => (call as unknown[])[1] === 'Lead')).toBe(true);
  expect(dataLayerEvents().map((entry) => entry.event)).toContain('generate_lead');
});

test('no sink payload and no in-page event carries a typed value, whole, lowercased, URL-encoded or in part', async () => {
  await runFunnel();
  await deliveredEverywhere();
  const leaks = new Set<string>();
  for (const name of [...sinkNames, ...inPage]) {
    const payload = JSON.stringify(received[name]);
    const haystacks = [payload, payload.toLowerCase()];
    for (const secret of Object.values(secrets)) {
      for (const needle of [secret, secret.toLowerCase(), encodeURIComponent(secret)])
        if (haystacks.some((hay) => hay.includes(needle))) leaks.add(`${name}: ${needle}`);
    }
    for (const fragment of fragments) if (haystacks[1]?.includes(fragment)) leaks.add(`${name}: ${fragment}`);
  }
  expect([...leaks]).toEqual([]);
  // The refused email still reached the sinks as a field name and an issue code.
  const invalid = received.callback?.find((call) => (call as [YesLadderEvent])[0].name === 'field_invalid');
  expect((invalid as [YesLadderEvent])[0]).toMatchObject({ field: 'email', error_code: 'invalid_email' });
});

test('the answer of a track: true field reaches every sink', async () => {
  await runFunnel();
  await deliveredEverywhere();
  const submitted = received.callback?.find((call) => (call as [YesLadderEvent])[0].name === 'form_submit');
  expect((submitted as [Record<string, unknown>])[0]?.values).toEqual({ role: tracked });
  expect(dataLayerEvents().find((entry) => entry.event === 'yesladder_form_submit')).toMatchObject({
    values: { role: tracked },
  });
  for (const name of sinkNames) expect(JSON.stringify(received[name]), name).toContain(tracked);
});
