/** Importing a journal file: the data page's action on the journal store, kept apart so that other pages do not load it. */
import { previewImport } from '../lib/journal-file';
import type { JournalEntry } from '../lib/journal';
import { change, put, remove } from './journal';

/**
 * Puts imported entries in: alongside the current ones (skipping those already there), or instead
 * of them; either way no further than the limit. Returns how many entries were put in.
 */
export function importEntries(entries: readonly JournalEntry[], mode: 'merge' | 'replace'): number {
  let added: JournalEntry[] = [];
  const done = change((current, now) => {
    const base =
      mode === 'replace'
        ? remove(
            current,
            current.entries.map((entry) => entry.id),
            now,
          )
        : current;
    added = previewImport(base.entries, entries).added;
    return put(base, added, now);
  });
  return done ? added.length : 0;
}
