/**
 * Reading an exported journal file and previewing its import, for the data page only (kept apart
 * so that the other journal pages do not load it), with messages that say what is wrong in words.
 */
import { MAX_ENTRIES, MAX_NAME } from './rules';
import { readEntry, readEnvelope, type EntryProblem, type JournalEntry } from './journal';

/** Imported files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Completes "Entry 3 in this file cannot be used: …". */
export const entryProblems: Record<EntryProblem, string> = {
  entry: 'it is not an entry',
  id: 'its id is missing or not valid',
  date: 'its date is not valid',
  label: 'its label is not valid',
  name: `its company or role is not text of up to ${MAX_NAME} characters`,
  day: 'its date label is not a real date',
  stage: 'its stage is unknown',
  version: 'its check version is not valid',
  outcome: 'its outcome is unknown',
  reasons: 'its reasons are not valid',
  answers: 'its answers are not valid',
  scores: 'its scores are not between 0 and 100',
  draft: 'its drafted interview answer is not text of a sensible length',
  track: 'its stages, next step or reapply date are not valid',
  checked: 'its note on being checked is not valid',
};

export type ReadJournal = { ok: true; entries: JournalEntry[] } | { ok: false; message: string };

/**
 * Reads an exported file, strictly: one entry that cannot be used refuses the file, with a message
 * that names it, and nothing changes. (The file stays with the person, so nothing is lost.)
 */
export function readJournal(text: string): ReadJournal {
  const envelope = readEnvelope(text);
  if (!envelope.ok) {
    const messages = {
      json: 'This file is not a Not Never journal: it is not JSON.',
      format: 'This file is not a Not Never journal export.',
      version: 'This file has no valid version.',
      newer: `This file was made by a newer version of Not Never (journal version ${String(envelope.version)}).`,
      entries: 'This file has no list of entries.',
    };
    return { ok: false, message: messages[envelope.problem] };
  }
  const read: JournalEntry[] = [];
  for (const [index, entry] of envelope.entries.entries()) {
    const result = readEntry(entry);
    if (typeof result === 'string') {
      return { ok: false, message: `Entry ${index + 1} in this file cannot be used: ${entryProblems[result]}.` };
    }
    if (read.some((other) => other.id === result.id)) return { ok: false, message: `This file lists entry ${result.id} twice.` };
    read.push(result);
  }
  return { ok: true, entries: read };
}

/** What importing a file would do: the entries that would be added, and how many are already there or past the limit. */
export interface ImportPreview {
  /** Entries of the file not in the journal yet, that fit under the limit. */
  added: JournalEntry[];
  /** Entries of the file the journal already holds (by id). */
  already: number;
  /** New entries that would pass the limit of `MAX_ENTRIES`. */
  over: number;
}

/** Previews adding a file's entries to the journal, skipping those it already holds and stopping at the limit. */
export function previewImport(current: readonly JournalEntry[], incoming: readonly JournalEntry[]): ImportPreview {
  const ids = new Set(current.map((entry) => entry.id));
  const fresh = incoming.filter((entry) => !ids.has(entry.id));
  const room = Math.max(0, MAX_ENTRIES - current.length);
  return { added: fresh.slice(0, room), already: incoming.length - fresh.length, over: Math.max(0, fresh.length - room) };
}
