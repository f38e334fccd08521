/** The part of Pagefind's API this site uses. Pagefind's module is built next to the site, in `/pagefind/`. */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: { metaCacheTag: string }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/**
 * Pagefind asks for its entry file under a new address each time (`?ts=` and the time) to get past
 * caches; a fixed tag gives it one address, which the service worker keeps for search offline
 * (scripts/offline.ts). Each build has its own worker cache, so the tag need not change.
 */
export const SEARCH_INDEX_TAG = 'offline';

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // The address is a variable so that Vite leaves the import to the browser: the module exists only after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(
    async (module) => {
      await module.options({ metaCacheTag: SEARCH_INDEX_TAG });
      return module;
    },
    (error: unknown) => {
      // Offline before search was ever kept: let the next search try again rather than fail for good.
      pagefind = undefined;
      throw error;
    },
  );
  return pagefind;
}

/**
 * Pagefind's excerpts are escaped text with <mark> around the matches. Rebuild them as DOM nodes
 * (text, and <mark> with text in it) instead of assigning HTML, so nothing in an excerpt can ever
 * run as markup. The excerpt is parsed whole, in an inert document: parsing each piece on its own
 * lost the space before it (the HTML parser drops whitespace at the start of a document), which
 * glued "hiring freeze. After" into "hiringfreeze.After".
 */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/** Runs a search and shows the results (title, link, excerpt) in `list`, with a count in `status`. */
export async function runSearch(query: string, view: { status: HTMLElement; list: HTMLElement }): Promise<void> {
  view.list.replaceChildren();
  if (!query) {
    view.status.textContent = '';
    return;
  }
  view.status.textContent = 'Searching…';
  try {
    const { results } = await (await loadPagefind()).search(query);
    const pages = await Promise.all(results.slice(0, 10).map((result) => result.data()));
    view.status.textContent =
      pages.length === 0
        ? `No chapters mention “${query}”. Try a shorter or different word.`
        : `${pages.length} ${pages.length === 1 ? 'chapter' : 'chapters'} found for “${query}”.`;
    for (const page of pages) {
      const item = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.meta.title ?? page.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(page.excerpt));
      item.append(heading, excerpt);
      view.list.append(item);
    }
  } catch {
    view.status.textContent = 'Search could not load. The guide’s index lists every chapter instead.';
  }
}
