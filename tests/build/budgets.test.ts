import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listPages, measurePage } from '../../scripts/page-weight.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const kB = 1000;

/**
 * Gzip byte budgets per kind of page. Every built page must fall under exactly one kind, so a new
 * route cannot slip in without a budget.
 */
const budgets = [
  { kind: 'reading page', match: /^\/(guide\/.*|privacy\/|check\/worksheet\/|404\.html|)$/, html: 7 * kB, css: 8 * kB, js: 0 },
  { kind: 'search page', match: /^\/search\/$/, html: 7 * kB, css: 8 * kB, js: 5 * kB },
  // The check: all of its JavaScript (island, Svelte runtime, renderer and Astro's inline loader) within 25 kB.
  { kind: 'check page', match: /^\/check\/$/, html: 10 * kB, css: 8 * kB, js: 25 * kB },
  { kind: 'result page', match: /^\/results\/[a-z-]+\/$/, html: 7 * kB, css: 8 * kB, js: 25 * kB },
  // 26 kB, up from 25 kB with issue 9: reading entry by entry, merging two tabs' changes by entry and time, checking each
  // write with the reader, and truthful notices cost about 1 kB on the save page (25.96 kB), for the lead to confirm.
  { kind: 'journal page', match: /^\/journal\/([a-z]+\/)?$/, html: 7 * kB, css: 8 * kB, js: 26 * kB },
];

const pages = listPages(dist);

describe('byte budgets (gzip) over dist/', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s has a budget and keeps to it', (path) => {
    const matching = budgets.filter((budget) => budget.match.test(path));
    expect(
      matching.map((budget) => budget.kind),
      `${path} must match exactly one page kind`,
    ).toHaveLength(1);
    const budget = matching[0]!;
    const weight = measurePage(dist, path);
    expect(weight.html, `${path}: HTML`).toBeLessThanOrEqual(budget.html);
    expect(weight.css, `${path}: CSS`).toBeLessThanOrEqual(budget.css);
    expect(weight.js, `${path}: JavaScript`).toBeLessThanOrEqual(budget.js);
  });
});
