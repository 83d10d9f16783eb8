import { expect, test, vi } from 'vitest';
import { type BeforeSend, createPipeline } from '../../src/events/pipeline';
import type { SinkObject } from '../../src/events/sink';
import type { SinkEvent, YesLadderEvent } from '../../src/events/types';
import { sampleEvent } from '../sinks/event';

const event = (step_id: string): YesLadderEvent => sampleEvent({ step_id });

/** A sink object that records the step ids (or renamed names) it receives. */
const recorder = (label = 'rec') => {
  const seen: SinkEvent[] = [];
  const sink = {
    name: label,
    send: vi.fn((e: SinkEvent) => void seen.push(e)),
    flush: vi.fn(),
    destroy: vi.fn(),
  } satisfies SinkObject;
  return { seen, sink, steps: () => seen.map((e) => e.step_id) };
};

test('granted: every event reaches every sink, in order', () => {
  const a = recorder('a');
  const b = recorder('b');
  const fn = vi.fn();
  const pipeline = createPipeline([a.sink, fn, b.sink], { consent: 'granted' });
  for (const id of ['s1', 's2', 's3']) pipeline.emit(event(id));
  expect(a.steps()).toEqual(['s1', 's2', 's3']);
  expect(b.steps()).toEqual(['s1', 's2', 's3']);
  expect(fn.mock.calls.map(([e]) => e.step_id)).toEqual(['s1', 's2', 's3']);
});

test('beforeSend: the sinks receive the event it returns, renamed and enriched', () => {
  const a = recorder();
  const returned: SinkEvent[] = [];
  const beforeSend: BeforeSend = (e) => {
    const out = e.name === 'step_view' ? { ...e, name: 'signup_started', page: '/pricing' } : e;
    returned.push(out);
    return out;
  };
  const pipeline = createPipeline([a.sink], { consent: 'granted', beforeSend });
  pipeline.emit(event('s1'));
  pipeline.emit(sampleEvent({ name: 'form_view' }));
  expect(a.seen[0]).toBe(returned[0]);
  expect(a.seen[0]).toMatchObject({ name: 'signup_started', page: '/pricing', step_id: 's1' });
  expect(a.seen[1]?.name).toBe('form_view');
});

test('beforeSend returning null drops that event for every sink, and the next one still flows', () => {
  const a = recorder('a');
  const b = recorder('b');
  const report = vi.fn();
  const pipeline = createPipeline(
    [a.sink, b.sink],
    { consent: 'granted', beforeSend: (e) => (e.step_id === 'drop' ? null : e) },
    report,
  );
  pipeline.emit(event('s1'));
  pipeline.emit(event('drop'));
  pipeline.emit(event('s2'));
  expect(a.steps()).toEqual(['s1', 's2']);
  expect(b.steps()).toEqual(['s1', 's2']);
  expect(report).not.toHaveBeenCalled();
});

test('beforeSend throwing drops the event, is reported once, and later events still flow', () => {
  const a = recorder();
  const report = vi.fn();
  const beforeSend: BeforeSend = (e) => {
    if (e.step_id.startsWith('bad')) throw new Error('scrub failed');
    return e;
  };
  const pipeline = createPipeline([a.sink], { consent: 'granted', beforeSend }, report);
  expect(() => {
    pipeline.emit(event('bad1'));
    pipeline.emit(event('ok'));
    pipeline.emit(event('bad2'));
    pipeline.emit(event('bad3'));
  }).not.toThrow();
  expect(a.steps()).toEqual(['ok']);
  expect(report).toHaveBeenCalledTimes(1);
  expect(report.mock.calls[0]?.[0]).toContain('beforeSend');
  expect(report.mock.calls[0]?.[0]).toContain('scrub failed');
});

