// Greps the built files for ways to turn a string into code or markup (eval, the Function
// constructor, innerHTML and friends, string timers). Each one found must be on the audited
// allowlist below, with the exact number of times it may appear and why it is safe; anything
// else fails `npm run check`. Plain Node, no dependencies.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** What may not appear in a built file, by name. */
export const FORBIDDEN = {
  'eval(': /\beval\s*\(/g,
  'new Function': /\bnew\s+Function\b/g,
  'Function(': /\bFunction\s*\(/g,
  // `const F = Function; new F(code)`: how minified code (zod's JIT) reaches the constructor.
  'Function alias': /[=,(:?]\s*Function\s*[;,)]/g,
  innerHTML: /\binnerHTML\b/g,
  outerHTML: /\bouterHTML\b/g,
  insertAdjacentHTML: /\binsertAdjacentHTML\b/g,
  'document.write': /\bdocument\.write(?:ln)?\b/g,
  createContextualFragment: /\bcreateContextualFragment\b/g,
  'HTMLUnsafe(': /\b(?:set|parse)HTMLUnsafe\b/g,
  'string timer': /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g,
};

/**
 * The audited exceptions: a file (by pattern), a forbidden pattern, how many times exactly,
 * and why it is safe. A new occurrence, even in an allowed file, fails the audit.
 */
export const ALLOWLIST = [
  {
    // The split build's first script carries preact (its runtime reads it from there).
    file: /^yesladder((\.popover|\.dev)?\.global)?\.js$/,
    pattern: 'innerHTML',
    count: 2,
    reason:
      "preact's diff, bundled into the script builds: it reads and writes innerHTML only for " +
      '`dangerouslySetInnerHTML`, which yesladder never passes (the audit checks src/ for it).',
  },
];

/** Source files must never hand preact raw HTML: the allowlist entry above depends on it. */
export const FORBIDDEN_IN_SOURCE = { dangerouslySetInnerHTML: /dangerouslySetInnerHTML/g };

const count = (code, regex) => code.match(regex)?.length ?? 0;

/**
 * The findings for `files` (`{ name, code }`, `name` relative to dist/): every forbidden
 * pattern whose count differs from what the allowlist allows for that file.
 */
export function auditFiles(files, { forbidden = FORBIDDEN, allowlist = ALLOWLIST } = {}) {
  const findings = [];
  for (const { name, code } of files) {
    for (const [pattern, regex] of Object.entries(forbidden)) {
      const found = count(code, regex);
      const allowed = allowlist.find((entry) => entry.pattern === pattern && entry.file.test(name));
      const expected = allowed?.count ?? 0;
      if (found === expected) continue;
      findings.push({
        file: name,
        pattern,
        found,
        allowed: expected,
        message: allowed
          ? `${name}: "${pattern}" appears ${found} times; the allowlist audited ${expected} (${allowed.reason}). Audit the change, then update ALLOWLIST in scripts/audit-dist.mjs.`
          : `${name}: "${pattern}" appears ${found} time${found === 1 ? '' : 's'}. Built code must not turn strings into code or markup; remove it, or audit it and add it to ALLOWLIST in scripts/audit-dist.mjs with a reason.`,
      });
    }
  }
  return findings;
}

const walk = (dir, keep) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path, keep);
    return keep(entry.name) ? [path] : [];
  });

/** Audits the built JavaScript in `dist` (apps/ excluded: example apps, not the package) and `src`. */
export function auditBuild({ dist = join(REPO_ROOT, 'dist'), src = join(REPO_ROOT, 'src') } = {}) {
  const built = readdirSync(dist)
    .filter((name) => /\.(c|m)?js$/.test(name))
    .map((name) => ({ name, code: readFileSync(join(dist, name), 'utf8') }));
  if (!built.length) {
    return {
      files: 0,
      findings: [{ message: `${dist} holds no built .js/.cjs file: run \`npm run build\` first.` }],
    };
  }
  const sources = walk(src, (name) => /\.(ts|tsx|js|mjs)$/.test(name)).map((path) => ({
    name: `src/${relative(src, path)}`,
    code: readFileSync(path, 'utf8'),
  }));
  const findings = [
    ...auditFiles(built),
    ...auditFiles(sources, { forbidden: FORBIDDEN_IN_SOURCE, allowlist: [] }),
  ];
  return { files: built.length, findings };
}

/** `node scripts/audit-dist.mjs [--dist dir] [--src dir]`: exits 1 with one line per finding. */
function main(argv) {
  const option = (name) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : resolve(argv[at + 1]);
  };
  const { files, findings } = auditBuild({ dist: option('--dist'), src: option('--src') });
  if (findings.length) {
    console.error(`audit-dist: ${findings.length} problem${findings.length === 1 ? '' : 's'}:`);
    for (const finding of findings) console.error(`  - ${finding.message}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `audit-dist: ${files} built files clean (no eval, Function, HTML strings or string timers outside the allowlist)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
