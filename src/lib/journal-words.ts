/** How a journal entry is named and dated on every page, in one place. */
import { longDate } from './dates';
import { entryDate, type JournalEntry } from './journal';
import { standing } from './journal-application';
import type { NextKind, StepId } from './journal-track';

/** The day an entry is about, in words (see `entryDate`). */
export const entryDay = (entry: JournalEntry) => longDate(entryDate(entry));

/**
 * "Data analyst at Acme", or, with no label, "The rejection of 3 November 2026" ("The application
 * of …" while it is waiting for word, has gone quiet or ended in an offer).
 */
export const entryName = (entry: JournalEntry) =>
  [entry.label.role, entry.label.company].filter(Boolean).join(' at ') ||
  `${standing(entry) === 'Rejected' ? 'The rejection' : 'The application'} of ${entryDay(entry)}`;

/** The stages of an application, as the journal names them. */
export const stepWords: Record<StepId, string> = {
  applied: 'Applied',
  screening: 'Screening call',
  interview: 'Interview',
  offer: 'Offer',
  rejected: 'Rejected',
  quiet: 'Gone quiet',
};

/** The next steps an entry can carry. */
export const nextWords: Record<NextKind, string> = { 'follow-up': 'Follow up', 'hear-back': 'Hear back by' };

/** The text with its first letter in capitals. */
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
