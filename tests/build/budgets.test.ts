import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listPages, measurePage, type Feature, type LazyFeature } from '../../scripts/page-weight.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const kB = 1000;

/**
 * Gzip byte budgets per kind of page. Every built page must fall under exactly one kind, so a new
 * route cannot slip in without a budget. `js` is the page's own JavaScript: two features are
 * budgeted on their own (below) and counted apart from it.
 */
const budgets = [
  {
    kind: 'reading page',
    match: /^\/(guide\/.*|help\/([a-z-]+\/)?|privacy\/|check\/worksheet\/|offline\/|404\.html|)$/,
    html: 7 * kB,
    css: 8 * kB,
    js: 0,
  },
  { kind: 'search page', match: /^\/search\/$/, html: 7 * kB, css: 8 * kB, js: 5 * kB },
  // The check: all of its JavaScript (island, Svelte runtime, renderer and Astro's inline loader) within 27.5 kB, up from
  // 25 kB with issues 15 and 17 (24.9 kB before them, 27.1 kB after): version 3's scoring (facts counted once, discounts,
  // one thing to sharpen), carrying over a version-2 check in progress, and the persistence primitive (following other tabs
  // and the back/forward cache, merging when the storage area changes) add about 2.2 kB. Lazy-loading the scoring did not
  // help (the shared chunks keep the union of their exports, and Vite adds its preload helper). The HTML holds the
  // questions without the words only a result shows (checkToAsk), about 7.6 kB.
  // 26.5 kB with issue 15 (26,068 B, from 27,448 B): the scoring and the result link's writer load when the answers are
  // reviewed (resultAddress, below), not with the questions.
  { kind: 'check page', match: /^\/check\/$/, html: 10 * kB, css: 8 * kB, js: 26.5 * kB },
  // A plain script rather than a Svelte island (no Svelte runtime on these pages), with the follow-up kit's: 20.5 kB, up
  // from 20 kB with issues 16 and 17 (20.49 kB: next steps and emails that fit the answers, the sharpen and not-counted sections, a
  // friend's view, a reminder to get advice in time, on a page at 19.99 kB). The HTML, 8 kB, up from 7 kB (7.9 kB, from 6.4 kB): the unfair-treatment panel
  // names the region's advice, where to complain and the time limit (issue 16), the letter that takes the usual emails'
  // place, how a friend can help, and each next step's condition (issue 17).
  // 21.5 kB with issue 18 (21,454 B, from 20,485 B). The page that saves entries reads and writes them with the journal's
  // own reader, which now reads each entry's stages, next step and reapply date (+340 B); the calendar reminder is a chunk of
  // its own, as the journal's "Due now" uses it too (+350 B of chunk boundaries); "Share as a picture" adds 193 B (the
  // picture's address, loading it when the share panel comes near, and the tap; the picture itself is budgeted below); the
  // company and role typed in the follow-up kit after saving label the entry too (+69 B).
  // 21 kB after issue 18's review (20,921 B): the calendar reminder is made when asked for, loaded on first use.
  // HTML: 7,658 B at most, with the kit's feedback request saying when it does not fit (+4 to 23 B a page), now that each
  // page's policy names only its own inline scripts (scripts/csp-hashes.ts: about 355 B less on every page).
  // 20.5 kB with issue 15 (20,039 B, from 20,998 B): asking the browser to keep the journal, and its answer's words, load
  // on the first save (-1,048 B); the result and the follow-up kit are custom elements that look only inside themselves
  // (+78 B); the condition evaluator is a module of its own (+11 B).
  { kind: 'result page', match: /^\/results\/[a-z-]+\/$/, html: 8 * kB, css: 8 * kB, js: 20.5 * kB },
  // 26 kB, up from 25 kB with issue 9 (confirmed): reading entry by entry, merging two tabs' changes by entry and time,
  // checking each write with the reader, and truthful notices cost about 1 kB; the journal and data pages are at 25.2 to 25.3 kB.
  // 28 kB with issue 15 (journal 26.7 kB, data 27.6 kB): the data page counts what an import replaces and offers the export
  // first, checks imported entries against their own answers (loaded on first use), and says what the shared-computer switch
  // did in every tab (1.6 kB); the journal keeps focus and says when an entry it changes is gone (0.7 kB).
  // Issue 18 (the journal as a record of the search), measured: the data page 28,075 B (the reader of each entry's stages,
  // next step and reapply date, +434 B), so 28.5 kB for the journal's other pages (the new stages page 26.8 kB, the record
  // 25.1 kB, its spreadsheet writer loaded on use). The journal itself, 33 kB (32,438 B, from 26,724 B): "Due now" with the
  // status-check email, Done, Snooze, the calendar reminder and the quiet-days setting (3.0 kB, of which the reminder 1.0 kB);
  // company memory, each entry's stages, the practice plan and the reply times (2.7 kB with the reader and chunk
  // boundaries). Room was found first: the stage editor is a page of its own (2 kB), the CSV writer (9.8 kB) and the
  // picture load on use, and the data links are static HTML. Issue 18 asked for 28 kB here; that is not met.
  // 31.5 kB after issue 18's review (31,225 B): the label form moved to each entry's own page (/journal/stages/, 28.5 kB
  // with it), and "Add to my calendar" loads the reminder when tapped (-1.5 kB together).
  // 32 kB after the phone review's fixes (31,799 B, from 31,371 B): what a tap did is said beside the button, not at the
  // top of the list; a refused number of quiet days says why; no feedback request after feedback came; applications still
  // waiting for word are not counted as rejections (+454 B). Room found: the reading no longer repeats the recurring
  // reason that the list and the practice plan already name (-39 B); the reply times moved to patterns.ts (-14 B on the
  // other journal pages, which kept it unused).
  { kind: 'journal page', match: /^\/journal\/$/, html: 7 * kB, css: 8 * kB, js: 32 * kB },
  { kind: 'journal page', match: /^\/journal\/[a-z]+\/$/, html: 7 * kB, css: 8 * kB, js: 28.5 * kB },
];

