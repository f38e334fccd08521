/**
 * The journal's data: entries, how they are read back from storage and from an imported file, how
 * two copies of a journal are merged, and how an import is previewed. Stored data and imported
 * files are untrusted: every entry is checked field by field against the rules in `rules.ts`, and
 * anything that does not fit is refused with a reason, never thrown.
 *
 * An entry has two halves: what the check gave (`readCheckPart`, which changes with the check's
 * versions) and the rest (id, dates, label), which does not.
 */
import {
  CONTENT_ID,
  ENTRY_ID,
  isRecord,
  MAX_ENTRIES,
  MAX_NAME,
  MAX_DRAFT_PART,
  MAX_REASONS,
  MAX_REASONS_V1,
  REASON_CODE,
  STAGES,
  isCalendarDate,
  isDateTime,
  isOutcome,
  isStage,
  notAhead,
  type OutcomeId,
  type Stage,
} from './rules';
import { isEmptyTrack, readTrack, type Track } from './journal-track';

export { MAX_ENTRIES, STAGES as stages, type Stage };

export const JOURNAL_FORMAT = 'not-never-journal';
/** The journal's stored and exported form. Bump on a change of shape, with a step in the reader. */
export const JOURNAL_VERSION = 1;
/** How long a deletion is remembered, so that a tab that had not heard of it yet cannot bring the entry back. */
export const REMEMBER_REMOVALS_MS = 60_000;

export interface JournalLabel {
  company: string;
  role: string;
  /** The interview or rejection date, YYYY-MM-DD, or empty. */
  date: string;
  stage: Stage | '';
}

/** The reasons on each side: question ids (check version 1, the top three) or `question:option` codes (version 2 on, all of them). */
export interface Reasons {
  notYou: string[];
  learn: string[];
}

/** What a check made with version 1 of the questions gave: scores, reasons as question ids, one option per question. */
export interface CheckPartV1 {
  checkVersion: number;
  outcome: OutcomeId;
  notYou: number;
  learn: number;
  evidence: number;
  reasons: Reasons;
  answers: Record<string, string>;
}

/** What a check made with version 2 on gives: no scores; reasons as codes; one or more options per question. */
export interface CheckPartV2 {
  checkVersion: number;
  outcome: OutcomeId;
  reasons: Reasons;
  answers: Record<string, string[]>;
}

export type CheckPart = CheckPartV1 | CheckPartV2;

export type JournalEntry = CheckPart & {
  /** Stable id, unique in a journal: merging goes by it. */
  id: string;
  /** When the entry was saved, as an ISO date-time. */
  savedAt: string;
  /** When it last changed (saved, relabelled, imported): the later change wins when two tabs disagree. */
  updatedAt: string;
  label: JournalLabel;
  /** The person's draft answer to "How have you dealt with a rejection?", as they last edited it. */
  star?: StarDraft;
  /** The application's stages with dates, its next step and when to reapply, as the person recorded them (`journal-track.ts`). */
  track?: Track;
  /**
   * Imported from a file made with an older version of the check, whose outcome could not be
   * checked against its answers: shown as such. (Entries of the current version are recomputed on import.)
   */
  unchecked?: true;
};

/** An entry saved with version 1 of the check, which kept scores and only the top three reasons. */
export const isVersion1 = (entry: CheckPart): entry is CheckPartV1 => 'notYou' in entry;

/**
 * The day an entry is about (`YYYY-MM-DD`): its label's date if it has one, else the day of its
 * last recorded rejection, else the day it was saved.
 */
export const entryDate = (entry: Pick<JournalEntry, 'label' | 'savedAt' | 'track'>) =>
  entry.label.date || entry.track?.steps.findLast((step) => step.step === 'rejected')?.date || entry.savedAt.slice(0, 10);

/** A drafted interview answer in the STAR order, plus what was learned: the person's own words. */
export interface StarDraft {
  situation: string;
  task: string;
  action: string;
  result: string;
  learned: string;
}

export const starKeys: readonly (keyof StarDraft)[] = ['situation', 'task', 'action', 'result', 'learned'];

/** Reads a kept draft: every part text of at most `MAX_DRAFT_PART` characters; undefined when it is not one. */
export function readStarDraft(value: unknown): StarDraft | undefined {
  if (!isRecord(value)) return undefined;
  const parts = starKeys.map((key) => value[key]);
  if (!parts.every((part) => typeof part === 'string' && part.length <= MAX_DRAFT_PART)) return undefined;
  return Object.fromEntries(starKeys.map((key, i) => [key, parts[i]])) as unknown as StarDraft;
}

/** A journal as kept in storage: the entries, and recent deletions (id to when) for merging. */
export interface JournalState {
  entries: JournalEntry[];
  removed: Record<string, string>;
}

export const emptyJournal: JournalState = { entries: [], removed: {} };

