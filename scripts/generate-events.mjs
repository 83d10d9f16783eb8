// Writes a realistic, deterministic event stream as JSON lines, for the funnel report:
// an A/B test of `free-guide` (control = one-page form, twostep = CTA → email → about → thanks)
// plus a small one-variant `newsletter` form, with drop-offs, back navigation, restored drafts,
// failed submissions, and the dirt of a real beacon log (malformed and blank lines, renamed
// events, batches slightly out of order). Sessions arrive at a steady rate, so a longer file
// covers more days, not more sessions at once. Plain Node, no dependencies.
//
//   node scripts/generate-events.mjs [--events 1000000] [--seed 1] [--out /tmp/events.jsonl]

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    // Mean seconds between two sessions starting.
    every: { type: 'string', default: '20' },
  },
});
const total = Number(values.events);
const meanGapMs = Number(values.every) * 1000;
if (!(total > 0) || !(meanGapMs > 0)) {
  console.error('generate-events: --events and --every take numbers above 0.');
  process.exit(2);
}

/** mulberry32: a small, fast, seedable PRNG (the same file for the same seed). */
const prng = (seed) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
const random = prng(Number(values.seed));
const chance = (p) => random() < p;
/** Log-normal durations: a median and a spread (σ of the log), as human dwell times are. */
const dwell = (medianMs, sigma = 0.6) => {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(300, Math.round(medianMs * Math.exp(sigma * normal)));
};
const hex = (n) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');

/** The funnels: steps in order, the last one the thanks step; `pass` = chance to complete. */
const funnels = {
  'free-guide/control': [
    { id: 'form', pass: 0.2, median: 45_000, lead: true, invalid: 0.3 },
    { id: 'thanks' },
  ],
  'free-guide/twostep': [
    { id: 'start', pass: 0.62, median: 4_000 },
    { id: 'email', pass: 0.57, median: 12_000, lead: true, invalid: 0.15 },
    { id: 'about', pass: 0.66, median: 30_000, back: 0.05 },
    { id: 'thanks' },
  ],
  'newsletter/default': [
    { id: 'email', pass: 0.35, median: 9_000, lead: true, invalid: 0.1 },
    { id: 'thanks' },
  ],
};

/** One visit: its events, timestamps from `start`, as the widget's flow would emit them. */
const visit = (key, start) => {
  const [form_id, variant] = key.split('/');
  const steps = funnels[key];
  const session_id = hex(16);
  const out = [];
  let at = start;
  const emit = (name, index, extra = {}) =>
    out.push({
      name,
      event_version: 1,
      form_id,
      variant,
      session_id,
      step_id: steps[index].id,
      step_index: index,
      step_count: steps.length,
      timestamp: at,
      ...extra,
    });

  emit('form_view', 0);
  emit('step_view', 0, { direction: 'forward' });
  let index = 0;
  let restored = false;
  while (index < steps.length - 1) {
    const step = steps[index];
    let spent = dwell(step.median);
    if (!chance(step.pass)) {
      at += spent;
      // Some come back from their draft within minutes; the session goes on.
      if (!restored && chance(0.08)) {
        restored = true;
        at += dwell(240_000);
        emit('form_view', index);
        emit('step_view', index, { direction: 'forward', restored: true });
        continue;
      }
      if (chance(0.7)) emit('form_abandon', index, { duration_ms: at - start });
      return out;
    }
    if (step.invalid && chance(step.invalid)) {
      at += Math.round(spent / 2);
      emit('field_invalid', index, { field: 'email', error_code: 'invalid_email' });
      spent = Math.round(spent / 2) + dwell(5_000);
    }
    at += spent;
    emit('step_complete', index, { duration_ms: spent });
    const last = index === steps.length - 2;
    if (step.lead) emit('lead_capture', index, { submission: last ? 'final' : 'lead' });
    if (last) {
      at += 700;
      if (chance(0.03)) {
        emit('submit_error', index, { submission: 'final', reason: 'network' });
        if (!chance(0.5)) return out;
        at += 4_000;
      }
      emit('form_submit', index);
      index += 1;
      emit('step_view', index, { direction: 'forward' });
      if (chance(0.12)) {
        at += dwell(8_000);
        emit('next_step_click', index, { href: '/video' });
      }
      return out;
    }
    // Going back once, then forward again: the step before is completed a second time.
    if (steps[index + 1].back && chance(steps[index + 1].back)) {
      emit('step_view', index + 1, { direction: 'forward' });
      at += dwell(6_000);
      emit('step_view', index, { direction: 'back' });
      at += dwell(3_000);
      emit('step_complete', index, { duration_ms: dwell(3_000) });
    }
    index += 1;
    emit('step_view', index, { direction: 'forward' });
  }
  return out;
};

/** A binary min-heap by timestamp: events of the sessions in flight, released in time order. */
const heap = [];
const push = (event) => {
  heap.push(event);
  for (let i = heap.length - 1; i > 0; ) {
    const parent = (i - 1) >> 1;
    if (heap[parent].timestamp <= heap[i].timestamp) break;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
};
const pop = () => {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l].timestamp < heap[m].timestamp) m = l;
      if (r < heap.length && heap[r].timestamp < heap[m].timestamp) m = r;
      if (m === i) break;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  }
  return top;
};

const output = values.out ? createWriteStream(values.out) : process.stdout;
let written = 0;
let chunk = [];
let held; // an event held back one place: batches arriving slightly out of order

const line = async (text) => {
  if (written >= total) return;
  chunk.push(text);
  written += 1;
  if (chunk.length >= 4096) {
    if (!output.write(`${chunk.join('\n')}\n`)) await once(output, 'drain');
    chunk = [];
  }
};

/** One event out, with the dirt a real log has. */
const release = async (event) => {
  if (chance(0.00002)) await line('');
  if (chance(0.00005)) return line(JSON.stringify(event).slice(0, 40));
  if (chance(0.0001)) return line(JSON.stringify({ ...event, name: 'cta_clicked' }));
  if (held) {
    await line(JSON.stringify(event));
    const late = held;
    held = undefined;
    return line(JSON.stringify(late));
  }
  if (chance(0.01)) held = event;
  else await line(JSON.stringify(event));
};

let now = Date.UTC(2025, 0, 6, 8);
while (written < total) {
  now += Math.round(-Math.log(1 - random()) * meanGapMs);
  while (heap.length > 0 && heap[0].timestamp < now && written < total) await release(pop());
  const roll = random();
  const key = roll < 0.05 ? 'newsletter/default' : roll < 0.525 ? 'free-guide/control' : 'free-guide/twostep';
  for (const event of visit(key, now)) push(event);
}
if (chunk.length > 0) output.write(`${chunk.join('\n')}\n`);
if (values.out) {
  output.end();
  await once(output, 'finish');
  console.error(`generate-events: wrote ${written.toLocaleString('en-US')} lines to ${values.out}`);
}
