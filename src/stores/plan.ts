/**
 * The action plan's details (company, role, interviewer, name, follow-up date), typed by the person
 * for each result and kept in this browser only under `notnever:plan:v1`. The only code that reads
 * or writes that key.
 */
import { atom, onMount } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { decodePlan, emptyPlan, planFor, type PlanDetails, type StoredPlan } from '../lib/action-plan';
import { KEY_PREFIX, keepAside } from './storage';

export const PLAN_KEY = `${KEY_PREFIX}plan:v1`;

const stored = persistentAtom<string | undefined>(PLAN_KEY, undefined);

/** The details on show (those of the result this page shows); follows other tabs' changes while a page shows them. */
export const planDetails = atom<PlanDetails>(emptyPlan);

// A stored value that cannot be read is kept aside (and replaced only once the copy is safe).
onMount(planDetails, () =>
  stored.subscribe((raw) => {
    const read = raw === undefined ? emptyPlan : decodePlan(raw);
    if (read) {
      const { company, role, interviewer, name, followUp } = read;
      planDetails.set({ company, role, interviewer, name, followUp });
    } else if (raw !== undefined && keepAside(PLAN_KEY, raw)) stored.set(undefined);
  }),
);

/** Writes the plan only if its reader accepts it; a refused write is a bug in the page, logged as an error. */
function save(next: StoredPlan): boolean {
  const text = JSON.stringify(next);
  if (!decodePlan(text)) {
    console.error('Not Never: the plan was not saved, as it would not read back.', next);
    return false;
  }
  stored.set(text);
  return true;
}

/** The whole stored plan; undefined while a value that cannot be read is there (the subscription above keeps it aside). */
function current(): StoredPlan | undefined {
  const raw = stored.get();
  return raw === undefined ? emptyPlan : decodePlan(raw);
}

/** Changes some details on show (a follow-up date must be a real date, see `isCalendarDate`). */
export function updatePlan(change: Partial<PlanDetails>): boolean {
  return save({ ...(current() ?? emptyPlan), ...change });
}

/**
 * Shows the details typed for `result` (see `planKeyOf`; '' on a page with no result of the
 * person's own), so that one rejection's company never fills in another's emails.
 */
export function showPlanFor(result: string): void {
  const plan = current();
  const next = plan && planFor(plan, result);
  if (next && next !== plan) save(next);
}
