import { z } from 'astro/zod';
import { OUTCOME_IDS, type OutcomeId } from '../lib/rules';

/** The four outcomes of the check (the list lives in `lib/rules.ts`, with every other stored-data rule). */
export const outcomeIds = OUTCOME_IDS;
export type { OutcomeId };

/** One outcome's texts (`src/content/outcomes/<id>.yaml`). */
export const outcomeSchema = z.object({
  /** The outcome as a short phrase: "It looks like it was not you". */
  title: z.string().trim().min(5),
  /** One sentence for link previews and the result's first line. */
  summary: z.string().trim().min(20).max(200, 'keep the summary under 200 characters for link previews'),
  /** A short paragraph that says what the outcome means, kindly and without a verdict. */
  meaning: z.string().trim().min(20),
  /** What to do next, in order: three to six concrete steps. */
  nextSteps: z.array(z.string().trim().min(5)).min(3, 'give at least three next steps').max(6, 'keep to six next steps'),
  /** Guide chapters (their ids) that help with this outcome. */
  chapters: z.array(z.string()).min(1, 'link at least one guide chapter'),
  /** Colour of the outcome's accent on its preview card, as #rrggbb. */
  accent: z.string().regex(/^#[0-9a-f]{6}$/i, 'accent must be a colour like #1f6f4a'),
  /** For "too early to tell": why, when the evidence is thin, and when it points nowhere. */
  becauseLittleEvidence: z.string().trim().min(20).optional(),
  becauseNoClearLean: z.string().trim().min(20).optional(),
});

export type Outcome = z.infer<typeof outcomeSchema>;
