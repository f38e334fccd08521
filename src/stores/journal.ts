/**
 * The journal: finished checks a person chose to keep, under `notnever:journal:v1`, declared once
 * through `persisted.ts`, with the actions on it.
 *
 * - Read entry by entry: an entry that cannot be read is set aside on its own; the rest stay.
 * - Two tabs merge, never overwrite: each action starts from what storage holds now, and a change
 *   from another tab is merged entry by entry (ids and times, see `mergeJournals`), so an edit made
 *   in one tab a few milliseconds before another's is kept.
 * - Deletions are remembered for a minute, so that a tab that had not heard of one cannot bring
 *   the entry back; then they are forgotten, and an empty journal leaves nothing stored.
 */
import {
  MAX_ENTRIES,
  emptyJournal,
  forgetOldRemovals,
  keepToClock,
  mergeJournals,
  nextForgetting,
  readStoredJournal,
  writeJournal,
  type JournalEntry,
  type JournalLabel,
  type JournalState,
  type StarDraft,
} from '../lib/journal';
import type { Track } from '../lib/journal-track';
import { KEY_PREFIX, persisted } from './persisted';

export const JOURNAL_KEY = `${KEY_PREFIX}journal:v1`;

const journal = persisted<JournalState, readonly JournalEntry[]>(
  {
    key: JOURNAL_KEY,
    empty: emptyJournal,
    read(text, now) {
      const read = readStoredJournal(text);
      if (!read.ok) return undefined;
      const state = keepToClock(read.state, now);
      return {
        value: state,
        repaired: state !== read.state,
        ...(read.unreadable.length > 0 ? { unreadable: JSON.stringify(read.unreadable) } : {}),
      };
    },
    write: (state) => (state.entries.length === 0 && Object.keys(state.removed).length === 0 ? undefined : writeJournal(state)),
    merge: mergeJournals,
    age: (state, now) => forgetOldRemovals(state, new Date(now)),
    nextChange: nextForgetting,
  },
  (state) => state.entries,
);

/** The entries, oldest first. Connects to storage while anything listens. */
export const journalEntries = journal.$value;

/** (For this store and `journal-import.ts`.) Applies a change to the journal as storage holds it now, as made after every change it knows of. */
export function change(apply: (current: JournalState, now: string) => JournalState): boolean {
  const current = journal.get();
  const latest = [...current.entries.map((entry) => entry.updatedAt), ...Object.values(current.removed)].sort().at(-1);
  const now = Math.max(Date.now(), latest ? Date.parse(latest) + 1 : 0);
  return journal.set(apply(current, new Date(now).toISOString()));
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

/** Whether the journal holds as many entries as it can: adding and importing stop there. */
export const isFull = (entries: readonly JournalEntry[]) => entries.length >= MAX_ENTRIES;

/** Why an action could not be done: the journal is full, the entry is gone, or storage refused the write. */
export type NotSaved = 'full' | 'gone' | 'refused';

/** Adds an entry; says why not when the journal is full or the entry could not be saved. */
export function saveEntry(entry: JournalEntry): true | NotSaved {
  if (isFull(journal.get().entries)) return 'full';
  return change((current, now) => put(current, [entry], now)) || 'refused';
}

/** Adds an entry; false when the journal is full or the entry could not be saved. */
export const addEntry = (entry: JournalEntry): boolean => saveEntry(entry) === true;

/** Changes one entry's fields; says why not when the entry is gone (deleted meanwhile) or could not be saved. */
export function updateEntry(
  id: string,
  fields: Pick<JournalEntry, 'label'> | Required<Pick<JournalEntry, 'star'>> | { track: Track },
): true | NotSaved {
  let found = false;
  const done = change((current, now) => {
    const entry = current.entries.find((e) => e.id === id);
    found = entry !== undefined;
    return entry ? put(current, [{ ...entry, ...fields }], now) : current;
  });
  return !found ? 'gone' : done || 'refused';
}

/** Changes an entry's label; false when it is gone or could not be saved. */
export const relabelEntry = (id: string, label: JournalLabel): boolean => updateEntry(id, { label }) === true;

/** Keeps the person's draft interview answer with its entry, as they edit it; false when it is gone or could not be saved. */
export const keepDraft = (id: string, star: StarDraft): boolean => updateEntry(id, { star }) === true;

/** Changes what an entry records of the application (stages, next step, reapply date); false when it is gone or could not be saved. */
export const trackEntry = (id: string, track: Track): boolean => updateEntry(id, { track }) === true;

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
