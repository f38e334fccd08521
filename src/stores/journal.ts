/**
 * The journal: finished checks a person chose to keep, under `notnever:journal:v1`, with the
 * actions on it. The only code that reads or writes that key.
 *
 * - Read entry by entry: an entry that cannot be read is set aside on its own; the rest stay.
 * - Written only after the same reader accepts what is about to be written.
 * - Two tabs merge, never overwrite: each action starts from what storage holds now, and a change
 *   from another tab is merged entry by entry (ids and times, see `mergeJournals`), so an edit made
 *   in one tab a few milliseconds before another's is kept.
 */
import { atom, onMount } from 'nanostores';
import {
  MAX_ENTRIES,
  emptyJournal,
  forgetOldRemovals,
  mergeJournals,
  readStoredJournal,
  writeJournal,
  REMEMBER_REMOVALS_MS,
  type JournalEntry,
  type JournalLabel,
  type JournalState,
  type StarDraft,
} from '../lib/journal';
import { KEY_PREFIX, keepAside, onStorageChange, readKey, writeKey } from './storage-core';

export const JOURNAL_KEY = `${KEY_PREFIX}journal:v1`;

/** The entries, oldest first. Connects to storage while anything listens. */
export const journalEntries = atom<readonly JournalEntry[]>([]);

/** This tab's copy: the entries and the deletions it remembers. */
let state: JournalState = emptyJournal;
/** The stored text this tab last read or wrote. */
let seen: string | undefined;
let forgetting: ReturnType<typeof setTimeout> | undefined;

function publish(next: JournalState): void {
  state = next;
  journalEntries.set(next.entries);
  clearTimeout(forgetting);
  // Once no tab can still be behind, deletions are forgotten (and an empty journal leaves nothing stored).
  const oldest = Object.values(next.removed).sort()[0];
  if (oldest) forgetting = setTimeout(() => sync(), Date.parse(oldest) + REMEMBER_REMOVALS_MS - Date.now() + 1);
}

/** The journal as it should be stored: undefined when it holds nothing. */
const textOf = (next: JournalState) =>
  next.entries.length === 0 && Object.keys(next.removed).length === 0 ? undefined : writeJournal(next);

function write(next: JournalState): boolean {
  const text = textOf(next);
  // The writer keeps the reader's rules: what the reader would refuse is a bug, never written.
  const check = text === undefined ? undefined : readStoredJournal(text);
  if (check && (!check.ok || check.unreadable.length > 0 || check.state.entries.length !== next.entries.length)) {
    console.error('Not Never: the journal was not saved, as it would not read back.', check);
    return false;
  }
  seen = text;
  writeKey(JOURNAL_KEY, text);
  // Keep what the reader gave back: every tab then holds entries in one form, and compares them alike.
  publish(check ? check.state : next);
  return true;
}

/** Reads what storage holds now and merges it into this tab's copy, writing back what storage lacked. */
function sync(): JournalState {
  const raw = readKey(JOURNAL_KEY);
  let stored: JournalState = emptyJournal;
  let rewrite = false;
  if (raw !== undefined && raw !== seen) {
    const read = readStoredJournal(raw);
    if (!read.ok) {
      // Not a journal at all: replace it only once a copy is safe (else it stays, untouched).
      rewrite = keepAside(JOURNAL_KEY, raw);
    } else {
      stored = read.state;
      if (read.unreadable.length > 0) rewrite = keepAside(JOURNAL_KEY, JSON.stringify(read.unreadable));
    }
  } else if (raw !== undefined) {
    stored = state;
  }
  const merged = forgetOldRemovals(mergeJournals(stored, state), new Date());
  seen = raw;
  // Written back only when storage lacks something this tab holds (or something was set aside), not for form's sake.
  if (rewrite || textOf(merged) !== (raw === undefined ? undefined : textOf(stored))) write(merged);
  else publish(merged);
  return merged;
}

onMount(journalEntries, () => {
  sync();
  // The build renders the islands' first view, with no window to listen to.
  if (typeof window === 'undefined') return;
  const stop = onStorageChange((key) => {
    if (key === JOURNAL_KEY || key === null) sync();
  });
  // A page restored from the back/forward cache missed the changes made meanwhile.
  const restore = () => sync();
  addEventListener('pageshow', restore);
  return () => {
    stop();
    removeEventListener('pageshow', restore);
    clearTimeout(forgetting);
  };
});

/** (For this store and `journal-import.ts`.) Applies a change to the journal as storage holds it now, as made after every change it knows of. */
export function change(apply: (current: JournalState, now: string) => JournalState): boolean {
  const current = sync();
  const latest = [...current.entries.map((entry) => entry.updatedAt), ...Object.values(current.removed)].sort().at(-1);
  const now = Math.max(Date.now(), latest ? Date.parse(latest) + 1 : 0);
  return write(apply(current, new Date(now).toISOString()));
}

/** Puts entries in as changed now; putting back an entry deleted a moment ago undoes the deletion. */
export function put(current: JournalState, entries: JournalEntry[], now: string): JournalState {
  const ids = new Set(entries.map((entry) => entry.id));
  const removed = Object.fromEntries(Object.entries(current.removed).filter(([id]) => !ids.has(id)));
  return mergeJournals(
    { entries: current.entries, removed },
    { entries: entries.map((entry) => ({ ...entry, updatedAt: now })), removed: {} },
  );
}

export const remove = (current: JournalState, ids: string[], now: string): JournalState =>
  mergeJournals(current, { entries: [], removed: Object.fromEntries(ids.map((id) => [id, now])) });

/** Adds an entry; false when the journal is full or the entry could not be saved. */
export function addEntry(entry: JournalEntry): boolean {
  if (sync().entries.length >= MAX_ENTRIES) return false;
  return change((current, now) => put(current, [entry], now));
}

/** Changes one entry's label or kept draft; false when it could not be saved. */
function update(id: string, fields: Pick<JournalEntry, 'label'> | Required<Pick<JournalEntry, 'star'>>): boolean {
  return change((current, now) =>
    put(
      current,
      current.entries.filter((entry) => entry.id === id).map((entry) => ({ ...entry, ...fields })),
      now,
    ),
  );
}

export const relabelEntry = (id: string, label: JournalLabel): boolean => update(id, { label });

/** Keeps the person's draft interview answer with its entry, as they edit it. */
export const keepDraft = (id: string, star: StarDraft): boolean => update(id, { star });

export function deleteEntry(id: string): boolean {
  return change((current, now) => remove(current, [id], now));
}

/** Deletes every entry. */
export function clearJournal(): boolean {
  return change((current, now) =>
    remove(
      current,
      current.entries.map((entry) => entry.id),
      now,
    ),
  );
}
