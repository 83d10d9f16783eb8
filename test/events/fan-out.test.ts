import { afterEach, expect, test, vi } from 'vitest';
import { createFanOut } from '../../src/events/fan-out';
import type { Sink } from '../../src/events/sink';
import type { EventName } from '../../src/events/types';
import { sampleEvent } from '../sinks/event';

const event = (name: EventName = 'form_view') => sampleEvent({ name });

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

test('delivers each event to every sink in order, before emit returns', () => {
  const seen: string[] = [];
  const fanOut = createFanOut([
    (e) => void seen.push(`a:${e.name}`),
    { send: (e) => void seen.push(`b:${e.name}`) },
  ]);
  fanOut.emit(event('form_view'));
  fanOut.emit(event('step_view'));
  expect(seen).toEqual(['a:form_view', 'b:form_view', 'a:step_view', 'b:step_view']);
});

test('keeps delivering to later sinks when one throws', () => {
  const seen: string[] = [];
  const fanOut = createFanOut(
    [
      () => {
        throw new Error('boom');
      },
      (e) => void seen.push(e.name),
    ],
    () => {},
  );
  expect(() => fanOut.emit(event())).not.toThrow();
  expect(seen).toEqual(['form_view']);
});

test('catches a rejected promise so it never becomes an unhandled rejection', async () => {
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  const report = vi.fn();
  try {
    createFanOut([{ name: 'flaky', send: () => Promise.reject(new Error('offline')) }], report).emit(event());
    await tick();
    await tick();
  } finally {
    process.off('unhandledRejection', unhandled);
  }
  expect(unhandled).not.toHaveBeenCalled();
  expect(report).toHaveBeenCalledWith(expect.stringContaining('"flaky"'));
  expect(report).toHaveBeenCalledWith(expect.stringContaining('offline'));
});

test('does not wait for a sink whose promise never settles', () => {
  const seen: string[] = [];
  const fanOut = createFanOut([() => new Promise(() => {}), (e) => void seen.push(e.name)]);
  fanOut.emit(event());
  expect(seen).toEqual(['form_view']);
});

test('reports a failing sink once and keeps sending it later events', () => {
  const report = vi.fn();
  const calls: string[] = [];
  const failing: Sink = (e) => {
    calls.push(e.name);
    throw new Error('nope');
  };
  const fanOut = createFanOut([failing], report);
  fanOut.emit(event('form_view'));
  fanOut.emit(event('step_view'));
  expect(calls).toEqual(['form_view', 'step_view']);
  expect(report).toHaveBeenCalledTimes(1);
  expect(report.mock.calls[0]?.[0]).toContain('#0');
});

test('warns with the yesladder prefix by default', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  createFanOut([
    {
      name: 'beacon',
      send: () => {},
      flush: () => {
        throw new Error('quota');
      },
    },
  ]).flush();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]?.[0]).toMatch(/^yesladder: .*"beacon".*quota/);
});

test('flushes and destroys every sink that can, isolated from each other', () => {
  const calls: string[] = [];
  const fanOut = createFanOut(
    [
      () => {},
      {
        send: () => {},
        flush: () => {
          throw new Error('x');
        },
        destroy: () => {
          throw new Error('y');
        },
      },
      { send: () => {}, flush: () => void calls.push('flush'), destroy: () => void calls.push('destroy') },
    ],
    () => {},
  );
  fanOut.flush();
  fanOut.destroy();
  expect(calls).toEqual(['flush', 'destroy']);
});

test('survives a reporter that throws', () => {
  const fanOut = createFanOut(
    [
      () => {
        throw new Error('a');
      },
    ],
    () => {
      throw new Error('b');
    },
  );
  expect(() => fanOut.emit(event())).not.toThrow();
});
