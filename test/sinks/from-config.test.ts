import { afterEach, expect, test, vi } from 'vitest';
import type { SinkObject } from '../../src/events/sink';
import { sinksFromConfig as lazy } from '../../src/sinks/from-config';
import { sinksFromConfig as inline } from '../../src/sinks/from-config.inline';
import { sampleEvent } from './event';

const holder = globalThis as Record<string, unknown>;

afterEach(() => {
  vi.unstubAllGlobals();
  delete holder.yl_layer;
});

const every = [
  { type: 'console' },
  { type: 'dataLayer' },
  { type: 'beacon', url: '/e' },
  { type: 'segment' },
  { type: 'posthog' },
  { type: 'plausible' },
  { type: 'meta' },
] as const;

for (const [label, sinksFromConfig] of [
  ['lazy (npm)', lazy],
  ['inline (script tag)', inline],
] as const) {
  test(`${label}: builds one sink per analytics entry, in order, named by its type`, () => {
    const sinks = sinksFromConfig(every) as SinkObject[];
    expect(sinks.map((sink) => sink.name)).toEqual(every.map((config) => config.type));
    for (const sink of sinks) sink.destroy?.();
  });

  test(`${label}: passes the data layer's global name through`, async () => {
    const [sink] = sinksFromConfig([{ type: 'dataLayer', global: 'yl_layer', gtag: false }]) as SinkObject[];
    sink?.send(sampleEvent());
    await vi.waitFor(() => expect(holder.yl_layer).toHaveLength(1));
    expect((holder.yl_layer as { event: string }[])[0]?.event).toBe('yesladder_step_view');
  });

  test(`${label}: passes the beacon url and batch size through`, async () => {
    const sendBeacon = vi.fn(() => true);
    vi.stubGlobal('navigator', { sendBeacon });
    const [sink] = sinksFromConfig([{ type: 'beacon', url: '/collect', batchSize: 1 }]) as SinkObject[];
    sink?.send(sampleEvent());
    await vi.waitFor(() =>
      expect(sendBeacon).toHaveBeenCalledWith('/collect', JSON.stringify(sampleEvent())),
    );
  });

  test(`${label}: passes a tool's global name through`, async () => {
    const capture = vi.fn();
    holder.ph2 = { capture };
    const [sink] = sinksFromConfig([{ type: 'posthog', global: 'ph2' }]) as SinkObject[];
    sink?.send(sampleEvent());
    await vi.waitFor(() => expect(capture).toHaveBeenCalledTimes(1));
    expect(capture.mock.calls[0]?.[0]).toBe('yesladder:step_view');
    delete holder.ph2;
  });
}

test('the lazy loader keeps events in order while a sink loads, then hands them all over', async () => {
  const capture = vi.fn();
  holder.posthog = { capture };
  const [sink] = lazy([{ type: 'posthog' }]) as SinkObject[];
  sink?.send(sampleEvent({ name: 'form_view' }));
  sink?.send(sampleEvent({ name: 'step_view' }));
  expect(capture).not.toHaveBeenCalled();
  await vi.waitFor(() => expect(capture).toHaveBeenCalledTimes(2));
  sink?.send(sampleEvent({ name: 'step_complete', duration_ms: 5 }));
  expect(capture.mock.calls.map((call) => call[0])).toEqual([
    'yesladder:form_view',
    'yesladder:step_view',
    'yesladder:step_complete',
  ]);
  delete holder.posthog;
});