/** A moment in the one form `toISOString` gives, so that moments compare as text. */
const iso = (moment: string) => new Date(moment).toISOString();
const isScore = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_NAME;
const isList = (value: unknown, pattern: RegExp, max: number): value is string[] =>
  Array.isArray(value) &&
  value.length <= max &&
  new Set(value).size === value.length &&
  value.every((item) => typeof item === 'string' && pattern.test(item));

/**
 * What is wrong with an entry, as a short code (`journal-file.ts` words each one for the person):
 * kept short here, as every journal page loads this reader.
 */
export type EntryProblem =
  | 'entry'
  | 'id'
  | 'date'
  | 'label'
  | 'name'
  | 'day'
  | 'stage'
  | 'version'
  | 'outcome'
  | 'reasons'
  | 'answers'
  | 'scores'
  | 'draft'
  | 'track'
  | 'checked';

/**
 * Reads what the check gave, from an entry's fields: the part that changes with the check's
 * versions. Version 1 kept scores, reasons as question ids and one option per question; version 2
 * on keeps reasons as `question:option` codes and a list of options per question.
 */
export function readCheckPart(value: Record<string, unknown>): CheckPart | EntryProblem {
  const { checkVersion, outcome, notYou, learn, evidence, reasons, answers } = value;
  if (!Number.isInteger(checkVersion) || (checkVersion as number) < 1) return 'version';
  if (!isOutcome(outcome)) return 'outcome';
  const first = checkVersion === 1;
  const reason = first ? CONTENT_ID : REASON_CODE;
  const most = first ? MAX_REASONS_V1 : MAX_REASONS;
  if (!isRecord(reasons) || !isList(reasons['notYou'], reason, most) || !isList(reasons['learn'], reason, most)) {
    return 'reasons';
  }
  const given = isRecord(answers) ? Object.entries(answers) : [];
  const answer = first
    ? (option: unknown) => typeof option === 'string' && CONTENT_ID.test(option)
    : (options: unknown) => isList(options, CONTENT_ID, 64) && options.length > 0;
  if (!isRecord(answers) || !given.every(([question, option]) => CONTENT_ID.test(question) && answer(option))) {
    return 'answers';
  }
  const read = { checkVersion: checkVersion as number, outcome, reasons: { notYou: reasons['notYou'], learn: reasons['learn'] } };
  if (!first) return { ...read, answers: Object.fromEntries(given) as Record<string, string[]> };
  if (!isScore(notYou) || !isScore(learn) || !isScore(evidence)) return 'scores';
  return { ...read, notYou, learn, evidence, answers: Object.fromEntries(given) as Record<string, string> };
}

/** Checks one entry. Returns the entry (with only known fields) or what is wrong with it. */
export function readEntry(value: unknown): JournalEntry | EntryProblem {
  if (!isRecord(value)) return 'entry';
  const { id, savedAt, updatedAt = savedAt, label } = value;
  if (typeof id !== 'string' || !ENTRY_ID.test(id)) return 'id';
  if (!isDateTime(savedAt) || !isDateTime(updatedAt)) return 'date';
  if (!isRecord(label)) return 'label';
  const { company = '', role = '', date = '', stage = '' } = label;
  if (!isText(company) || !isText(role)) return 'name';
  if (date !== '' && !isCalendarDate(date)) return 'day';
  if (stage !== '' && !isStage(stage)) return 'stage';
  const part = readCheckPart(value);
  if (typeof part === 'string') return part;
  const star = value['star'] === undefined ? undefined : readStarDraft(value['star']);
  if (value['star'] !== undefined && !star) return 'draft';
  const track = value['track'] === undefined ? undefined : readTrack(value['track']);
  if (value['track'] !== undefined && !track) return 'track';
  if (value['unchecked'] !== undefined && value['unchecked'] !== true) return 'checked';
  return {
    id,
    savedAt: iso(savedAt),
    updatedAt: iso(updatedAt),
    ...part,
    label: { company, role, date: date as string, stage: stage as Stage | '' },
    ...(star ? { star } : {}),
    ...(track && !isEmptyTrack(track) ? { track } : {}),
    ...(value['unchecked'] === true ? { unchecked: true as const } : {}),
  };
}

export type Envelope =
  | { ok: true; entries: unknown[]; removed: unknown }
  | { ok: false; problem: 'json' | 'format' | 'version' | 'newer' | 'entries'; version?: unknown };

/** The journal's wrapper around its entries: format, version and the list. */
export function readEnvelope(text: string): Envelope {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'json' };
  }
  if (!isRecord(data) || data['format'] !== JOURNAL_FORMAT) return { ok: false, problem: 'format' };
  const version = data['version'];
  if (!Number.isInteger(version) || (version as number) < 1) return { ok: false, problem: 'version' };
  if ((version as number) > JOURNAL_VERSION) return { ok: false, problem: 'newer', version };
  const entries = data['entries'];
  return Array.isArray(entries) ? { ok: true, entries, removed: data['removed'] } : { ok: false, problem: 'entries' };
}

