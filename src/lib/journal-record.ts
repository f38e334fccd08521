/**
 * The journal as a record of job-search activity: one row per application, with its stages and
 * dates. The print view and the spreadsheet (CSV) both come from these rows, so they always agree;
 * the JSON export stays the one format that imports back without loss. It holds what happened,
 * never the check's reading of it: the record may be shown to a job centre or a benefits office.
 */
import { newestFirst, stages, type JournalEntry } from './journal';
import type { Step, StepId } from './journal-track';
import { rejectedOn, standing, type Standing } from './journal-application';

export interface RecordRow {
  company: string;
  role: string;
  /**
   * Dates as YYYY-MM-DD, empty when not recorded; several interviews are several dates. `rejected` is
   * the last "Rejected" stage, else the date on the entry's label (`rejectedOn`).
   */
  applied: string;
  screening: string;
  interviews: string[];
  offer: string;
  rejected: string;
  quiet: string;
  /** The stage the rejection came after, in words ("a final round"), if the person said. */
  stageReached: string;
  /** Where the application ended: rejected, gone quiet, an offer, or still waiting. */
  status: Standing;
  /** The day the check was saved in the journal. */
  saved: string;
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
  ['saved', 'Saved in the journal'],
];

const first = (steps: readonly Step[], step: StepId) => steps.find((s) => s.step === step)?.date ?? '';
const last = (steps: readonly Step[], step: StepId) => steps.findLast((s) => s.step === step)?.date ?? '';

/** One row per entry, newest first (as the journal lists them). */
export function recordRows(entries: readonly JournalEntry[]): RecordRow[] {
  return newestFirst(entries).map((entry) => {
    const steps = entry.track?.steps ?? [];
    return {
      company: entry.label.company,
      role: entry.label.role,
      applied: first(steps, 'applied'),
      screening: first(steps, 'screening'),
      interviews: steps.filter((step) => step.step === 'interview').map((step) => step.date),
      offer: last(steps, 'offer'),
      rejected: rejectedOn(entry) ?? '',
      quiet: last(steps, 'quiet'),
      stageReached: entry.label.stage ? stages[entry.label.stage] : '',
      status: standing(entry),
      saved: entry.savedAt.slice(0, 10),
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
