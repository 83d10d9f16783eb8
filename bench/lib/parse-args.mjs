// The bench's command line.
import { BUILDS } from './builds.mjs';

export const USAGE = `Usage: npm run bench -- [options]

  --script BUILD     which build the form bench measures as yesladder (default split):
                       split   dist/yesladder.js, which paints step 1 and loads
                               dist/yesladder.runtime.js, which takes the form over
                       global  dist/yesladder.global.js, one file
                     (the scale bench always loads dist/yesladder.global.js)
  --rounds N         rounds of the form bench; each loads both pages once per CPU setting
                     (default 15, 3 with --quick)
  --quick            fewer rounds, one run of each scale form, and no 200-step form
  --no-scale         the form bench only, no scale curve
  --out PATH         where the JSON goes (default bench/results/latest.json)
  --compare BASE     after the run, print this run's figures against BASE (a saved JSON)
  --with CURRENT     with --compare: compare CURRENT against BASE, running nothing
  --help             print this`;

/** What each option's value looks like, for the error when it is missing. */
const EXAMPLES = { '--rounds': '15', '--script': 'split' };

/**
 * The options in `argv` (process.argv.slice(2)); throws an Error saying what was wrong.
 * @param {string[]} argv
 */
export function parseArgs(argv) {
  const options = {
    rounds: undefined,
    quick: false,
    scale: true,
    script: 'split',
    out: 'bench/results/latest.json',
    help: false,
  };
  const argumentOf = (flag, i) => {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) {
      throw new Error(
        `yesladder bench: ${flag} needs a value, e.g. ${flag} ${EXAMPLES[flag] ?? 'path.json'}.`,
      );
    }
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quick') options.quick = true;
    else if (flag === '--no-scale') options.scale = false;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--rounds') {
      const value = argumentOf(flag, i++);
      const rounds = Number(value);
      if (!Number.isInteger(rounds) || rounds < 1) {
        throw new Error(`yesladder bench: --rounds takes a whole number of at least 1; received "${value}".`);
      }
      options.rounds = rounds;
    } else if (flag === '--script') {
      const value = argumentOf(flag, i++);
      if (!Object.hasOwn(BUILDS, value)) {
        throw new Error(
          `yesladder bench: --script takes split (dist/yesladder.js + dist/yesladder.runtime.js) or global (dist/yesladder.global.js); received "${value}".`,
        );
      }
      options.script = value;
    } else if (flag === '--out') options.out = argumentOf(flag, i++);
    else if (flag === '--compare') options.compare = argumentOf(flag, i++);
    else if (flag === '--with') options.with = argumentOf(flag, i++);
    else
      throw new Error(
        `yesladder bench: unknown option "${flag}". Run \`npm run bench -- --help\` for the options.`,
      );
  }
  if (options.with && !options.compare) {
    throw new Error('yesladder bench: --with names the run to compare against --compare BASE; give both.');
  }
  options.rounds ??= options.quick ? 3 : 15;
  return options;
}
