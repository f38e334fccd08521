/**
 * Keeping the journal safe from browser clean-ups, under `notnever:durability:v1`: after the first
 * journal save, the browser is asked to keep this site's storage, and its answer kept; the note
 * about browsers that delete data after a week, once; when the journal was last exported, for the
 * reminder. Reacts to the journal's entries rather than changing how they are saved.
 */
import { atom } from 'nanostores';
import { readDurability, type Durability } from '../lib/durability';
import { journalEntries } from './journal';
import { KEY_PREFIX, persisted, sharedComputer, storageState } from './persisted';

/** What the browser's answer means for the journal, in plain words: loaded with the store, by pages that load it on first use. */
export { persistWords } from '../lib/durability';

export const DURABILITY_KEY = `${KEY_PREFIX}durability:v1`;

const stored = persisted<Durability>({
  key: DURABILITY_KEY,
  empty: {},
  // Only flags and dates, nothing a person would miss: what cannot be read counts as never set, and the next write replaces it.
  read: (text) => ({ value: readDurability(text) }),
  write: (value) => (Object.keys(value).length === 0 ? undefined : JSON.stringify(value)),
});

/** The state, read with the same rules it is written by; follows other tabs and the back/forward cache. */
export const durability = stored.$value;

function update(change: Partial<Durability>): void {
  stored.set({ ...stored.get(), ...change });
}

/** True once the browser was asked during this visit, so the page says what it answered. */
export const askedThisVisit = atom(false);

/**
 * Whether what the site keeps can be kept at all: not on a shared computer (the person chose to
 * keep nothing) and not when storage is off. Only then do the notes about keeping it make sense.
 */
export const keepingOnDevice = (shared = sharedComputer.get(), state = storageState.get()) => !shared && state === 'ok';

/**
 * Asks the browser to keep this site's storage (so that it is not cleared to free up space), once,
 * when the journal first holds something, and keeps the answer. The browser may decide without
 * asking the person, from how the site is used (installed, bookmarked, visited often).
 */
export async function askToKeepStorage(): Promise<void> {
  if (askedThisVisit.get() || stored.get().persist || journalEntries.get().length === 0 || !keepingOnDevice()) return;
  askedThisVisit.set(true);
  if (typeof navigator.storage?.persist !== 'function') {
    update({ persist: 'unsupported' });
    return;
  }
  let granted = false;
  try {
    granted = await navigator.storage.persist();
  } catch {
    // A browser that refuses to answer has not promised anything.
  }
  update({ persist: granted ? 'granted' : 'denied' });
}

export function putAwayWeekNotice(): void {
  update({ weekNoticeDone: true });
}

/** Called when the journal is exported: the reminder counts new entries from now. */
export function noteExport(now = new Date()): void {
  update({ exportedAt: now.toISOString() });
}

export function putAwayExportReminder(now = new Date()): void {
  update({ reminderPutAwayAt: now.toISOString() });
}

/** The browser's offer to install the site as an app, kept from the moment it comes (Chromium only). */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
}
export const installOffer = atom<InstallPromptEvent | null>(null);
if (typeof window !== 'undefined') {
  addEventListener('beforeinstallprompt', (event) => installOffer.set(event as InstallPromptEvent));
  addEventListener('appinstalled', () => installOffer.set(null));
}

/** Shows the browser's own install dialogue. */
export async function install(): Promise<void> {
  const offer = installOffer.get();
  if (!offer) return;
  installOffer.set(null);
  await offer.prompt();
}

/** True in the installed app, which the browsers that clear data after a week leave alone. */
export function runningAsApp(): boolean {
  return (
    (typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches) ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}