for (const [label, result] of [
  ['a string', 'step_view'],
  ['undefined (a hook that forgot to return)', undefined],
  ['an object without a name', { step_id: 's1' }],
  ['an object whose name is not a string', { ...sampleEvent(), name: 7 }],
  ['a promise (an async hook)', Promise.resolve(sampleEvent())],
] as const) {
  test(`beforeSend returning ${label} drops the event and is reported`, () => {
    const a = recorder();
    const report = vi.fn();
    const beforeSend = (() => result) as unknown as BeforeSend;
    const pipeline = createPipeline([a.sink], { consent: 'granted', beforeSend }, report);
    expect(() => pipeline.emit(event('s1'))).not.toThrow();
    expect(a.seen).toEqual([]);
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]?.[0]).toContain('beforeSend');
  });
}

test('beforeSend returning an object that cannot be printed is still dropped and reported, never thrown', () => {
  const a = recorder();
  const report = vi.fn();
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  const beforeSend = (() => circular) as unknown as BeforeSend;
  const pipeline = createPipeline([a.sink], { consent: 'granted', beforeSend }, report);
  expect(() => pipeline.emit(event('s1'))).not.toThrow();
  expect(a.seen).toEqual([]);
  expect(report).toHaveBeenCalledTimes(1);
});

test('a hook that throws and later returns a non-event is reported once in all', () => {
  const report = vi.fn();
  let calls = 0;
  const beforeSend = (() => {
    calls++;
    if (calls === 1) throw new Error('first');
    return 'second';
  }) as unknown as BeforeSend;
  const pipeline = createPipeline([recorder().sink], { consent: 'granted', beforeSend }, report);
  pipeline.emit(event('s1'));
  pipeline.emit(event('s2'));
  expect(report).toHaveBeenCalledTimes(1);
});

test('reports with a yesladder-prefixed console warning by default', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    const beforeSend = (() => 'nope') as unknown as BeforeSend;
    createPipeline([recorder().sink], { consent: 'granted', beforeSend }).emit(event('s1'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^yesladder: beforeSend/);
  } finally {
    warn.mockRestore();
  }
});

test('denied: the sinks receive nothing and beforeSend is not called', () => {
  const a = recorder();
  const beforeSend = vi.fn((e: YesLadderEvent) => e);
  const pipeline = createPipeline([a.sink], { consent: 'denied', beforeSend });
  pipeline.emit(event('s1'));
  pipeline.emit(event('s2'));
  expect(a.sink.send).not.toHaveBeenCalled();
  expect(beforeSend).not.toHaveBeenCalled();
});

test('pending: nothing is sent while the person has not decided', () => {
  const a = recorder();
  const pipeline = createPipeline([a.sink], { consent: 'pending' });
  pipeline.emit(event('s1'));
  pipeline.emit(event('s2'));
  pipeline.flush();
  expect(a.sink.send).not.toHaveBeenCalled();
});

test('pending then granted: the held events go out in order, then new ones after them', () => {
  const a = recorder();
  const pipeline = createPipeline([a.sink], { consent: 'pending' });
  pipeline.emit(event('s1'));
  pipeline.emit(event('s2'));
  pipeline.consent('granted');
  expect(a.steps()).toEqual(['s1', 's2']);
  pipeline.emit(event('s3'));
  expect(a.steps()).toEqual(['s1', 's2', 's3']);
});

test('pending then granted: the held events are what beforeSend made of them, and it ran once each', () => {
  const a = recorder();
  const beforeSend = vi.fn((e: YesLadderEvent) => (e.step_id === 'drop' ? null : { ...e, tagged: true }));
  const pipeline = createPipeline([a.sink], { consent: 'pending', beforeSend });
  pipeline.emit(event('s1'));
  pipeline.emit(event('drop'));
  pipeline.emit(event('s2'));
  expect(beforeSend).not.toHaveBeenCalled();
  pipeline.consent('granted');
  expect(a.steps()).toEqual(['s1', 's2']);
  expect(a.seen.every((e) => (e as Record<string, unknown>).tagged === true)).toBe(true);
  expect(beforeSend).toHaveBeenCalledTimes(3);
});

