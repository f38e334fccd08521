/**
 * The action plan's details (company, role, interviewer, name, follow-up date), typed by the person
 * and kept in this browser only under `notnever:plan:v1`.
 */
import { persistentAtom } from '@nanostores/persistent';
import { decodePlan, emptyPlan, type PlanDetails } from '../lib/action-plan';
import { KEY_PREFIX, keepAside } from './storage';

export const PLAN_KEY = `${KEY_PREFIX}plan:v1`;

const stored = persistentAtom<string | undefined>(PLAN_KEY, undefined);

const read = (raw: string | undefined) => (raw === undefined ? emptyPlan : (decodePlan(raw) ?? emptyPlan));

/** The details as typed so far; updates when another tab changes them. */
export function subscribePlan(listener: (details: PlanDetails) => void): () => void {
  return stored.subscribe((raw) => listener(read(raw)));
}

/** Keeps an unreadable stored plan aside (never deleting it unless the copy is safe). Call once on the page. */
export function initPlan(): void {
  const raw = stored.get();
  if (raw !== undefined && !decodePlan(raw) && keepAside(PLAN_KEY, raw)) stored.set(undefined);
}

export function updatePlan(change: Partial<PlanDetails>): void {
  stored.set(JSON.stringify({ ...read(stored.get()), ...change }));
}
