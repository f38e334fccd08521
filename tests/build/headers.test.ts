import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matches, parseHeaders } from '../../scripts/headers.ts';
import { listFiles } from '../../scripts/offline.ts';
import { inlineScriptHashes } from '../../scripts/csp-hashes.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const rules = parseHeaders(readFileSync(`${dist}_headers`, 'utf8'));
/** Every built file at the address a browser asks for it by. */
const addresses = listFiles(dist)
  .filter((file) => file !== '_headers')
  .map((file) => '/' + file.replace(/(^|\/)index\.html$/, '$1'));

describe('the _headers a host reads, over dist/', () => {
  it('is public/_headers as written', () => {
    expect(readFileSync(`${dist}_headers`, 'utf8')).toBe(
      readFileSync(fileURLToPath(new URL('../../public/_headers', import.meta.url)), 'utf8'),
    );
  });

  it('never sets one header twice for one file, which Netlify and Cloudflare Pages would treat differently', () => {
    const twice: string[] = [];
    for (const address of addresses) {
      const names = rules
        .filter((rule) => matches(rule, address))
        .flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      for (const name of new Set(names))
        if (names.filter((other) => other === name).length > 1) twice.push(`${address}: ${name}`);
    }
    expect(twice).toEqual([]);
  });

  it('gives every built file its caching: a year for hashed scripts and styles, checked on each use for the rest', () => {
    const caching = (address: string) =>
      rules.filter((rule) => matches(rule, address)).flatMap((rule) => rule.headers.filter(([name]) => name === 'Cache-Control'));
    for (const address of addresses) {
      const expected = address.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : address === '/sw.js'
          ? 'no-cache'
          : 'public, max-age=0, must-revalidate';
      expect(caching(address), address).toEqual([['Cache-Control', expected]]);
    }
  });
});

describe("each page's Content Security Policy, over dist/", () => {
  it('names exactly the inline scripts the page has: none of another page, and none missing', () => {
    const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    for (const file of pages) {
      const html = readFileSync(`${dist}${file}`, 'utf8');
      const scriptSrc = /http-equiv="content-security-policy" content="[^"]*script-src ([^;"]*)/.exec(html)?.[1] ?? '';
      const listed = scriptSrc.split(/\s+/).filter((source) => source.startsWith("'sha"));
      expect(listed.sort(), file).toEqual([...new Set(inlineScriptHashes(html))].sort());
    }
  });
});
