/**
 * After how many days with no word the journal's "Due now" offers "Mark as gone quiet": the
 * person's setting, declared once through `persisted.ts`, apart from the journal's store so that
 * the result pages, which save entries, do not load it.
 */
import { MAX_QUIET_DAYS, QUIET_DAYS } from '../lib/journal-track';
import { KEY_PREFIX, persisted } from './persisted';

const quiet = persisted<number | undefined>({
  key: `${KEY_PREFIX}journal:quiet-days:v1`,
  empty: undefined,
  // A whole number of days the journal's "Due now" accepts; anything else is the default, which nobody would miss.
  read: (text) => ({ value: isQuietDays(Number(text)) ? Number(text) : undefined }),
  write: (value) => (value === undefined ? undefined : String(value)),
});

const isQuietDays = (days: number) => Number.isInteger(days) && days >= 1 && days <= MAX_QUIET_DAYS;

/** After how many days with no word the journal offers "Mark as gone quiet": undefined for the default, `QUIET_DAYS`. Follows other tabs. */
export const quietDays = quiet.$value;

/** Sets it; false when the number is not whole days from 1 to 365, or could not be saved. */
export function setQuietDays(days: number): boolean {
  return isQuietDays(days) && quiet.set(days === QUIET_DAYS ? undefined : days);
}
