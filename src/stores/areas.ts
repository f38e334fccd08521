/**
 * The two storage areas and which one is in use, the bottom of the stores: `persisted.ts` builds
 * on it, and so does the small script that shows the region's help on guide pages (which cannot
 * carry the whole primitive in its 1 kB). On a shared computer a tab keeps its values in its own
 * sessionStorage, which the browser empties when the tab closes; otherwise in localStorage.
 */

/** Namespace of every key this site writes. */
export const KEY_PREFIX = 'notnever:';
/** This tab's shared-computer choice, in its sessionStorage, so that it ends with the tab. */
export const MODE_KEY = `${KEY_PREFIX}mode`;

/** A storage area if it can be read (writes may still fail, when it is full). */
function open(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    const storage = window[kind];
    storage.getItem(`${KEY_PREFIX}probe`);
    return storage;
  } catch {
    return undefined;
  }
}

export const inBrowser = typeof window !== 'undefined';
/** The two storage areas, when they can be read. */
export const local = inBrowser ? open('localStorage') : undefined;
export const session = inBrowser ? open('sessionStorage') : undefined;

/** Whether this tab keeps nothing on the device, as its sessionStorage says. */
export function readMode(): boolean {
  try {
    return session?.getItem(MODE_KEY) === 'shared';
  } catch {
    return false;
  }
}

/** Where values go: the tab's sessionStorage on a shared computer, else localStorage. */
export const areaFor = (shared: boolean) => (shared ? session : local);
