import { afterEach, expect, test, vi } from 'vitest';
import { callbackSink } from '../../src/sinks/callback';
import { consoleSink } from '../../src/sinks/console';
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
