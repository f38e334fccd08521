/**
 * Measures what each built page costs a visitor, in gzip bytes: its HTML, the CSS it links or
 * inlines, and all the JavaScript it runs (inline scripts, module scripts, island components and
 * renderers, and every chunk those import statically). Used by the budget tests; run it directly
 * (`node scripts/page-weight.ts`) for a table of every page.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * Parts of a page's JavaScript that are budgeted on their own, each recognised by a string in its
 * own script: the service worker's registration and update prompt (every page), the notes that
 * keep the journal safe (the journal page), and the region's help on the pages with a help card.
 */
export const features = {
  offline: '/sw.js',
  keepJournalSafe: 'keep-journal-safe',
  regionHelp: 'region-help',
} as const;
export type Feature = keyof typeof features;

/**
 * Modules a page loads only on first use (built by scripts/lazy-chunk.ts), each recognised by its
 * chunk's name in the address a page's script holds: not part of what a page loads at first, so
 * measured apart. The result picture, on the result pages; the result's address (with the scoring),
 * on the check page.
 */
export const lazyFeatures = {
  resultPicture: 'result-picture',
  resultAddress: 'result-address',
} as const;
export type LazyFeature = keyof typeof lazyFeatures;

export interface PageWeight {
  /** URL path of the page, such as `/guide/`. */
  path: string;
  html: number;
  css: number;
  /** All the JavaScript the page runs. */
  js: number;
  /** The part of `js` that each feature adds: its script and the modules no other script on the page uses. */
  featureJs: Record<Feature, number>;
  /** What each module loaded on first use adds when it loads: its chunk and the modules it imports that the page has not. */
  lazyJs: Record<LazyFeature, number>;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Every HTML file under `dist`, as URL paths. */
export function listPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) pages.push(full);
    }
  };
  walk(dist);
  return pages
    .map((file) => '/' + relative(dist, file).split(sep).join('/'))
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

function fileForPath(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** A JS module and, recursively, the modules it imports statically. */
function moduleClosure(dist: string, url: string, seen: Set<string>): void {
  if (seen.has(url)) return;
  seen.add(url);
  const source = readFileSync(join(dist, url), 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const specifier = match[1] ?? '';
    const next = specifier.startsWith('/') ? specifier : resolve('/', dirname(url), specifier);
    moduleClosure(dist, next, seen);
  }
}

export function measurePage(dist: string, path: string): PageWeight {
  const html = readFileSync(fileForPath(dist, path), 'utf8');
  let css = 0;
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gz(body ?? '');
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    css += gz(readFileSync(join(dist, href ?? '')));
  }
  /** Each script on the page: its own code, the bytes of that code if inline, and every module it loads. */
  const scripts: { src?: string; code: string; inline: number; modules: Set<string> }[] = [];
  for (const [, tag, body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(tag ?? '')?.[1];
    const modules = new Set<string>();
    if (src) {
      // A module is loaded once however many tags name it (a component used twice, once inside a <template>).
      if (scripts.some((script) => script.src === src)) continue;
      moduleClosure(dist, src, modules);
      scripts.push({ src, code: readFileSync(join(dist, src), 'utf8'), inline: 0, modules });
    } else {
      // Inline module scripts import their chunks by absolute path.
      for (const [, specifier] of body.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["'](\/[^"']+\.js)["']/g)) {
        moduleClosure(dist, specifier ?? '', modules);
      }
      scripts.push({ code: body, inline: gz(body), modules });
    }
  }
  const islands = new Set<string>();
  for (const [, url] of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) moduleClosure(dist, url ?? '', islands);
  scripts.push({ code: '', inline: 0, modules: islands });

  const size = new Map<string, number>();
  const sizeOf = (url: string) => {
    if (!size.has(url)) size.set(url, gz(readFileSync(join(dist, url))));
    return size.get(url) ?? 0;
  };
  const all = new Set(scripts.flatMap((script) => [...script.modules]));
  const js = scripts.reduce((sum, script) => sum + script.inline, 0) + [...all].reduce((sum, url) => sum + sizeOf(url), 0);

  const featureJs = Object.fromEntries(
    Object.entries(features).map(([feature, marker]) => {
      let own = 0;
      for (const script of scripts.filter((candidate) => candidate.code.includes(marker))) {
        const others = scripts.filter((other) => other !== script);
        own += script.inline;
        for (const url of script.modules) if (!others.some((other) => other.modules.has(url))) own += sizeOf(url);
      }
      return [feature, own];
    }),
  ) as Record<Feature, number>;
  const code = [...scripts.map((script) => script.code), ...[...all].map((url) => readFileSync(join(dist, url), 'utf8'))];
  const lazyJs = Object.fromEntries(
    Object.entries(lazyFeatures).map(([feature, name]) => {
      const chunks = new Set<string>();
      for (const source of code)
        for (const [, url] of source.matchAll(new RegExp(`["'\`](/_astro/${name}\\.[\\w-]+\\.js)["'\`]`, 'g')))
          moduleClosure(dist, url ?? '', chunks);
      return [feature, [...chunks].filter((url) => !all.has(url)).reduce((sum, url) => sum + sizeOf(url), 0)];
    }),
  ) as Record<LazyFeature, number>;
  return { path, html: gz(html), css, js, featureJs, lazyJs };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const rows = listPages(dist).map((path) => measurePage(dist, path));
  console.log('gzip bytes per page\n');
  const featureNames = Object.keys(features) as Feature[];
  const lazyNames = Object.keys(lazyFeatures) as LazyFeature[];
  const names = ['html', 'css', 'js', ...featureNames, ...lazyNames];
  const widths = names.map((name) => Math.max(8, name.length + 2));
  console.log('page'.padEnd(48) + names.map((name, i) => name.padStart(widths[i] ?? 8)).join(''));
  for (const row of rows) {
    const cells = [
      row.html,
      row.css,
      row.js,
      ...featureNames.map((name) => row.featureJs[name]),
      ...lazyNames.map((name) => row.lazyJs[name]),
    ];
    console.log(row.path.padEnd(48) + cells.map((cell, i) => String(cell).padStart(widths[i] ?? 8)).join(''));
  }
  console.log(
    "\njs is all of a page's JavaScript; the columns after it are the parts of js that each feature adds, then what each module loaded on first use adds when it loads.",
  );
}
