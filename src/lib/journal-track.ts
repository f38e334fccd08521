/**
 * What a person records of an application beside its check, in the journal: its stages with
 * dates, the next thing to do and by when, and when they may apply there again. Read field by
 * field like the rest of an entry (`readTrack`, called by `readEntry`): stored and imported data
 * are not trusted.
 */
import { isCalendarDate, isRecord } from './rules';

/** The stages of an application a person can date, in the order they usually come (their words are in journal-words.ts). */
export const STEP_IDS = ['applied', 'screening', 'interview', 'offer', 'rejected', 'quiet'] as const;
export type StepId = (typeof STEP_IDS)[number];
export interface Step {
  step: StepId;
  /** YYYY-MM-DD */
  date: string;
}

/** The next thing to do about an application: follow up, or hear back by a date. */
export const NEXT_KINDS = ['follow-up', 'hear-back'] as const;
export type NextKind = (typeof NEXT_KINDS)[number];

export interface Track {
  /** Oldest first: several interview rounds are several `interview` steps. */
  steps: Step[];
  next?: { kind: NextKind; date: string };
  /** When the person may apply to the company again; `done` once they have dealt with it. */
  reapply?: { date: string; done?: true };
}

/** Most stages one application records. */
export const MAX_STEPS = 20;
/** Days with no word before the journal offers "Mark as gone quiet", unless the person changes it. */
export const QUIET_DAYS = 14;
export const MAX_QUIET_DAYS = 365;

/** Whether a stage ends an application: a rejection, a silence taken as a no, or an offer. */
export const isEndStep = (step: StepId) => step === 'rejected' || step === 'quiet' || step === 'offer';

const isStep = (value: unknown): value is StepId => (STEP_IDS as readonly unknown[]).includes(value);

/** Oldest first; on the same day, in the order the stages usually come. */
export const sortSteps = (steps: readonly Step[]): Step[] =>
  [...steps].sort((a, b) => a.date.localeCompare(b.date) || STEP_IDS.indexOf(a.step) - STEP_IDS.indexOf(b.step));

/** Reads an entry's track; undefined when any part of it is not ours. */
export function readTrack(value: unknown): Track | undefined {
  if (!isRecord(value)) return undefined;
  const { steps = [], next, reapply } = value;
  if (!Array.isArray(steps) || steps.length > MAX_STEPS) return undefined;
  const read: Step[] = [];
  for (const item of steps) {
    if (!isRecord(item) || !isStep(item['step']) || !isCalendarDate(item['date'])) return undefined;
    read.push({ step: item['step'], date: item['date'] });
  }
  const track: Track = { steps: sortSteps(read) };
  if (next !== undefined) {
    if (!isRecord(next) || !(NEXT_KINDS as readonly unknown[]).includes(next['kind']) || !isCalendarDate(next['date']))
      return undefined;
    track.next = { kind: next['kind'] as NextKind, date: next['date'] };
  }
  if (reapply !== undefined) {
    if (!isRecord(reapply) || !isCalendarDate(reapply['date'])) return undefined;
    if (reapply['done'] !== undefined && reapply['done'] !== true) return undefined;
    track.reapply = { date: reapply['date'], ...(reapply['done'] ? { done: true as const } : {}) };
  }
  return track;
}

/** Whether a track records nothing: such an entry keeps no track at all. */
export const isEmptyTrack = (track: Track) => track.steps.length === 0 && !track.next && !track.reapply;
