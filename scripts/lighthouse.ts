/**
 * Runs Lighthouse (mobile settings, the default) on one page of each kind of the built site and
 * writes the four category scores and LCP / TBT / CLS to reports/lighthouse/summary.md and .json.
 * Fails (exit code 1) when any page scores under 100 in any category. Run `npm run build` first.
 * Usage: npm run lighthouse [-- --port 4500] [-- /path/ /other/]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { checksum } from '../src/lib/share-link.ts';

const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
// By default the port of `npm run preview` and of the default SITE_URL; another port lets two checkouts run side by side.
const port = portAt === -1 ? 4321 : Number(args.splice(portAt, 2)[1]);
if (!Number.isInteger(port) || port <= 0) throw new Error('--port takes a port number, such as --port 4500');

// One page of each kind; the result page with a real link's details, as a person arrives from a shared link.
const defaultPages = [
  '/',
  '/guide/',
  '/guide/it-might-not-be-you/',
  '/privacy/',
  '/search/#q=freeze',
  '/check/',
  '/check/worksheet/',
  // A result someone shared, as a friend opening the link would see it (version 3 of the check).
  '/results/both/#v=3&o=both&rn=told:role-changed&rl=differently:nerves&u=since&c=' +
    checksum('v=3&o=both&rn=told:role-changed&rl=differently:nerves&u=since'),
  '/guide/if-it-was-unfair/',
  '/guide/questions-after-a-no/',
  '/help/',
  '/help/united-states/',
  '/journal/',
  '/journal/answer/',
  '/journal/data/',
  '/journal/record/',
  '/journal/stages/',
];
// Left out: the 404 and offline pages, which are `noindex` by design (Lighthouse's SEO score counts that against them).
const pages = args.length > 0 ? args : defaultPages;

const preview = startPreview(port);
const { origin } = preview;

interface Row {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const rows: Row[] = [];
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  await preview.ready();
  chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  for (const page of pages) {
    const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    // A page that did not load (another server on the port, a build missing) must not pass as zeros.
    if (result.lhr.runtimeError) throw new Error(`Lighthouse could not test ${page}: ${result.lhr.runtimeError.message}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({
      page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    });
    const failing = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    console.log(`${page}: ${JSON.stringify(rows.at(-1))}${failing.length ? ` failing: ${failing.join(', ')}` : ''}`);
    for (const id of failing) {
      const items = (audits[id]?.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? [];
      for (const item of items) console.log(`  ${id}: ${item.node?.snippet ?? JSON.stringify(item).slice(0, 200)}`);
    }
  }
} finally {
  chrome?.kill();
  preview.stop();
}

const lighthouseVersion = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
const table = [
  '| page | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (row) =>
      `| \`${row.page}\` | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${row.lcpMs} | ${row.tbtMs} | ${row.cls} |`,
  ),
].join('\n');
const summary = `# Lighthouse figures\n\nLighthouse ${lighthouseVersion}, mobile settings (simulated throttling), headless system Chromium, ${new Date().toISOString()}.\n\n${table}\n`;
await mkdir('reports/lighthouse', { recursive: true });
await writeFile('reports/lighthouse/summary.md', summary);
await writeFile('reports/lighthouse/summary.json', JSON.stringify(rows, null, 2) + '\n');
console.log(`\n${summary}`);

// Lighthouse 100 in every category on every kind of page is one of the site's quality bars.
const short = rows.flatMap((row) =>
  (['performance', 'accessibility', 'bestPractices', 'seo'] as const)
    .filter((category) => row[category] < 100)
    .map((category) => `${row.page}: ${category} ${row[category]}`),
);
if (short.length > 0) {
  console.error(`Under 100:\n${short.join('\n')}`);
  process.exitCode = 1;
}
