/**
 * The follow-up kit's details (company, role, interviewer, name, follow-up date), typed by the
 * person for each result and kept in this browser only under `notnever:plan:v1`, declared once
 * through `persisted.ts`, with the actions on it. Each tab shows the details of the result on its
 * own page, so that two tabs on two results never write one's company into the other's emails.
 */
import { atom, computed } from 'nanostores';
import { combinePlans, decodePlan, detailsFor, emptyPlan, planFor, type PlanDetails, type StoredPlan } from '../lib/action-plan';
import { KEY_PREFIX, persisted } from './persisted';

export const PLAN_KEY = `${KEY_PREFIX}plan:v1`;

const plan = persisted<StoredPlan>({
  key: PLAN_KEY,
  empty: emptyPlan,
  read: (text) => {
    const value = decodePlan(text);
    return value && { value };
  },
  write: (value) =>
    value.result === undefined && !value.kept && Object.values(value).every((field) => field === '')
      ? undefined
      : JSON.stringify(value),
  combine: combinePlans,
});

/** The result this tab's page shows (see `showPlanFor`); undefined until a page says. */
const showing = atom<string | undefined>(undefined);

/** The details on show: those of the result this page shows. Follows other tabs while a page shows them. */
export const planDetails = computed([plan.$value, showing], detailsFor);

/** Changes some details on show (a follow-up date must be a real date, see `isCalendarDate`); false when it would not read back. */
export function updatePlan(change: Partial<PlanDetails>): boolean {
  const current = plan.get();
  const result = showing.get();
  return plan.set({ ...(result === undefined ? current : planFor(current, result)), ...change });
}

/**
 * Shows the details typed for `result` (see `planKeyOf`; '' on a page with no result of the
 * person's own), so that one rejection's company never fills in another's emails.
 */
export function showPlanFor(result: string): void {
  showing.set(result);
  const current = plan.get();
  const next = planFor(current, result);
  if (next !== current) plan.set(next);
}
