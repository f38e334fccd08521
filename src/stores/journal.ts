/**
 * The journal: finished checks a person chose to keep, under `notnever:journal:v1`, with the
 * actions on it. Unreadable stored data is kept aside; another tab's changes arrive as they happen.
 */
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { MAX_ENTRIES, mergeJournals, readJournal, writeJournal, type JournalEntry, type JournalLabel } from '../lib/journal';
import { KEY_PREFIX, keepAside } from './storage';

export const JOURNAL_KEY = `${KEY_PREFIX}journal:v1`;

const stored = persistentAtom<string | undefined>(JOURNAL_KEY, undefined);

/** The entries, in the order they were added. */
export const journalEntries = atom<readonly JournalEntry[]>([]);

function sync(raw: string | undefined): void {
  if (raw === undefined) {
    journalEntries.set([]);
    return;
  }
  const read = readJournal(raw, 'The journal saved in this browser');
  if (read.ok) {
    journalEntries.set(read.journal.entries);
    return;
  }
  // Replace the unreadable journal only once a copy is safe under a backup key.
  if (keepAside(JOURNAL_KEY, raw)) stored.set(undefined);
  journalEntries.set([]);
}

let started = false;
/** Connects the journal to storage. Call once on a page that shows or changes it. */
export function initJournal(): void {
  if (started) return;
  started = true;
  stored.subscribe(sync);
}

function save(entries: readonly JournalEntry[]): void {
  stored.set(entries.length === 0 ? undefined : writeJournal({ version: 1, entries }));
  journalEntries.set(entries);
}

/** Adds an entry; false when the journal is full. */
export function addEntry(entry: JournalEntry): boolean {
  const entries = journalEntries.get();
  if (entries.length >= MAX_ENTRIES) return false;
  save([...entries, entry]);
  return true;
}

export function relabelEntry(id: string, label: JournalLabel): void {
  save(journalEntries.get().map((entry) => (entry.id === id ? { ...entry, label } : entry)));
}

export function deleteEntry(id: string): void {
  save(journalEntries.get().filter((entry) => entry.id !== id));
}

export function clearJournal(): void {
  save([]);
}

/** Puts imported entries in: alongside the current ones (skipping those already there), or instead of them. */
export function importEntries(entries: readonly JournalEntry[], mode: 'merge' | 'replace'): void {
  if (mode === 'replace') {
    save(entries);
    return;
  }
  save(mergeJournals(journalEntries.get(), entries).entries);
}
