// The scale curve: generated forms of 10, 50 and 200 steps × 10 fields, and a choice step of
// 500 options, each loaded in a fresh context and clicked through, on desktop.
import { summarizeScale } from './format-scale-table.mjs';
import { measureScale } from './measure-scale.mjs';
import { retryOnce } from './retry.mjs';

const FIELDS_PER_STEP = 10;

/** The generated forms, as scale.html queries. */
export function scaleForms(quick) {
  const steps = quick ? [10, 50] : [10, 50, 200];
  return [
    ...steps.map((count) => `steps=${count}&fields=${FIELDS_PER_STEP}`),
    `options=500&fields=${FIELDS_PER_STEP}`,
  ];
}

/**
 * Runs every form `runs` times, the forms interleaved within each run.
 * @param {import('playwright-core').Browser} browser
 * @param {{ baseUrl: string, runs: number, quick: boolean, log: (text: string) => void }} options
 */
export async function runScaleBench(browser, { baseUrl, runs, quick, log }) {
  const forms = scaleForms(quick);
  const results = forms.map(() => []);
  for (let run = 1; run <= runs; run++) {
    for (const [i, query] of forms.entries()) {
      const url = new URL(`bench/scale.html?${query}`, baseUrl).href;
      results[i].push(await retryOnce(() => measureScale(browser, url), `scale ${query}, run ${run}`, log));
    }
    log(`scale run ${run}/${runs} done`);
  }
  return results.map((runsOfForm, i) => ({
    query: forms[i],
    ...summarizeScale(runsOfForm),
    runs: runsOfForm,
  }));
}
