/**
 * The action plan's details (company, role, interviewer, name, follow-up date), typed by the person
 * and kept in this browser only under `notnever:plan:v1`. The only code that reads or writes that key.
 */
import { atom, onMount } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { decodePlan, emptyPlan, type PlanDetails } from '../lib/action-plan';
import { KEY_PREFIX, keepAside } from './storage';

export const PLAN_KEY = `${KEY_PREFIX}plan:v1`;

const stored = persistentAtom<string | undefined>(PLAN_KEY, undefined);

/** The details as typed so far; follows other tabs' changes while a page shows them. */
export const planDetails = atom<PlanDetails>(emptyPlan);

// A stored value that cannot be read is kept aside (and replaced only once the copy is safe).
onMount(planDetails, () =>
  stored.subscribe((raw) => {
    const details = raw === undefined ? emptyPlan : decodePlan(raw);
    if (details) planDetails.set(details);
    else if (raw !== undefined && keepAside(PLAN_KEY, raw)) stored.set(undefined);
  }),
);

/**
 * Changes some details. The change is written only if the reader accepts it (a follow-up date must
 * be a real date, see `isCalendarDate`); a refused change is a bug in the page, logged as an error.
 */
export function updatePlan(change: Partial<PlanDetails>): boolean {
  const text = JSON.stringify({ ...planDetails.get(), ...change });
  if (!decodePlan(text)) {
    console.error('Not Never: the plan was not saved, as it would not read back.', change);
    return false;
  }
  stored.set(text);
  return true;
}
