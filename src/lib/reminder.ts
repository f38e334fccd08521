/** A calendar reminder as an iCalendar file (RFC 5545): the follow-up kit's and the journal's "Due now". */
import type { PlanDetails } from './action-plan';
import { CONTROL_CHARACTERS, isCalendarDate } from './rules';

/** Escapes a TEXT value (RFC 5545, 3.3.11). Stored text is not trusted: control characters become spaces. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(CONTROL_CHARACTERS, ' ');
}

/** Folds a content line at 75 octets (RFC 5545, 3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * An all-day reminder on the follow-up date, as an iCalendar file (RFC 5545) with an alarm at
 * 9:00 that morning. Returns undefined when the date is not a real date (see `isCalendarDate`).
 * After treatment that may have been unfair (`advice`), it is a reminder to get advice before the
 * time limit to complain, named in the region's words (`limit`, such as "180 days (300 in many
 * places)"); the site never works out a legal deadline itself. `emailsAt` says where the person
 * finds the emails again: the result page's follow-up kit, or the journal's "Due now".
 */
export function followUpReminder(
  details: PlanDetails,
  now: Date,
  uid: string,
  advice?: { limit: string | undefined },
  emailsAt = 'on your Not Never result',
): string | undefined {
  if (!isCalendarDate(details.followUp)) return undefined;
  const start = details.followUp.replace(/-/g, '');
  const next = new Date(`${details.followUp}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const end = next.toISOString().slice(0, 10).replace(/-/g, '');
  const where = [details.role.trim(), details.company.trim()].filter(Boolean).join(' at ');
  const summary = advice
    ? `Get advice${where ? `: ${where}` : ' about your interview'}`
    : `Follow up${where ? `: ${where}` : ' on your interview'}`;
  const description = advice
    ? `Note down what was said and done, with dates, and get advice before the time limit to complain${advice.limit ? ` (where you are: ${advice.limit}, from the day it happened)` : ''}. Where to get it is on your Not Never result.`
    : `Send a short status check or feedback request: the emails are ${emailsAt}.`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Not Never//Follow-up reminder//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${compact(now)}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(summary)}`,
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
