import { z } from 'astro/zod';
import { OUTCOME_IDS, type OutcomeId } from '../lib/rules';

/** The four outcomes of the check (the list lives in `lib/rules.ts`, with every other stored-data rule). */
export const outcomeIds = OUTCOME_IDS;
export type { OutcomeId };

/** One outcome's texts (`src/content/outcomes/<id>.yaml`). */
export const outcomeSchema = z.object({
  /** The outcome as a short phrase: "It looks like it was not you". */
  title: z.string().trim().min(5),
  /** One sentence for link previews and the page's first line, worded for anyone who opens the link (never "you noticed"). */
  summary: z.string().trim().min(20).max(200, 'keep the summary under 200 characters for link previews'),
  /** The first sentence of a person's own result, speaking to them. */
  yours: z.string().trim().min(20),
  /** A short paragraph that says what the outcome means, kindly and without a verdict. */
  meaning: z.string().trim().min(20),
  /** What to do next, in order: three to six concrete steps. */
  nextSteps: z.array(z.string().trim().min(5)).min(3, 'give at least three next steps').max(6, 'keep to six next steps'),
  /** Guide chapters (their ids) that help with this outcome. */
  chapters: z.array(z.string()).min(1, 'link at least one guide chapter'),
  /** The follow-up kit's emails for this outcome (ids in src/content/emails/emails.yaml), the first to send first. */
  emails: z.array(z.string()).min(1, 'list at least one email for the follow-up kit'),
  /** When the follow-up reminder falls by default, in days from the result. */
  reminderDays: z.number().int().min(1).max(365),
  /** Colour of the outcome's accent on its preview card, as #rrggbb. */
  accent: z.string().regex(/^#[0-9a-f]{6}$/i, 'accent must be a colour like #1f6f4a'),
  /** For "too early to tell": why, when what leans rests on hints, and when nothing points either way (speaking to the person). */
  becauseHintsOnly: z.string().trim().min(20).optional(),
  becauseNoLean: z.string().trim().min(20).optional(),
});

export type Outcome = z.infer<typeof outcomeSchema>;
