import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { beaconSink } from '../../src/sinks/beacon';
import { sampleEvent } from './event';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A sendBeacon fake that accepts everything. */
const fakeBeacon = () => vi.fn((_url: string, _body: Blob | string) => true);
const lines = (body: unknown) =>
  String(body)
    .split('\n')
    .map((line) => JSON.parse(line));

test('sends a batch as JSON lines once batchSize events are buffered', () => {
  const sendBeacon = fakeBeacon();
  const sink = beaconSink({ url: '/e', batchSize: 2, sendBeacon });
  sink.send(sampleEvent({ name: 'form_view' }));
  expect(sendBeacon).not.toHaveBeenCalled();
  sink.send(sampleEvent({ name: 'step_view' }));
  expect(sendBeacon).toHaveBeenCalledTimes(1);
  expect(sendBeacon.mock.calls[0]?.[0]).toBe('/e');
  expect(lines(sendBeacon.mock.calls[0]?.[1]).map((e) => e.name)).toEqual(['form_view', 'step_view']);
});

test('sends after flushInterval since the first buffered event', () => {
  const sendBeacon = fakeBeacon();
  const sink = beaconSink({ url: '/e', flushInterval: 1000, sendBeacon });
  sink.send(sampleEvent());
  vi.advanceTimersByTime(600);
  sink.send(sampleEvent());
  vi.advanceTimersByTime(399);
  expect(sendBeacon).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(sendBeacon).toHaveBeenCalledTimes(1);
  expect(lines(sendBeacon.mock.calls[0]?.[1])).toHaveLength(2);
});

test('sends what it holds right away on flush, and nothing when empty', () => {
  const sendBeacon = fakeBeacon();
  const sink = beaconSink({ url: '/e', sendBeacon });
  sink.flush?.();
  expect(sendBeacon).not.toHaveBeenCalled();
  sink.send(sampleEvent());
  sink.flush?.();
  expect(sendBeacon).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(10_000);
  expect(sendBeacon).toHaveBeenCalledTimes(1);
});

test('falls back to fetch with keepalive when sendBeacon refuses', async () => {
  const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
  const sink = beaconSink({ url: '/e', sendBeacon: () => false, fetch });
  sink.send(sampleEvent());
  sink.flush?.();
  expect(fetch).toHaveBeenCalledWith('/e', {
    method: 'POST',
    body: JSON.stringify(sampleEvent()),
    keepalive: true,
    mode: 'no-cors',
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
  });
});

test('falls back to fetch when there is no sendBeacon, and swallows its rejection', async () => {
  vi.stubGlobal('navigator', undefined);
  const fetch = vi.fn(() => Promise.reject(new TypeError('offline')));
  const sink = beaconSink({ url: '/e', fetch });
  sink.send(sampleEvent());
  expect(() => sink.flush?.()).not.toThrow();
  expect(fetch).toHaveBeenCalledTimes(1);
  await vi.runAllTimersAsync();
  vi.unstubAllGlobals();
});

test('splits a large batch so no request carries more than 64 000 bytes', () => {
  const sendBeacon = fakeBeacon();
  const sink = beaconSink({ url: '/e', batchSize: 100, sendBeacon });
  const big = 'x'.repeat(20_000);
  for (let i = 0; i < 5; i++) sink.send(sampleEvent({ href: big, step_index: i }));
  sink.flush?.();
  const bodies = sendBeacon.mock.calls.map(([, body]) => String(body));
  expect(bodies.length).toBeGreaterThan(1);
  for (const body of bodies) expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(64_000);
  expect(bodies.flatMap(lines).map((e) => e.step_index)).toEqual([0, 1, 2, 3, 4]);
});

test('drops an event too large to send alone, warning once', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const sendBeacon = fakeBeacon();
  const sink = beaconSink({ url: '/e', sendBeacon });
  sink.send(sampleEvent({ href: 'x'.repeat(70_000) }));
  sink.send(sampleEvent({ href: 'x'.repeat(70_000) }));
  sink.send(sampleEvent({ name: 'form_view' }));
  sink.flush?.();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]?.[0]).toMatch(/^yesladder: /);
  expect(lines(sendBeacon.mock.calls[0]?.[1]).map((e) => e.name)).toEqual(['form_view']);
});

test('destroy sends what is buffered and stops its timer', () => {
  const sendBeacon = fakeBeacon();
  const sink = beaconSink({ url: '/e', sendBeacon });
  sink.send(sampleEvent());
  sink.destroy?.();
  expect(sendBeacon).toHaveBeenCalledTimes(1);
  expect(vi.getTimerCount()).toBe(0);
});

test('uses injected timers', () => {
  const timers: (() => void)[] = [];
  const sendBeacon = fakeBeacon();
  const sink = beaconSink({
    url: '/e',
    sendBeacon,
    setTimeout: (fn) => timers.push(fn),
    clearTimeout: () => {},
  });
  sink.send(sampleEvent());
  timers[0]?.();
  expect(sendBeacon).toHaveBeenCalledTimes(1);
});
