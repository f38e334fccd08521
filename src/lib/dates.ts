/** A calendar date (`YYYY-MM-DD`) as it is written in the UK: "28 November 2026". */
export function longDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const two = (n: number) => String(n).padStart(2, '0');

/** The calendar date (YYYY-MM-DD, in the person's own time zone) `days` after `now`. */
export function daysFromToday(days: number, now: Date): string {
  const then = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${then.getFullYear()}-${two(then.getMonth() + 1)}-${two(then.getDate())}`;
}
