/**
 * Measures how quickly the check answers a person on a phone: a full run of the check at 390x844
 * with the CPU slowed six times (Chrome's "mid-tier mobile"), choosing the first option of each
 * question, Continue, now and then Back and Continue again, then "Check your answers". Every click
 * is timed by the browser's own Event Timing (the same figure as INP: from the input to the next
 * paint), and the script prints the median, p95 and worst per kind of interaction, and writes them
 * to reports/interaction/summary.json. A measurement, not a test: it never fails on a figure.
 * Run `npm run build` first. Usage: npm run interaction [-- --port 4600] [-- --runs 3]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.ts';
import { startPreview } from './preview-server.ts';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a whole number`);
  return value;
};
const port = option('port', 4600);
const runs = option('runs', 3);
const THROTTLE = 6;

const preview = startPreview(port);
const { origin } = preview;

type Kind = 'choose' | 'continue' | 'back';

/**
 * Clicks, and returns the longest Event Timing entry of that click (input to next paint, in ms). The browser reports
 * only interactions of 16 ms or more: a click with no entry counts as 16, an upper bound.
 */
async function timedClick(page: Page, selector: string): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { timings: number[] }).timings = [];
  });
  await page.locator(selector).first().click();
  // Entries arrive after the next paint: wait two frames, then a moment for the observer's task.
  const timings = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => setTimeout(() => resolve((window as unknown as { timings: number[] }).timings), 100)),
        ),
      ),
  );
  return Math.max(16, ...timings);
}

async function oneRun(page: Page, seen: Record<Kind, number[]>) {
  await page.goto(`${origin}/check/`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${origin}/check/`);
  // From the page's own side (not an inline script, which the site's policy refuses).
  await page.evaluate(() => {
    const timed = window as unknown as { timings?: number[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (['click', 'pointerup', 'keydown'].includes(entry.name)) timed.timings?.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  await page.getByRole('button', { name: 'Start the check' }).click();
  for (let step = 0; step < 40; step++) {
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    if ((await page.locator('h1').innerText()).trim() === 'Check your answers') return;
    const name = await page.locator('form.question input').first().getAttribute('id');
    seen.choose.push(await timedClick(page, `#${name}`));
    seen.continue.push(await timedClick(page, 'button:text-is("Continue")'));
    if (step % 4 === 2) {
      seen.back.push(await timedClick(page, 'button.back-link'));
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      seen.continue.push(await timedClick(page, 'button:text-is("Continue")'));
    }
  }
  throw new Error('The check did not reach "Check your answers" in 40 steps');
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

try {
  await preview.ready();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const seen: Record<Kind, number[]> = { choose: [], continue: [], back: [] };
  for (let run = 0; run < runs; run++) await oneRun(page, seen);
  await browser.close();
  const summary = Object.fromEntries(
    (Object.keys(seen) as Kind[]).map((kind) => [
      kind,
      {
        count: seen[kind].length,
        median: percentile(seen[kind], 50),
        p95: percentile(seen[kind], 95),
        worst: Math.max(...seen[kind]),
      },
    ]),
  );
  const all = Object.values(seen).flat();
  const overall = { count: all.length, median: percentile(all, 50), p95: percentile(all, 95), worst: Math.max(...all) };
  console.log(
    `The check at ${THROTTLE}x CPU throttle, 390x844, ${runs} runs (Event Timing, ms; 16 stands for 16 or less, the least it reports):`,
  );
  for (const [kind, figures] of [...Object.entries(summary), ['all', overall] as const])
    console.log(
      `  ${kind.padEnd(9)} n=${String(figures.count).padStart(3)}  median ${figures.median}  p95 ${figures.p95}  worst ${figures.worst}`,
    );
  await mkdir('reports/interaction', { recursive: true });
  await writeFile(
    'reports/interaction/summary.json',
    `${JSON.stringify({ measuredAt: new Date().toISOString(), throttle: THROTTLE, runs, ...summary, all: overall }, null, 2)}\n`,
  );
} finally {
  preview.stop();
}