/** What each feature may add to a page (see `features` in scripts/page-weight.ts). */
const featureBudgets: Record<Feature, { pages: RegExp; js: number }> = {
  // The service worker's registration and update prompt: on every page, at most 1 kB.
  offline: { pages: /.*/, js: 1 * kB },
  // The notes that keep the journal safe from browser clean-ups: the journal page only.
  // 2.55 kB (2,506 B) since issue 18's review: the words after the browser's no are calmer and say what keeps the journal safe.
  keepJournalSafe: { pages: /^\/journal\/$/, js: 2.55 * kB },
  // The region's help (its guess from the time zone, its list, the parts it fetches): the pages with a help card, at most 1 kB.
  regionHelp: { pages: /^\/(|guide\/(pause-then-analyse|if-it-was-unfair)\/|results\/[a-z-]+\/)$/, js: 1 * kB },
};

/** What each module loaded on first use may add when it loads (see `lazyFeatures` in scripts/page-weight.ts). */
const lazyBudgets: Record<LazyFeature, { pages: RegExp; js: number }> = {
  // "Share as a picture" (issue 18): the SVG, the canvas and the share or download, loaded when the share panel comes
  // near, on the result pages only: at most 1.5 kB (1,486 B). Loaded without Vite's preload helper (scripts/lazy-chunk.ts),
  // which would add 0.9 kB to the page for a chunk that imports nothing.
  resultPicture: { pages: /^\/results\/[a-z-]+\/$/, js: 1.5 * kB },
  // The scoring and the result link's writer, loaded on the check page when the answers are reviewed (issue 15): at most
  // 2 kB (1,958 B). The result pages have them from the start.
  resultAddress: { pages: /^\/check\/$/, js: 2 * kB },
};

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
    let own = weight.js;
    for (const [feature, { pages: on, js }] of Object.entries(featureBudgets)) {
      const added = weight.featureJs[feature as Feature];
      // Found where it belongs (so a change in how it is recognised cannot pass as zero), and nowhere else.
      if (on.test(path)) expect(added, `${path}: ${feature}`).toBeGreaterThan(0);
      else expect(added, `${path}: ${feature}`).toBe(0);
      expect(added, `${path}: ${feature}`).toBeLessThanOrEqual(js);
      own -= added;
    }
    expect(own, `${path}: JavaScript`).toBeLessThanOrEqual(budget.js);
    for (const [feature, { pages: on, js }] of Object.entries(lazyBudgets)) {
      const added = weight.lazyJs[feature as LazyFeature];
      if (on.test(path)) expect(added, `${path}: ${feature}`).toBeGreaterThan(0);
      else expect(added, `${path}: ${feature}`).toBe(0);
      expect(added, `${path}: ${feature}`).toBeLessThanOrEqual(js);
    }
  });
});
