// Packs the package exactly as npm would publish it, then lints the tarball:
// publint (package.json against the packed files) and are-the-types-wrong (every
// entry's types resolve under node10, node16 CJS/ESM and bundler resolution).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);
const dir = mkdtempSync(join(tmpdir(), 'yesladder-pack-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' }),
  );
  const tarball = join(dir, packed.filename);
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes`);
  execFileSync(bin('publint'), ['run', tarball, '--strict'], { stdio: 'inherit' });
  execFileSync(bin('attw'), [tarball, '--format', 'table-flipped'], { stdio: 'inherit' });
} catch (error) {
  process.exitCode = 1;
  if (error.status === undefined) console.error(error);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
