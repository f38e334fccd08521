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

export interface PageWeight {
  /** URL path of the page, such as `/guide/`. */
  path: string;
  html: number;
  css: number;
  js: number;
  /** The part of `js` that registers the service worker and shows the update prompt (every page has it). */
  offlineJs: number;
}

/** How the service worker's registration is recognised among a page's scripts. */
const registersWorker = (source: string) => source.includes('/sw.js');

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
  let js = 0;
  let offlineJs = 0;
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gz(body ?? '');
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    css += gz(readFileSync(join(dist, href ?? '')));
  }
  const modules = new Set<string>();
  for (const [, tag, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(tag ?? '')?.[1];
    if (src) {
      moduleClosure(dist, src, modules);
      const source = readFileSync(join(dist, src), 'utf8');
      if (registersWorker(source)) offlineJs += gz(source);
    } else {
      js += gz(body ?? '');
      if (registersWorker(body ?? '')) offlineJs += gz(body ?? '');
      // Inline module scripts import their chunks by absolute path.
      for (const [, specifier] of (body ?? '').matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["'](\/[^"']+\.js)["']/g)) {
        moduleClosure(dist, specifier ?? '', modules);
      }
    }
  }
  for (const [, url] of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) moduleClosure(dist, url ?? '', modules);
  for (const url of modules) js += gz(readFileSync(join(dist, url)));
  return { path, html: gz(html), css, js, offlineJs };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const rows = listPages(dist).map((path) => measurePage(dist, path));
  console.log('gzip bytes per page\n');
  const columns = ['html', 'css', 'js', 'offlineJs'] as const;
  console.log('page'.padEnd(48) + columns.map((column) => column.padStart(10)).join(''));
  for (const row of rows) {
    console.log(row.path.padEnd(48) + columns.map((column) => String(row[column]).padStart(10)).join(''));
  }
  console.log('\nofflineJs: the part of js that registers the service worker and shows the update prompt.');
}
