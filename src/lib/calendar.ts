/**
 * Arithmetic on calendar dates written YYYY-MM-DD, done in UTC so that no time zone or change of
 * clocks moves a day. (What today is, in the person's own time zone, is `daysFromToday` in dates.ts.)
 * Kept apart from dates.ts, which every result page loads: only the journal needs these.
 */

/** A calendar date `days` later (or earlier, when negative): 2028-02-28 plus one is 2028-02-29. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A calendar date `months` later, on the same day or the month's last (31 August plus six months is 28 or 29 February). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, last))).toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another (negative when `to` comes first). */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
