import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Sink, SinkObject } from '../../src/events/sink';
import type { SinkEvent } from '../../src/events/types';
import { deferredSink } from '../../src/sinks/deferred';
import { sampleEvent } from './event';

let warn: ReturnType<typeof vi.spyOn>;
let unhandled: ReturnType<typeof vi.fn<(reason: unknown) => void>>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  unhandled = vi.fn<(reason: unknown) => void>();
  process.on('unhandledRejection', unhandled);
});
afterEach(() => {
  process.off('unhandledRejection', unhandled);
  vi.restoreAllMocks();
});

/** A loader the test settles by hand. */
const loader = () => {
  let resolve!: (sink: Sink) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<Sink>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { load: vi.fn(() => promise), resolve, reject };
};

/** Lets the loader's settlement and its `then` run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const recording = () => {
  const seen: string[] = [];
  const sink = {
    name: 'real',
    send: vi.fn((event: SinkEvent) => void seen.push(event.step_id)),
    flush: vi.fn(),
    destroy: vi.fn(),
  } satisfies SinkObject;
  return { seen, sink };
};

test('takes the name it is given and starts loading at once', () => {
  const { load } = loader();
  const sink = deferredSink('posthog', load);
  expect(sink.name).toBe('posthog');
  expect(load).toHaveBeenCalledTimes(1);
});

test('delivers the events sent while loading, in order, once the sink arrives', async () => {
  const { load, resolve } = loader();
  const { seen, sink: real } = recording();
  const sink = deferredSink('real', load);
  sink.send(sampleEvent({ step_id: 'a' }));
  sink.send(sampleEvent({ step_id: 'b' }));
  sink.send(sampleEvent({ step_id: 'c' }));
  expect(real.send).not.toHaveBeenCalled();
  resolve(real);
  await settle();
  expect(seen).toEqual(['a', 'b', 'c']);
});

test('sends later events straight through, after the ones that waited', async () => {
  const { load, resolve } = loader();
  const { seen, sink: real } = recording();
  const sink = deferredSink('real', load);
  sink.send(sampleEvent({ step_id: 'a' }));
  resolve(real);
  await settle();
  sink.send(sampleEvent({ step_id: 'b' }));
  expect(seen).toEqual(['a', 'b']);
});

test('works with a function sink too', async () => {
  const { load, resolve } = loader();
  const fn = vi.fn();
  const sink = deferredSink('fn', load);
  sink.send(sampleEvent({ step_id: 'a' }));
  resolve(fn);
  await settle();
  sink.send(sampleEvent({ step_id: 'b' }));
  expect(fn.mock.calls.map(([event]) => event.step_id)).toEqual(['a', 'b']);
});

test("passes a loaded sink's promise back, so the fan-out can catch its rejection", async () => {
  const { load, resolve } = loader();
  const failure = Promise.reject(new Error('offline'));
  failure.catch(() => {});
  const sink = deferredSink('real', load);
  resolve({ send: () => failure });
  await settle();
  expect(sink.send(sampleEvent())).toBe(failure);
});

test('a waiting event whose delivery rejects does not become an unhandled rejection', async () => {
  const { load, resolve } = loader();
  const sink = deferredSink('real', load);
  sink.send(sampleEvent());
  resolve({ send: () => Promise.reject(new Error('offline')) });
  await settle();
  await settle();
  expect(unhandled).not.toHaveBeenCalled();
});

test('a loaded sink that throws on one waiting event still receives the others', async () => {
  const { load, resolve } = loader();
  const seen: string[] = [];
  const sink = deferredSink('real', load);
  for (const step_id of ['a', 'boom', 'c']) sink.send(sampleEvent({ step_id }));
  resolve((event) => {
    if (event.step_id === 'boom') throw new Error('boom');
    seen.push(event.step_id);
  });
  await settle();
  expect(seen).toEqual(['a', 'c']);
  expect(warn).toHaveBeenCalledTimes(1);
});

test('forwards flush to the loaded sink', async () => {
  const { load, resolve } = loader();
  const { sink: real } = recording();
  const sink = deferredSink('real', load);
  resolve(real);
  await settle();
  sink.flush?.();
  expect(real.flush).toHaveBeenCalledTimes(1);
});

test('flush before the sink arrives does nothing, and the waiting events still go through', async () => {
  const { load, resolve } = loader();
  const { seen, sink: real } = recording();
  const sink = deferredSink('real', load);
  sink.send(sampleEvent({ step_id: 'a' }));
  expect(() => sink.flush?.()).not.toThrow();
  resolve(real);
  await settle();
  expect(real.flush).not.toHaveBeenCalled();
  expect(seen).toEqual(['a']);
});

test('forwards destroy to the loaded sink', async () => {
  const { load, resolve } = loader();
  const { sink: real } = recording();
  const sink = deferredSink('real', load);
  resolve(real);
  await settle();
  sink.destroy?.();
  expect(real.destroy).toHaveBeenCalledTimes(1);
});

test('flush and destroy on a loaded function sink do nothing and do not throw', async () => {
  const { load, resolve } = loader();
  const sink = deferredSink('fn', load);
  resolve(vi.fn<(event: SinkEvent) => void>());
  await settle();
  expect(() => sink.flush?.()).not.toThrow();
  expect(() => sink.destroy?.()).not.toThrow();
});

test('destroyed before the sink arrives: the waiting events are dropped and the sink is never used', async () => {
  const { load, resolve } = loader();
  const { sink: real } = recording();
  const sink = deferredSink('real', load);
  sink.send(sampleEvent({ step_id: 'a' }));
  sink.destroy?.();
  resolve(real);
  await settle();
  sink.send(sampleEvent({ step_id: 'b' }));
  expect(real.send).not.toHaveBeenCalled();
});

test('a sink that fails to load is warned about once, naming it, and never thrown', async () => {
  const { load, reject } = loader();
  const sink = deferredSink('posthog', load);
  sink.send(sampleEvent());
  reject(new Error('chunk 404'));
  await settle();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]?.[0])).toMatch(/^yesladder: /);
  expect(String(warn.mock.calls[0]?.[0])).toContain('posthog');
  expect(unhandled).not.toHaveBeenCalled();
});

test('after a failed load, later events, flush and destroy are dropped quietly', async () => {
  const { load, reject } = loader();
  const sink = deferredSink('posthog', load);
  reject(new Error('chunk 404'));
  await settle();
  expect(() => {
    sink.send(sampleEvent());
    sink.flush?.();
    sink.destroy?.();
  }).not.toThrow();
  expect(sink.send(sampleEvent())).toBeUndefined();
  expect(warn).toHaveBeenCalledTimes(1);
});
