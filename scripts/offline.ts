/**
 * The Astro integration that makes the built site work offline. At the end of `astro build` it
 * indexes the guide for search (Pagefind), then writes `dist/sw.js`: the service worker in
 * `src/service-worker.ts`, with the list of files to keep and a cache name made from a hash of
 * their content, so that any change to the site is a new version of the worker and an unchanged
 * site rebuilds to the same worker.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as esbuild from 'esbuild';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_TAG } from '../src/lib/search.ts';

/** Where the worker sends a page it has no copy of, offline. */
export const OFFLINE_PAGE = '/offline/';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** Files Pagefind's search loads: its script and worker, the entry and metadata, the language's WebAssembly, index and fragments. */
const searchFile =
  /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.(?!unknown\.)[^/]+\.pagefind|index\/[^/]+|fragment\/[^/]+)$/;

/**
 * Files nobody needs offline: the host's and the worker's own, preview cards for chat apps, what is
 * for search engines, the calibration stories to download (for checking the figures, online), and
 * the 404 page, which only a host serves (offline, the offline page stands in; and Cloudflare Pages
 * answers `/404.html` with a redirect, which a worker must not keep). And Astro's Svelte renderer,
 * which the Svelte integration always builds but no page loads: the islands hydrate through
 * `src/lib/hydrate.ts`.
 */
const notKept =
  /^(_headers|sw\.js|404\.html|robots\.txt|sitemap-[^/]+\.xml|og\/.+|check\/calibration\.(json|csv)|_astro\/client\.svelte\.[\w-]+\.js)$/;

/**
 * The addresses the worker keeps, from the built files: every page (at its address, `/guide/` for
 * `guide/index.html`), script, style, icon and data file, and what search loads (the entry under
 * the address search asks for it by), but not Pagefind's ready-made interfaces, which we do not use.
 */
export function precacheEntries(files: readonly string[]): { file: string; url: string }[] {
  const entries: { file: string; url: string }[] = [];
  for (const file of files) {
    if (notKept.test(file)) continue;
    if (file.startsWith('pagefind/')) {
      if (searchFile.test(file)) {
        entries.push({ file, url: file === 'pagefind/pagefind-entry.json' ? `/${file}?ts=${SEARCH_INDEX_TAG}` : `/${file}` });
      }
    } else entries.push({ file, url: '/' + file.replace(/(^|\/)index\.html$/, '$1') });
  }
  return entries;
}

/** A name for this build's cache: a hash of every kept file's path and content. */
export function cacheName(dir: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)))
      .update('\0');
  return `notnever-${hash.digest('hex').slice(0, 16)}`;
}

/** Builds the worker's source with its list and cache name, minified. */
export async function buildWorker(cache: string, precache: readonly string[]): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('../src/service-worker.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    define: {
      CACHE_NAME: JSON.stringify(cache),
      PRECACHE: JSON.stringify(precache),
      OFFLINE_PAGE: JSON.stringify(OFFLINE_PAGE),
    },
  });
  return result.outputFiles[0]?.text ?? '';
}

async function indexForSearch(dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  const problems = [...added.errors, ...written.errors];
  if (problems.length > 0) throw new Error(`Pagefind could not index the site: ${problems.join('; ')}`);
}

/**
 * Writes `sw.js` into a built site, for the files it holds now. Returns the cache name and how many
 * files the worker keeps. The tests call it on a changed copy of the site to make a new version.
 */
export async function writeServiceWorker(dist: string): Promise<{ cache: string; kept: number }> {
  const entries = precacheEntries(listFiles(dist));
  const cache = cacheName(
    dist,
    entries.map((entry) => entry.file),
  );
  writeFileSync(
    join(dist, 'sw.js'),
    await buildWorker(
      cache,
      entries.map((entry) => entry.url),
    ),
  );
  return { cache, kept: entries.length };
}

export function offline(): AstroIntegration {
  return {
    name: 'not-never:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await indexForSearch(dist);
        const { cache, kept } = await writeServiceWorker(dist);
        logger.info(`Search indexed; sw.js keeps ${kept} files for offline use, in the cache ${cache}.`);
      },
    },
  };
}
