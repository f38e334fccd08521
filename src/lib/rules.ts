/**
 * One set of rules for what the site stores and shares: ids, outcomes, dates, text lengths. The
 * content schemas (zod, at build time), the stored-data readers and the share links all import
 * them from here, so the writers and the readers cannot drift apart. No zod here: this module runs
 * in islands, where every byte counts.
 */

/** A content id (question, option, group, chapter): a lower-case word or words joined by hyphens. */
export const CONTENT_ID = /^[a-z][a-z0-9-]{0,63}$/;

/** A journal entry's id: digits may come first, as new ids start with the time in base 36. */
export const ENTRY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A reason as `question:option` (since version 2 of the check), such as `told:role-changed`. */
export const REASON_CODE = /^[a-z][a-z0-9-]{0,63}:[a-z][a-z0-9-]{0,63}$/;

/** A plain object (not null, not a list): what every stored or shared value must be before its fields are read. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The four outcomes of the check. They appear in result URLs and stored entries, so they never change. */
export const OUTCOME_IDS = ['not-you', 'learn-from-it', 'both', 'too-early'] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export const isOutcome = (value: unknown): value is OutcomeId => (OUTCOME_IDS as readonly unknown[]).includes(value);

/**
 * The stage a rejection came at, with its words ("after a final round"): the check's own stages
 * (version 2), and "technical", which journal entries saved with version 1 may carry.
 */
export const STAGES = {
  screening: 'a screening call',
  'first-interview': 'a first interview',
  'later-round': 'a later round, a panel or an assessment centre',
  technical: 'a technical or task round',
  'final-round': 'a final round',
  offer: 'an offer',
} as const;
export type Stage = keyof typeof STAGES;

export const isStage = (value: unknown): value is Stage => typeof value === 'string' && Object.hasOwn(STAGES, value);

/** The years a date may fall in: four digits, and a next day that still has four. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
export const MIN_DATE = `${MIN_YEAR}-01-01`;
export const MAX_DATE = `${MAX_YEAR}-12-31`;

/**
 * A real calendar date written `YYYY-MM-DD` within the years above: checked by a round trip
 * through the calendar, so 2026-02-30 and 2026-13-45 are refused.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A moment written as the browser writes one (`Date.prototype.toISOString`, in UTC), on a real
 * calendar date: "1" or "March 7" are not moments.
 */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(value)) return false;
  const date = new Date(value);
  return (
    isCalendarDate(value.slice(0, 10)) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString() === (value.length === 20 ? value.replace('Z', '.000Z') : value)
  );
}

/**
 * How far ahead of this device's clock a stored moment may be: a little, for clocks a few minutes
 * apart. A moment further ahead (a clock that once ran fast) is brought back to the clock plus
 * this margin, so that it cannot win every merge or hold a timer for weeks.
 */
export const CLOCK_MARGIN_MS = 5 * 60 * 1000;

/** A moment (`isDateTime`) no later than the clock plus the margin. */
export function notAhead(moment: string, now: number): string {
  return Date.parse(moment) > now + CLOCK_MARGIN_MS ? new Date(now + CLOCK_MARGIN_MS).toISOString() : moment;
}

/** The longest company, role or other name a person can type. */
export const MAX_NAME = 100;
/** The longest detail on the action plan (company, role, names). */
export const MAX_PLAN_TEXT = 200;

/** Most entries a journal holds: adding and importing stop there. */
export const MAX_ENTRIES = 500;
/** Most reasons a result keeps on each side: every answer that moves that side (more than any set of answers gives). */
export const MAX_REASONS = 24;
/** Version 1 of the check kept only the three strongest reasons on each side. */
export const MAX_REASONS_V1 = 3;

/** The longest part of a drafted interview answer a person can keep. */
export const MAX_DRAFT_PART = 2000;

/** Control characters (C0, DEL and C1): never part of a name or a line in a file we write. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
