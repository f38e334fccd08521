/** The follow-up emails' placeholders, filled with what the person typed: for the result pages' kit, the guide and the journal's "Due now". */
import type { PlanField } from './action-plan';

/** What a blank field shows as, in an email. */
export const fallbacks: Record<PlanField, string> = {
  company: '[company]',
  role: '[role]',
  interviewer: '[their name]',
  name: '[your name]',
};

/** A template split into plain text and placeholders, so a page can render each placeholder as its own element. */
export function templateParts(text: string): ({ text: string } | { field: PlanField })[] {
  return text
    .split(/(\{(?:company|role|interviewer|name)\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{\w+\}$/.test(part) ? { field: part.slice(1, -1) as PlanField } : { text: part }));
}