test('pending then denied: beforeSend never sees the held events', () => {
  const beforeSend = vi.fn((e: YesLadderEvent) => e);
  const pipeline = createPipeline([recorder().sink], { consent: 'pending', beforeSend });
  pipeline.emit(event('s1'));
  pipeline.consent('denied');
  pipeline.consent('granted');
  expect(beforeSend).not.toHaveBeenCalled();
});

test('pending then denied: the held events are dropped, and a later grant does not bring them back', () => {
  const a = recorder();
  const pipeline = createPipeline([a.sink], { consent: 'pending' });
  pipeline.emit(event('s1'));
  pipeline.emit(event('s2'));
  pipeline.consent('denied');
  pipeline.emit(event('while-denied'));
  pipeline.consent('granted');
  expect(a.sink.send).not.toHaveBeenCalled();
  pipeline.emit(event('s3'));
  expect(a.steps()).toEqual(['s3']);
});

test('granted then pending: events are held again until the next decision', () => {
  const a = recorder();
  const pipeline = createPipeline([a.sink], { consent: 'granted' });
  pipeline.emit(event('s1'));
  pipeline.consent('pending');
  pipeline.emit(event('s2'));
  expect(a.steps()).toEqual(['s1']);
  pipeline.consent('granted');
  expect(a.steps()).toEqual(['s1', 's2']);
});

test('a second grant sends the held events only once', () => {
  const a = recorder();
  const pipeline = createPipeline([a.sink], { consent: 'pending' });
  pipeline.emit(event('s1'));
  pipeline.consent('granted');
  pipeline.consent('granted');
  expect(a.steps()).toEqual(['s1']);
});

test('pending holds the first 200 events and drops the 201st onward', () => {
  const a = recorder();
  const pipeline = createPipeline([a.sink], { consent: 'pending' });
  for (let i = 0; i < 250; i++) pipeline.emit(event(`s${i}`));
  pipeline.consent('granted');
  expect(a.seen).toHaveLength(200);
  expect(a.seen[0]?.step_id).toBe('s0');
  expect(a.seen[199]?.step_id).toBe('s199');
  pipeline.emit(event('after'));
  expect(a.seen.at(-1)?.step_id).toBe('after');
});

test('flush and destroy are forwarded to every sink', () => {
  const a = recorder('a');
  const b = recorder('b');
  const pipeline = createPipeline([a.sink, b.sink], { consent: 'granted' });
  pipeline.flush();
  expect(a.sink.flush).toHaveBeenCalledTimes(1);
  expect(b.sink.flush).toHaveBeenCalledTimes(1);
  pipeline.destroy();
  expect(a.sink.destroy).toHaveBeenCalledTimes(1);
  expect(b.sink.destroy).toHaveBeenCalledTimes(1);
});

test('flush and destroy reach the sinks whatever the consent', () => {
  for (const consent of ['pending', 'denied'] as const) {
    const a = recorder();
    const pipeline = createPipeline([a.sink], { consent });
    pipeline.flush();
    pipeline.destroy();
    expect(a.sink.flush).toHaveBeenCalledTimes(1);
    expect(a.sink.destroy).toHaveBeenCalledTimes(1);
  }
});

test('destroy drops what pending held: a grant afterwards sends nothing', () => {
  const a = recorder();
  const pipeline = createPipeline([a.sink], { consent: 'pending' });
  pipeline.emit(event('s1'));
  pipeline.destroy();
  pipeline.consent('granted');
  expect(a.sink.send).not.toHaveBeenCalled();
});

test('a sink that throws is reported through the same report, and the others still receive', () => {
  const a = recorder();
  const report = vi.fn();
  const broken = {
    name: 'broken',
    send: () => {
      throw new Error('tool broke');
    },
  };
  const pipeline = createPipeline([broken, a.sink], { consent: 'granted' }, report);
  pipeline.emit(event('s1'));
  pipeline.emit(event('s2'));
  expect(a.steps()).toEqual(['s1', 's2']);
  expect(report).toHaveBeenCalledTimes(1);
  expect(report.mock.calls[0]?.[0]).toContain('"broken"');
});
