import { afterEach, expect, test, vi } from 'vitest';
import { callbackSink } from '../../src/sinks/callback';
import { consoleSink } from '../../src/sinks/console';
import { dataLayerSink } from '../../src/sinks/data-layer';
import { sampleEvent } from './event';

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<string, unknown>).dataLayer;
});

test('callback sink hands every event to the function', () => {
  const fn = vi.fn();
  const sink = callbackSink(fn);
  sink.send(sampleEvent());
  expect(sink.name).toBe('callback');
  expect(fn).toHaveBeenCalledWith(sampleEvent());
});

test('console sink logs the event name and the event with console.debug by default', () => {
  const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
  consoleSink().send(sampleEvent());
  expect(debug).toHaveBeenCalledWith('yesladder step_view', sampleEvent());
});

test('console sink writes to a given log function', () => {
  const log = vi.fn();
  consoleSink({ log }).send(sampleEvent({ name: 'form_view' }));
  expect(log).toHaveBeenCalledWith('yesladder form_view', sampleEvent({ name: 'form_view' }));
});

test('dataLayer sink creates window.dataLayer and pushes a prefixed event', () => {
  dataLayerSink().send(sampleEvent());
  expect((globalThis as Record<string, unknown>).dataLayer).toEqual([
    { event: 'yesladder_step_view', ...sampleEvent() },
  ]);
});

test('dataLayer sink pushes onto an existing array under a custom name', () => {
  const target: Record<string, unknown> = { layer: [{ gtm: 1 }] };
  dataLayerSink({ name: 'layer', target }).send(sampleEvent({ name: 'lead_capture', submission: 'lead' }));
  expect(target.layer).toEqual([
    { gtm: 1 },
    { event: 'yesladder_lead_capture', ...sampleEvent({ name: 'lead_capture', submission: 'lead' }) },
  ]);
});
