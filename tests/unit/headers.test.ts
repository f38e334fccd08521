import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, matches, parseHeaders } from '../../scripts/headers.ts';

describe('parseHeaders (the _headers format of Netlify and Cloudflare Pages)', () => {
  it('reads paths, indented headers and comments', () => {
    const rules = parseHeaders(
      ['# a comment', '/*', '  X-One: a: b', '', '/_astro/*', '\tCache-Control: immutable  '].join('\n'),
    );
    expect(rules).toEqual([
      { pattern: '/*', headers: [['X-One', 'a: b']] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
    ]);
  });

  it('refuses what it cannot place, naming the line', () => {
    expect(() => parseHeaders('  X-One: a')).toThrow(/line 1: expected "Name: value" under a path/);
    expect(() => parseHeaders('guide/\n  X-One: a')).toThrow(/line 1: a path must start with "\/"/);
    expect(() => parseHeaders('/\n  no colon here')).toThrow(/line 2/);
  });

  it('matches a splat across slashes, a placeholder within one segment, and plain paths exactly', () => {
    const rule = (pattern: string) => ({ pattern, headers: [] });
    expect(matches(rule('/*'), '/guide/follow-up-well/')).toBe(true);
    expect(matches(rule('/guide/*'), '/guide/')).toBe(true);
    expect(matches(rule('/guide/*'), '/guidebook/')).toBe(false);
    expect(matches(rule('/results/:outcome/'), '/results/not-you/')).toBe(true);
    expect(matches(rule('/results/:outcome/'), '/results/not-you/extra/')).toBe(false);
    expect(matches(rule('/'), '/')).toBe(true);
    expect(matches(rule('/'), '/guide/')).toBe(false);
    expect(matches(rule('/sw.js'), '/swXjs')).toBe(false);
  });

  it('gives a path the headers of every rule it matches, joining repeats as Cloudflare Pages does', () => {
    const rules = parseHeaders('/*\n  A: 1\n/x/*\n  B: 2\n  a: 3');
    expect(Object.fromEntries(headersFor(rules, '/x/y'))).toEqual({ a: '1, 3', b: '2' });
    expect(Object.fromEntries(headersFor(rules, '/z'))).toEqual({ a: '1' });
  });

  it('reads the real public/_headers', () => {
    const rules = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
    const page = headersFor(rules, '/guide/');
    expect(page.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(headersFor(rules, '/_astro/x.js').get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
