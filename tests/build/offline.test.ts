import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../scripts/page-weight.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const worker = readFileSync(`${dist}sw.js`, 'utf8');
/** The addresses written into the built worker. */
const precache: string[] = JSON.parse(/(\["\/[^\]]*\])/.exec(worker)?.[1] ?? '[]');

describe('the service worker over dist/', () => {
  it('keeps every page, script and style of the build, and only files that exist', () => {
    expect(precache.length).toBeGreaterThan(40);
    // Every page but the 404 page, which only a host serves.
    for (const page of listPages(dist).filter((path) => path !== '/404.html')) expect(precache, page).toContain(page);
    expect(precache).not.toContain('/404.html');
    const assets = readFileSync(`${dist}index.html`, 'utf8').match(/\/_astro\/[^"'\s)]+/g) ?? [];
    for (const asset of assets) expect(precache, asset).toContain(asset);
    for (const url of precache) {
      const path = new URL(url, 'http://x').pathname;
      const file = path.endsWith('/') ? `${path}index.html` : path;
      expect(() => readFileSync(`${dist}${file.slice(1)}`), url).not.toThrow();
    }
  });

  it("does not keep Astro's Svelte renderer, which no page loads", () => {
    const pages = listPages(dist).map((path) =>
      readFileSync(`${dist}${path.endsWith('/') ? `${path}index.html` : path.slice(1)}`, 'utf8'),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const html of pages) expect(html).not.toMatch(/client\.svelte\./);
    expect(precache.filter((url) => url.includes('client.svelte.'))).toEqual([]);
  });

  it('keeps the offline page and what search needs', () => {
    expect(precache).toContain('/offline/');
    expect(worker).toContain('"/offline/"');
    expect(precache).toContain('/pagefind/pagefind.js');
    expect(precache.some((url) => url.startsWith('/pagefind/pagefind-entry.json?ts='))).toBe(true);
    expect(precache.some((url) => /^\/pagefind\/wasm\.en-gb\.pagefind$/.test(url))).toBe(true);
  });

  it('has a cache name of its own for this build', () => {
    expect(worker).toMatch(/"notnever-[0-9a-f]{16}"/);
  });
});

describe('the web app manifest', () => {
  const manifest = JSON.parse(readFileSync(`${dist}manifest.webmanifest`, 'utf8'));

  it('installs as Not Never and opens on the journal, with the whole site in scope', () => {
    expect(manifest).toMatchObject({
      name: 'Not Never',
      short_name: 'Not Never',
      start_url: '/journal/',
      scope: '/',
      display: 'standalone',
    });
    expect(listPages(dist)).toContain(manifest.start_url);
  });

  it('lists PNG icons of the sizes it states, a maskable one among them', () => {
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const { width, height, type } = imageSize(readFileSync(`${dist}${icon.src.slice(1)}`));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      expect(`image/${type}`).toBe(icon.type);
    }
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon: { purpose: string }) => icon.purpose === 'maskable')).toBe(true);
  });

  it('is linked from every page, with the home-screen icon for iPhone and iPad', () => {
    for (const page of listPages(dist)) {
      const html = readFileSync(`${dist}${page.endsWith('/') ? `${page}index.html` : page}`, 'utf8');
      expect(html, page).toContain('<link rel="manifest" href="/manifest.webmanifest">');
      const touch = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(html)?.[1];
      expect(touch, page).toBeDefined();
      expect(imageSize(readFileSync(`${dist}${touch!.slice(1)}`))).toMatchObject({ width: 180, height: 180 });
    }
  });
});
