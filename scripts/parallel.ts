/**
 * Runs npm scripts side by side and fails if any of them fails: `node scripts/parallel.ts a b`.
 * The type checks, the linters and the unit tests each leave a core idle part of the
 * time, so on two cores side by side they take about 70 s rather than the 130 s of one after another. (The browser
 * tests beside them were tried: the unit tests' property runs then outlast their 5 s timeout.)
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const runs = scripts.map(
  (script) =>
    new Promise<number>((resolve) => {
      const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
      child.on('close', (code) => resolve(code ?? 1));
    }),
);
const codes = await Promise.all(runs);
const failed = scripts.filter((_, i) => codes[i] !== 0);
if (failed.length > 0) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}
