// The form bench: both pages, round after round, at each CPU setting, interleaved so that
// whatever else the machine does lands on both variants alike.
import { measureForm, measureScriptOnly } from './measure-form.mjs';
import { summarizeSamples } from './metrics.mjs';
import { retryOnce } from './retry.mjs';
import { summarize } from './stats.mjs';

/** The CPU settings of every run; issue 8's targets are for the throttled one. */
export const SETTINGS = [
  { name: 'desktop', label: 'desktop (no CPU throttling)', throttle: 1, targets: false },
  { name: 'cpu4x', label: '4× CPU throttling', throttle: 4, targets: true },
];

/**
 * The floor and yesladder as `build` loads it (see builds.mjs); `runtime` is set for the split
 * build, whose pages are measured once its runtime has taken over.
 */
export const variantsOf = (build) => [
  { name: 'plain', path: 'bench/plain.html' },
  { name: 'yesladder', path: build.page, runtime: build.runtime },
];

/**
 * Runs `rounds` rounds after one discarded warm-up round. In each round every setting loads
 * each variant once, then the script alone; the variants' order alternates from round to
 * round (plain first, then yesladder first), so neither always follows the other.
 * @param {import('playwright-core').Browser} browser
 * @param {{ baseUrl: string, rounds: number, build: object, log: (text: string) => void }} options
 */
export async function runFormBench(browser, { baseUrl, rounds, build, log }) {
  const origin = new URL(baseUrl).origin;
  const variants = variantsOf(build);
  const samples = Object.fromEntries(
    SETTINGS.map((s) => [s.name, { plain: [], yesladder: [], scriptOnly: [] }]),
  );
  for (let round = 0; round <= rounds; round++) {
    const warmUp = round === 0;
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const setting of SETTINGS) {
      for (const variant of order) {
        const url = new URL(variant.path, baseUrl).href;
        const sample = await retryOnce(
          () => measureForm(browser, { url, origin, throttle: setting.throttle, runtime: variant.runtime }),
          `${variant.name}, ${setting.name}, round ${round}`,
          log,
        );
        if (!warmUp) samples[setting.name][variant.name].push({ round, ...sample });
      }
      const url = new URL(build.scriptOnly, baseUrl).href;
      const alone = await retryOnce(
        () => measureScriptOnly(browser, { url, origin, throttle: setting.throttle, runtime: build.runtime }),
        `the script alone, ${setting.name}, round ${round}`,
        log,
      );
      if (!warmUp) samples[setting.name].scriptOnly.push({ round, ...alone });
    }
    log(warmUp ? 'warm-up round done' : `round ${round}/${rounds} done`);
  }
  return SETTINGS.map((setting) => ({
    ...setting,
    samples: samples[setting.name],
    summary: summarizeSamples(samples[setting.name], setting.targets),
    scriptOnly: {
      evaluate: summarize(samples[setting.name].scriptOnly.map((sample) => sample.evaluate)),
      runtimeEvaluate: summarize(samples[setting.name].scriptOnly.map((sample) => sample.runtimeEvaluate)),
      heap: summarize(samples[setting.name].scriptOnly.map((sample) => sample.heap)),
    },
  }));
}
