/**
 * The journal's data: entries, how they are read back from storage and from an imported file,
 * and how two journals are merged. Stored data and imported files are untrusted: every entry is
 * checked field by field, and anything that does not fit is refused with a reason, never thrown.
 * (Written by hand rather than with zod: this runs in the journal's island, with a 25 kB budget.)
 */
import type { OutcomeId } from '../schemas/outcome';

export const JOURNAL_FORMAT = 'not-never-journal';
/** The journal's stored and exported form. Bump on a change of shape, with a step in `migrate`. */
export const JOURNAL_VERSION = 1;
/** Imported files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_ENTRIES = 500;

export const stages = {
  screening: 'a screening call',
  'first-interview': 'a first interview',
  technical: 'a technical or task round',
  'final-round': 'a final round',
  offer: 'offer talks',
} as const;
export type Stage = keyof typeof stages;

export interface JournalLabel {
  company: string;
  role: string;
  /** The interview or rejection date, YYYY-MM-DD, or empty. */
  date: string;
  stage: Stage | '';
}

export interface JournalEntry {
  /** Stable id, unique in a journal: merging uses it to skip duplicates. */
  id: string;
  /** When the entry was saved, as an ISO date-time. */
  savedAt: string;
  checkVersion: number;
  outcome: OutcomeId;
  notYou: number;
  learn: number;
  evidence: number;
  reasons: { notYou: string[]; learn: string[] };
  /** The answers given, kept on this device so that an entry can be reopened in full. */
  answers: Record<string, string>;
  label: JournalLabel;
}

export interface Journal {
  version: number;
  entries: readonly JournalEntry[];
}

const outcomes: readonly string[] = ['not-you', 'learn-from-it', 'both', 'too-early'];
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScore = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isIds = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 3 && value.every((id) => typeof id === 'string' && ID.test(id));

/** Checks one entry. Returns the entry (with only known fields) or what is wrong with it. */
export function readEntry(value: unknown): JournalEntry | string {
  if (!isRecord(value)) return 'it is not an entry';
  const { id, savedAt, checkVersion, outcome, notYou, learn, evidence, reasons, answers, label } = value;
  if (typeof id !== 'string' || !ID.test(id)) return 'its id is missing or not valid';
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt)) || savedAt.length > 40) return 'its date is not valid';
  if (!Number.isInteger(checkVersion) || (checkVersion as number) < 1) return 'its check version is not valid';
  if (typeof outcome !== 'string' || !outcomes.includes(outcome)) return 'its outcome is unknown';
  if (!isScore(notYou) || !isScore(learn) || !isScore(evidence)) return 'its scores are not between 0 and 100';
  if (!isRecord(reasons) || !isIds(reasons['notYou']) || !isIds(reasons['learn'])) return 'its reasons are not valid';
  if (!isRecord(answers) || !Object.entries(answers).every(([q, o]) => ID.test(q) && typeof o === 'string' && ID.test(o))) {
    return 'its answers are not valid';
  }
  if (!isRecord(label)) return 'its label is not valid';
  const { company = '', role = '', date = '', stage = '' } = label;
  if (!isText(company, 100) || !isText(role, 100)) return 'its company or role is not text of up to 100 characters';
  if (!isText(date, 10) || (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date))) return 'its date label is not a date';
  if (typeof stage !== 'string' || (stage !== '' && !(stage in stages))) return 'its stage is unknown';
  return {
    id,
    savedAt,
    checkVersion: checkVersion as number,
    outcome: outcome as OutcomeId,
    notYou,
    learn,
    evidence,
    reasons: { notYou: reasons['notYou'] as string[], learn: reasons['learn'] as string[] },
    answers: { ...(answers as Record<string, string>) },
    label: { company, role, date, stage: stage as Stage | '' },
  };
}

export type ReadJournal = { ok: true; journal: Journal } | { ok: false; message: string };

/**
 * Reads a journal from text: what storage holds, or an exported file. `source` names it in the
 * messages ("this file", "the journal saved in this browser").
 */
export function readJournal(text: string, source = 'This file'): ReadJournal {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `${source} is not a Not Never journal: it is not JSON.` };
  }
  if (!isRecord(data) || data['format'] !== JOURNAL_FORMAT) {
    return { ok: false, message: `${source} is not a Not Never journal export.` };
  }
  const version = data['version'];
  if (!Number.isInteger(version) || (version as number) < 1) return { ok: false, message: `${source} has no valid version.` };
  if ((version as number) > JOURNAL_VERSION) {
    return { ok: false, message: `${source} was made by a newer version of Not Never (journal version ${version}).` };
  }
  const entries = data['entries'];
  if (!Array.isArray(entries)) return { ok: false, message: `${source} has no list of entries.` };
  if (entries.length > MAX_ENTRIES) return { ok: false, message: `${source} holds more than ${MAX_ENTRIES} entries.` };
  const read: JournalEntry[] = [];
  for (const [index, entry] of entries.entries()) {
    const result = readEntry(entry);
    if (typeof result === 'string')
      return { ok: false, message: `Entry ${index + 1} in ${source.toLowerCase()} cannot be used: ${result}.` };
    if (read.some((other) => other.id === result.id)) {
      return { ok: false, message: `${source} lists entry ${result.id} twice.` };
    }
    read.push(result);
  }
  return { ok: true, journal: { version: JOURNAL_VERSION, entries: read } };
}

/** The journal as text, for storage and for export. */
export function writeJournal(journal: Journal, exportedAt?: Date): string {
  return JSON.stringify(
    {
      format: JOURNAL_FORMAT,
      version: JOURNAL_VERSION,
      ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
      entries: journal.entries,
    },
    null,
    exportedAt ? 2 : undefined,
  );
}

/** Adds the entries of `incoming` that `current` does not have (by id), keeping the current ones as they are. */
export function mergeJournals(
  current: readonly JournalEntry[],
  incoming: readonly JournalEntry[],
): { entries: JournalEntry[]; added: number } {
  const known = new Set(current.map((entry) => entry.id));
  const added = incoming.filter((entry) => !known.has(entry.id));
  return { entries: [...current, ...added], added: added.length };
}

/** Newest first, by the date in the label if there is one, else by when it was saved. */
export function newestFirst(entries: readonly JournalEntry[]): JournalEntry[] {
  const when = (entry: JournalEntry) => entry.label.date || entry.savedAt.slice(0, 10);
  return [...entries].sort((a, b) => when(b).localeCompare(when(a)) || b.savedAt.localeCompare(a.savedAt));
}

/** A new entry's id: the time and a random part, readable and unique enough for one person's journal. */
export function newEntryId(now: Date, random: () => number = Math.random): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}
