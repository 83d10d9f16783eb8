import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { plausibleSink } from '../../src/sinks/plausible';
import { segmentSink } from '../../src/sinks/segment';
import { sampleEvent } from './event';

// The wait-for-the-tool behaviour every page-tool sink shares, seen through Segment
// (`window.analytics.track`) and Plausible (`window.plausible`, itself a function).

const page = globalThis as Record<string, unknown>;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  vi.useFakeTimers();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const key of ['analytics', 'seg2', 'plausible']) delete page[key];
});

const tracked = (track: ReturnType<typeof vi.fn>) => track.mock.calls.map((call) => call[1]?.step_id);

test('delivers at once when the global is on the page', () => {
  const track = vi.fn();
  page.analytics = { track };
  segmentSink().send(sampleEvent());
  expect(track).toHaveBeenCalledTimes(1);
  expect(vi.getTimerCount()).toBe(0);
});

test('looks the tool up under the global named by options.global', () => {
  const track = vi.fn();
  const other = vi.fn();
  page.seg2 = { track };
  page.analytics = { track: other };
  segmentSink({ global: 'seg2' }).send(sampleEvent());
  expect(track).toHaveBeenCalledTimes(1);
  expect(other).not.toHaveBeenCalled();
});

test('uses options.client when there is no global', () => {
  const track = vi.fn();
  segmentSink({ client: { track } }).send(sampleEvent());
  expect(track).toHaveBeenCalledTimes(1);
  expect(page.analytics).toBeUndefined();
});

test('keeps events in order while the global is missing and delivers them all when it appears', () => {
  const sink = segmentSink();
  sink.send(sampleEvent({ step_id: 'a' }));
  sink.send(sampleEvent({ step_id: 'b' }));
  vi.advanceTimersByTime(2000);
  sink.send(sampleEvent({ step_id: 'c' }));
  const track = vi.fn();
  page.analytics = { track };
  expect(track).not.toHaveBeenCalled();
  vi.advanceTimersByTime(100);
  expect(tracked(track)).toEqual(['a', 'b', 'c']);
  sink.send(sampleEvent({ step_id: 'd' }));
  expect(tracked(track)).toEqual(['a', 'b', 'c', 'd']);
  expect(warn).not.toHaveBeenCalled();
});

test('an event sent once the tool is there goes after the ones that waited for it', () => {
  const sink = segmentSink();
  sink.send(sampleEvent({ step_id: 'a' }));
  const track = vi.fn();
  page.analytics = { track };
  sink.send(sampleEvent({ step_id: 'b' }));
  expect(tracked(track)).toEqual(['a', 'b']);
});

test('drops the waiting events after 5000 ms with one warning naming the sink and the global', () => {
  const sink = segmentSink();
  sink.send(sampleEvent());
  sink.send(sampleEvent());
  vi.advanceTimersByTime(4999);
  expect(warn).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(warn).toHaveBeenCalledTimes(1);
  const message = String(warn.mock.calls[0]?.[0]);
  expect(message).toMatch(/^yesladder: /);
  expect(message).toContain('segment');
  expect(message).toContain('window.analytics');
  expect(message).toContain('2 event(s) dropped');
  // Dropped: a tool arriving now does not receive them.
  const track = vi.fn();
  page.analytics = { track };
  sink.flush?.();
  vi.advanceTimersByTime(10_000);
  expect(track).not.toHaveBeenCalled();
});

test('waits as long as a custom wait, and names a custom global in the warning', () => {
  const sink = segmentSink({ global: 'seg2', wait: 1000 });
  sink.send(sampleEvent());
  vi.advanceTimersByTime(999);
  expect(warn).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]?.[0])).toContain('window.seg2');
  expect(String(warn.mock.calls[0]?.[0])).toContain('1000 ms');
});

test('after giving up, later events are dropped quietly, with no new timer or warning', () => {
  const sink = segmentSink({ wait: 500 });
  sink.send(sampleEvent());
  vi.advanceTimersByTime(500);
  expect(warn).toHaveBeenCalledTimes(1);
  sink.send(sampleEvent());
  sink.send(sampleEvent());
  expect(vi.getTimerCount()).toBe(0);
  vi.advanceTimersByTime(60_000);
  expect(warn).toHaveBeenCalledTimes(1);
});

test('after giving up, delivers new events if the tool turns up later', () => {
  const sink = segmentSink({ wait: 500 });
  sink.send(sampleEvent({ step_id: 'lost' }));
  vi.advanceTimersByTime(500);
  const track = vi.fn();
  page.analytics = { track };
  sink.send(sampleEvent({ step_id: 'late' }));
  expect(tracked(track)).toEqual(['late']);
  expect(warn).toHaveBeenCalledTimes(1);
});

test('a global without the method counts as missing', () => {
  page.analytics = {};
  const sink = segmentSink({ wait: 1000 });
  expect(() => sink.send(sampleEvent())).not.toThrow();
  const track = vi.fn();
  vi.advanceTimersByTime(300);
  page.analytics = { track };
  vi.advanceTimersByTime(100);
  expect(track).toHaveBeenCalledTimes(1);
});

test('a global without the method until the wait ends is warned about once, never thrown', () => {
  page.analytics = { track: 'not a function' };
  const sink = segmentSink({ wait: 1000 });
  expect(() => sink.send(sampleEvent())).not.toThrow();
  vi.advanceTimersByTime(1000);
  expect(warn).toHaveBeenCalledTimes(1);
});

test('a tool whose global must itself be a function counts as missing when it is not one', () => {
  page.plausible = {};
  const sink = plausibleSink({ wait: 1000 });
  sink.send(sampleEvent());
  vi.advanceTimersByTime(1000);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]?.[0])).toContain('window.plausible');
});

test('a tool that throws while the timer delivers what waited is warned about once, never thrown', () => {
  const sink = segmentSink();
  sink.send(sampleEvent());
  sink.send(sampleEvent());
  const track = vi.fn(() => {
    throw new Error('tool broke');
  });
  page.analytics = { track };
  expect(() => vi.advanceTimersByTime(100)).not.toThrow();
  expect(track).toHaveBeenCalledTimes(2);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]?.[0])).toContain('segment');
});

test('flush delivers what waits at once when the tool is there', () => {
  const sink = segmentSink();
  sink.send(sampleEvent({ step_id: 'a' }));
  sink.send(sampleEvent({ step_id: 'b' }));
  const track = vi.fn();
  page.analytics = { track };
  sink.flush?.();
  expect(tracked(track)).toEqual(['a', 'b']);
  vi.advanceTimersByTime(10_000);
  expect(track).toHaveBeenCalledTimes(2);
  expect(warn).not.toHaveBeenCalled();
});

test('flush keeps the events waiting while the tool is still missing', () => {
  const sink = segmentSink();
  sink.send(sampleEvent());
  expect(() => sink.flush?.()).not.toThrow();
  const track = vi.fn();
  page.analytics = { track };
  vi.advanceTimersByTime(100);
  expect(track).toHaveBeenCalledTimes(1);
});

test('destroy stops the timer: no warning and no delivery afterwards', () => {
  const sink = segmentSink();
  sink.send(sampleEvent());
  sink.destroy?.();
  expect(vi.getTimerCount()).toBe(0);
  vi.advanceTimersByTime(10_000);
  expect(warn).not.toHaveBeenCalled();
  const track = vi.fn();
  page.analytics = { track };
  vi.advanceTimersByTime(10_000);
  sink.flush?.();
  expect(track).not.toHaveBeenCalled();
});