export type StoredJournal = { ok: true; state: JournalState; unreadable: unknown[] } | { ok: false };

/**
 * Reads the journal kept in storage, entry by entry: the readable entries are kept, and the ones
 * that cannot be read are returned apart (to be set aside), so that one bad entry never hides the
 * others. Only a value that is not a journal at all is refused whole.
 */
export function readStoredJournal(text: string): StoredJournal {
  const envelope = readEnvelope(text);
  if (!envelope.ok) return { ok: false };
  let state: JournalState = { entries: [], removed: {} };
  const unreadable: unknown[] = [];
  for (const value of envelope.entries) {
    const entry = readEntry(value);
    if (typeof entry === 'string') unreadable.push(value);
    else state = mergeJournals(state, { entries: [entry], removed: {} });
  }
  if (isRecord(envelope.removed)) {
    const removed = Object.entries(envelope.removed).filter(([id, when]) => ENTRY_ID.test(id) && isDateTime(when));
    state = mergeJournals(state, {
      entries: [],
      removed: Object.fromEntries(removed.map(([id, when]) => [id, iso(when as string)])),
    });
  }
  return { ok: true, state, unreadable };
}

/** The journal as text: for storage (with recent deletions), or for export (entries only, dated, indented). */
export function writeJournal(state: JournalState, exportedAt?: Date): string {
  const removed = !exportedAt && Object.keys(state.removed).length > 0 ? { removed: state.removed } : {};
  return JSON.stringify(
    {
      format: JOURNAL_FORMAT,
      version: JOURNAL_VERSION,
      ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
      entries: state.entries,
      ...removed,
    },
    null,
    exportedAt ? 2 : undefined,
  );
}

/** Of two versions of one entry, the one changed last (ties broken the same way in every tab). */
function later(a: JournalEntry, b: JournalEntry): JournalEntry {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/**
 * Merges two copies of a journal entry by entry, as two tabs' copies are merged: for each id the
 * version changed last wins, and a deletion wins over every change made before it. The result is
 * the same whichever copy comes first, and merging a copy into itself changes nothing.
 */
export function mergeJournals(a: JournalState, b: JournalState): JournalState {
  const removed = { ...a.removed };
  for (const [id, when] of Object.entries(b.removed)) if ((removed[id] ?? '') < when) removed[id] = when;
  const byId = new Map<string, JournalEntry>();
  for (const entry of [...a.entries, ...b.entries]) {
    const known = byId.get(entry.id);
    byId.set(entry.id, known ? later(known, entry) : entry);
  }
  const entries = [...byId.values()]
    .filter((entry) => (removed[entry.id] ?? '') < entry.updatedAt)
    .sort((x, y) => x.savedAt.localeCompare(y.savedAt) || x.id.localeCompare(y.id));
  return { entries, removed };
}

/** Forgets deletions older than `REMEMBER_REMOVALS_MS`: by then every open tab has heard of them. */
export function forgetOldRemovals(state: JournalState, now: Date): JournalState {
  const since = new Date(now.getTime() - REMEMBER_REMOVALS_MS).toISOString();
  return {
    entries: state.entries,
    removed: Object.fromEntries(Object.entries(state.removed).filter(([, when]) => when > since)),
  };
}

/**
 * The journal with every change and deletion stamped no later than the clock allows (see
 * `notAhead`): the same object when nothing was ahead.
 */
export function keepToClock(state: JournalState, now: number): JournalState {
  const ahead = (moment: string) => notAhead(moment, now) !== moment;
  if (!state.entries.some((entry) => ahead(entry.updatedAt)) && !Object.values(state.removed).some(ahead)) return state;
  return {
    entries: state.entries.map((entry) => ({ ...entry, updatedAt: notAhead(entry.updatedAt, now) })),
    removed: Object.fromEntries(Object.entries(state.removed).map(([id, when]) => [id, notAhead(when, now)])),
  };
}

/** When the oldest deletion the journal remembers may be forgotten, as a time in milliseconds. */
export function nextForgetting(state: JournalState): number | undefined {
  const oldest = Object.values(state.removed).sort()[0];
  return oldest === undefined ? undefined : Date.parse(oldest) + REMEMBER_REMOVALS_MS + 1;
}

/** Newest first, by the date in the label if there is one, else by when it was saved. */
export function newestFirst(entries: readonly JournalEntry[]): JournalEntry[] {
  return [...entries].sort((a, b) => entryDate(b).localeCompare(entryDate(a)) || b.savedAt.localeCompare(a.savedAt));
}
