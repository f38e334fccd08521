import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { headersFor, parseHeaders } from '../../scripts/headers.ts';

const rules = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

/** One address of each kind the site serves. */
const kinds = {
  home: '/',
  chapter: '/guide/it-might-not-be-you/',
  check: '/check/',
  result: '/results/not-you/',
  journal: '/journal/',
  search: '/search/',
  offline: '/offline/',
  'service worker': '/sw.js',
  manifest: '/manifest.webmanifest',
  'search index': '/pagefind/pagefind.js',
};

for (const [kind, path] of Object.entries(kinds)) {
  test(`the preview server sends a ${kind} (${path}) with exactly the headers in _headers`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const sent = response.headers();
    const expected = headersFor(rules, path);
    expect(expected.size).toBeGreaterThan(4);
    for (const [name, value] of expected) expect(sent[name], name).toBe(value);
    expect(sent['x-content-type-options']).toBe('nosniff');
    expect(sent['referrer-policy']).toBe('no-referrer');
    expect(sent['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(sent['permissions-policy']).toContain('camera=()');
    expect(sent['cache-control']).toBe(path === '/sw.js' ? 'no-cache' : 'public, max-age=0, must-revalidate');
  });
}

test('scripts and styles are cached for a year, as their names change with their content', async ({ page, request }) => {
  await page.goto('/check/');
  const assets = await page
    .locator('link[rel="stylesheet"], script[src]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''));
  expect(assets.length).toBeGreaterThan(1);
  for (const asset of assets) {
    expect(asset).toMatch(/^\/_astro\//);
    const response = await request.get(asset);
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
  }
});

test('an unknown address gets the 404 page with the same protection', async ({ request }) => {
  const response = await request.get('/no-such-page/');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('_headers itself is for the host, not served', async ({ request }) => {
  expect((await request.get('/_headers')).status()).toBe(404);
});

test.describe('framing', () => {
  // Chromium reports the refused frame in the console of the page that tried to frame the site.
  test.use({ expectedConsoleErrors: [/frame-ancestors/] });

  test('no other page can show the site in a frame', async ({ page, baseURL }) => {
    const refused = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
    await page.setContent(`<h1>Another site</h1><iframe title="framed" src="${baseURL}/guide/"></iframe>`);
    await refused;
    const framed = page.frames().find((candidate) => candidate !== page.mainFrame());
    await framed?.waitForLoadState();
    // What loaded in the frame is the browser's error page, never the site.
    expect(framed?.url()).not.toBe(`${baseURL}/guide/`);
    await expect(page.frameLocator('iframe').getByRole('heading', { name: 'The guide' })).toHaveCount(0);
  });
});
