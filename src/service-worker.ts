/**
 * The service worker. `scripts/offline.ts` builds it into `dist/sw.js` at the end of the build,
 * filling in the list of addresses to keep and a cache name made from a hash of their content, so
 * every new build of the site is a new version of the worker.
 *
 * - Install: keep a copy of every page, script, style, icon and the search index. A new version then
 *   waits; it takes over when the person chooses "Reload" in the update prompt, or when no page of
 *   the old version is open any more. It never reloads a page by itself.
 * - Activate: delete older versions' copies, only now, so that a page of an older version never
 *   asks for a script that has already gone.
 * - Pages: from the network when there is one, so they are fresh; else the kept copy; else the
 *   offline page.
 * - Everything else from this site: the kept copy first. What search fetches beyond the kept index
 *   (under /pagefind/) is kept as it arrives.
 */

declare const CACHE_NAME: string;
declare const PRECACHE: string[];
declare const OFFLINE_PAGE: string;

// The DOM library's types describe pages; these are the few worker types this file uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
}

const worker = self as unknown as WorkerScope;
const CACHE_PREFIX = 'notnever-';
const ownCache = () => caches.open(CACHE_NAME);

worker.addEventListener('install', (event) => {
  event.waitUntil(ownCache().then((cache) => cache.addAll(PRECACHE)));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

// Sent by the update prompt when the person chooses to reload into the new version.
worker.addEventListener('message', (event) => {
  if (event.data === 'take-over') void worker.skipWaiting();
});

async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    const cache = await ownCache();
    // The search page's address carries the query (/search/?q=...); the kept copy has none.
    return (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(OFFLINE_PAGE)) ?? Response.error();
  }
}

async function file(request: Request, keep: boolean): Promise<Response> {
  const cache = await ownCache();
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (keep && response.ok) await cache.put(request, response.clone());
  return response;
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request, url.pathname.startsWith('/pagefind/')));
});
