import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildWorker, cacheName, listFiles, precacheEntries } from '../../scripts/offline.ts';
import { SEARCH_INDEX_TAG } from '../../src/lib/search.ts';

const files = [
  '404.html',
  '_astro/check.abc.js',
  '_astro/BaseLayout.def.css',
  '_headers',
  'check/scoring.0123456789ab.json',
  'favicon.svg',
  'guide/index.html',
  'guide/follow-up-well/index.html',
  'icons/icon-192.png',
  'index.html',
  'manifest.webmanifest',
  'og/default.png',
  'pagefind/fragment/en-gb_1.pf_fragment',
  'pagefind/index/en-gb_2.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind.en-gb_3.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/wasm.en-gb.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'robots.txt',
  'sitemap-0.xml',
  'sitemap-index.xml',
  'sw.js',
];

describe('what the service worker keeps', () => {
  it('keeps pages at their addresses, scripts, styles, icons, data and what search loads', () => {
    expect(precacheEntries(files).map((entry) => entry.url)).toEqual([
      '/_astro/check.abc.js',
      '/_astro/BaseLayout.def.css',
      '/check/scoring.0123456789ab.json',
      '/favicon.svg',
      '/guide/',
      '/guide/follow-up-well/',
      '/icons/icon-192.png',
      '/',
      '/manifest.webmanifest',
      '/pagefind/fragment/en-gb_1.pf_fragment',
      '/pagefind/index/en-gb_2.pf_index',
      `/pagefind/pagefind-entry.json?ts=${SEARCH_INDEX_TAG}`,
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.en-gb_3.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en-gb.pagefind',
    ]);
  });
});

describe('the cache name', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is the same for the same files and changes when any kept file changes', () => {
    dir = mkdtempSync(join(tmpdir(), 'notnever-cache-'));
    mkdirSync(join(dir, 'guide'));
    writeFileSync(join(dir, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(dir, 'guide/index.html'), '<h1>The guide</h1>');
    const kept = listFiles(dir);
    expect(kept).toEqual(['guide/index.html', 'index.html']);
    const first = cacheName(dir, kept);
    expect(first).toMatch(/^notnever-[0-9a-f]{16}$/);
    expect(cacheName(dir, kept)).toBe(first);
    writeFileSync(join(dir, 'guide/index.html'), '<h1>The guide, new edition</h1>');
    expect(cacheName(dir, kept)).not.toBe(first);
  });
});

describe('the built worker', () => {
  it('carries its cache name and list, and stays small', async () => {
    const source = await buildWorker('notnever-0123456789abcdef', ['/', '/guide/']);
    expect(source).toContain('"notnever-0123456789abcdef"');
    expect(source).toContain('["/","/guide/"]');
    expect(source).toContain('"/offline/"');
    expect(source).not.toMatch(/CACHE_NAME|PRECACHE|OFFLINE_PAGE/);
    expect(Buffer.byteLength(source)).toBeLessThan(1500);
  });
});
