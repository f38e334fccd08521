/**
 * The journal as a record of job-search activity: one row per application, with its stages and
 * dates. The print view and the spreadsheet (CSV) both come from these rows, so they always agree;
 * the JSON export stays the one format that imports back without loss.
 */
import { entryDate, newestFirst, stages, type JournalEntry } from './journal';
import type { Step, StepId } from './journal-track';
import { waitingSince } from './journal-due';
import type { OutcomeId } from './rules';

export interface RecordRow {
  company: string;
  role: string;
  /** Dates as YYYY-MM-DD, empty when not recorded; several interviews are several dates. */
  applied: string;
  screening: string;
  interviews: string[];
  offer: string;
  rejected: string;
  quiet: string;
  /** The stage the rejection came after, in words ("a final round"), if the person said. */
  stageReached: string;
  /** Where the application ended: rejected, gone quiet, an offer, or still waiting. */
  status: 'Rejected' | 'Gone quiet' | 'Offer' | 'Waiting for word';
  /** The day the entry is about (its label's date, else when it was saved). */
  day: string;
  checkResult: string;
}

/** The spreadsheet's columns, in order, with their headings. */
export const RECORD_COLUMNS: readonly [keyof RecordRow, string][] = [
  ['company', 'Employer'],
  ['role', 'Role'],
  ['applied', 'Applied'],
  ['screening', 'Screening call'],
  ['interviews', 'Interviews'],
  ['offer', 'Offer'],
  ['rejected', 'Rejected'],
  ['quiet', 'Gone quiet'],
  ['status', 'Outcome'],
  ['stageReached', 'Stage reached'],
  ['day', 'Date of the rejection'],
  ['checkResult', 'Not Never check'],
];

const first = (steps: readonly Step[], step: StepId) => steps.find((s) => s.step === step)?.date ?? '';
const last = (steps: readonly Step[], step: StepId) => steps.findLast((s) => s.step === step)?.date ?? '';

/** One row per entry, newest first (as the journal lists them). */
export function recordRows(entries: readonly JournalEntry[], outcomeTitles: Record<OutcomeId, string>): RecordRow[] {
  return newestFirst(entries).map((entry) => {
    const steps = entry.track?.steps ?? [];
    const end = steps.findLast((step) => ['rejected', 'quiet', 'offer'].includes(step.step))?.step;
    // A journal entry is a check of a rejection: unless its stages say otherwise, or the person is still waiting for word.
    const status =
      end === 'quiet'
        ? 'Gone quiet'
        : end === 'offer'
          ? 'Offer'
          : waitingSince(entry) !== undefined
            ? 'Waiting for word'
            : 'Rejected';
    return {
      company: entry.label.company,
      role: entry.label.role,
      applied: first(steps, 'applied'),
      screening: first(steps, 'screening'),
      interviews: steps.filter((step) => step.step === 'interview').map((step) => step.date),
      offer: last(steps, 'offer'),
      rejected: last(steps, 'rejected'),
      quiet: last(steps, 'quiet'),
      stageReached: entry.label.stage ? stages[entry.label.stage] : '',
      status,
      day: entryDate(entry),
      checkResult: outcomeTitles[entry.outcome],
    };
  });
}

/** A row's cells as text, in the columns' order: several interview dates joined with "; ". */
export const rowCells = (row: RecordRow): string[] =>
  RECORD_COLUMNS.map(([key]) => {
    const value = row[key];
    return Array.isArray(value) ? value.join('; ') : value;
  });

/** The record as a table of text: the headings, then one row per application (what the CSV holds). */
export const recordTable = (rows: readonly RecordRow[]): string[][] => [
  RECORD_COLUMNS.map(([, heading]) => heading),
  ...rows.map(rowCells),
];
