import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../scripts/page-weight.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const origin = 'http://site.test';

function fileFor(pathname: string): string | undefined {
  const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`];
  return candidates.map((candidate) => join(dist, candidate)).find((file) => existsSync(file));
}

const documents = new Map<string, Document>();
function load(pathname: string): Document {
  let doc = documents.get(pathname);
  if (!doc) {
    const file = fileFor(pathname);
    doc = new JSDOM(file ? readFileSync(file, 'utf8') : '').window.document;
    documents.set(pathname, doc);
  }
  return doc;
}

const pages = listPages(dist);

describe('internal links and heading anchors over dist/', () => {
  it.each(pages)('every link on %s resolves', (page) => {
    const broken: string[] = [];
    const base = new URL(page, origin);
    for (const anchor of load(page).querySelectorAll('a[href]')) {
      const href = anchor.getAttribute('href') ?? '';
      const target = new URL(href, base);
      if (target.origin !== origin) continue;
      if (!fileFor(target.pathname)) {
        broken.push(`${href} (no page)`);
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (id && target.pathname.endsWith('/') && !load(target.pathname).getElementById(id)) {
        broken.push(`${href} (no element with id "${id}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)(
    'every link an island carries in its props on %s resolves (rendered in the browser, as a practice plan is)',
    (page) => {
      const broken: string[] = [];
      const hrefs = (value: unknown): string[] =>
        typeof value === 'string'
          ? /^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/.test(value)
            ? [value]
            : []
          : typeof value === 'object' && value !== null
            ? Object.values(value).flatMap(hrefs)
            : [];
      for (const island of load(page).querySelectorAll('[data-props]')) {
        for (const href of hrefs(JSON.parse(island.getAttribute('data-props') ?? '{}'))) {
          const target = new URL(href, origin);
          const id = decodeURIComponent(target.hash.slice(1));
          if (!fileFor(target.pathname)) broken.push(`${href} (no page)`);
          else if (id && !load(target.pathname).getElementById(id)) broken.push(`${href} (no element with id "${id}")`);
        }
      }
      expect(broken).toEqual([]);
    },
  );

  it('every chapter heading has an anchor that its table of contents links to', () => {
    const chapters = pages.filter((page) => /^\/guide\/.+\/$/.test(page));
    expect(chapters.length).toBeGreaterThanOrEqual(7);
    for (const chapter of chapters) {
      const doc = load(chapter);
      const headings = [...doc.querySelectorAll('article h2[id], article h3[id]')].filter((h) => h.id !== 'toc-title');
      const tocTargets = [...doc.querySelectorAll('.toc a')].map((a) => a.getAttribute('href'));
      expect(headings.length, chapter).toBeGreaterThan(2);
      expect(tocTargets, chapter).toEqual(headings.map((h) => `#${h.id}`));
    }
  });
});
