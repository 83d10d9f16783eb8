import { expect, test, vi } from 'vitest';
import type { SinkObject } from '../../src/events/sink';
import { sinksFromConfig } from '../../src/sinks/from-config';
import { sampleEvent } from './event';

test('builds one sink per analytics entry, in order', () => {
  const sinks = sinksFromConfig([{ type: 'console' }, { type: 'dataLayer' }, { type: 'beacon', url: '/e' }]);
  expect(sinks.map((sink) => (sink as SinkObject).name)).toEqual(['console', 'dataLayer', 'beacon']);
});

test('passes the dataLayer name through', () => {
  const [sink] = sinksFromConfig([{ type: 'dataLayer', name: 'yl_layer' }]) as SinkObject[];
  sink?.send(sampleEvent());
  const holder = globalThis as Record<string, unknown>;
  expect(holder.yl_layer).toEqual([{ event: 'yesladder_step_view', ...sampleEvent() }]);
  delete holder.yl_layer;
});

test('passes the beacon url and batch size through', () => {
  const sendBeacon = vi.fn(() => true);
  vi.stubGlobal('navigator', { sendBeacon });
  const [sink] = sinksFromConfig([{ type: 'beacon', url: '/collect', batchSize: 1 }]) as SinkObject[];
  sink?.send(sampleEvent());
  expect(sendBeacon).toHaveBeenCalledWith('/collect', JSON.stringify(sampleEvent()));
  vi.unstubAllGlobals();
});
