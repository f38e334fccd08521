/**
 * The action plan's plain logic: the details a person types, and reading them from storage. Filling
 * in the emails is in email-template.ts, and the calendar reminder in reminder.ts, which the journal uses too.
 */
import { MAX_PLAN_TEXT, isCalendarDate, isRecord } from './rules';

/** What the person types on the action plan; kept on their device only. */
export interface PlanDetails {
  company: string;
  role: string;
  interviewer: string;
  name: string;
  /** The follow-up date, as YYYY-MM-DD, or empty. */
  followUp: string;
}

export const emptyPlan: PlanDetails = { company: '', role: '', interviewer: '', name: '', followUp: '' };

export type PlanField = keyof Omit<PlanDetails, 'followUp'>;

/** What the kit keeps for one rejection; the person's own name is kept once, for all of them. */
export type PlanPart = Omit<PlanDetails, 'name'>;

/**
 * The plan as stored: the details on show, the result they are for (a key from `planKeyOf` in result-view.ts, or ''
 * for pages that show no result of the person's own), and the details typed for other results,
 * kept for when their pages open again. Details stored before results had their own have no
 * `result`: they stay with the first result page opened.
 */
export interface StoredPlan extends PlanDetails {
  result?: string;
  kept?: Record<string, PlanPart>;
}

/** How many other results' details are kept; beyond it, the longest unopened are let go. */
export const MAX_KEPT_PLANS = 50;
const MAX_PLAN_KEY = 12;
const partKeys = ['company', 'role', 'interviewer', 'followUp'] as const;

/** Reads one rejection's fields from stored data, or undefined if any is not ours. */
function readPart(data: Record<string, unknown>): PlanPart | undefined {
  const part: PlanPart = { company: '', role: '', interviewer: '', followUp: '' };
  for (const key of partKeys) {
    const value = data[key] ?? '';
    if (typeof value !== 'string' || value.length > MAX_PLAN_TEXT) return undefined;
    part[key] = value;
  }
  return part.followUp === '' || isCalendarDate(part.followUp) ? part : undefined;
}

/** Reads stored plan details; anything that is not our shape gives undefined (the caller keeps it aside). */
export function decodePlan(raw: string): StoredPlan | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  const shown = readPart(data);
  const name = data['name'] ?? '';
  if (!shown || typeof name !== 'string' || name.length > MAX_PLAN_TEXT) return undefined;
  const plan: StoredPlan = { ...shown, name };
  const { result, kept } = data;
  if (result !== undefined) {
    if (typeof result !== 'string' || result.length > MAX_PLAN_KEY) return undefined;
    plan.result = result;
  }
  if (kept !== undefined) {
    if (!isRecord(kept) || Object.keys(kept).length > MAX_KEPT_PLANS) return undefined;
    plan.kept = {};
    for (const [key, value] of Object.entries(kept)) {
      const part = isRecord(value) && key.length <= MAX_PLAN_KEY ? readPart(value) : undefined;
      if (!part) return undefined;
      plan.kept[key] = part;
    }
  }
  return plan;
}

/**
 * The plan with `result`'s details on show: those on show until now are kept for their own
 * result (if anything was typed), and `result`'s come back if they were kept.
 */
export function planFor(plan: StoredPlan, result: string): StoredPlan {
  if (plan.result === result) return plan;
  const { name, result: current, kept = {}, ...shown } = plan;
  if (current === undefined) return { ...plan, result };
  const back = kept[result] ?? { company: '', role: '', interviewer: '', followUp: '' };
  // The details on show go last, as the most recently opened.
  const others = Object.entries(kept).filter(([key]) => key !== result && key !== current);
  if (Object.values(shown).some((value) => value !== '')) others.push([current, shown]);
  return { ...back, name, result, kept: Object.fromEntries(others.slice(-MAX_KEPT_PLANS)) };
}

/** The details on show for `result`: the plan's own when it is that result's (or has none yet), else what was kept for it. */
export function detailsFor(plan: StoredPlan, result: string | undefined): PlanDetails {
  const { company, role, interviewer, name, followUp } = plan;
  if (result === undefined || plan.result === undefined || plan.result === result)
    return { company, role, interviewer, name, followUp };
  return { ...(plan.kept?.[result] ?? { company: '', role: '', interviewer: '', followUp: '' }), name };
}

/**
 * Two plans in one, when the values move between the device and a tab (shared-computer mode):
 * `there`'s details on show stay; every result's details either holds are kept, `there`'s first.
 */
export function combinePlans(there: StoredPlan, moving: StoredPlan): StoredPlan {
  const { name, result, kept = {}, ...shown } = moving;
  const all: Record<string, PlanPart> = { ...kept };
  if (result !== undefined && Object.values(shown).some((value) => value !== '')) all[result] = shown;
  for (const [key, part] of Object.entries(there.kept ?? {})) all[key] = part;
  const others = Object.entries(all)
    .filter(([key]) => key !== there.result)
    .slice(-MAX_KEPT_PLANS);
  return { ...there, name: there.name || name, ...(others.length > 0 ? { kept: Object.fromEntries(others) } : {}) };
}
