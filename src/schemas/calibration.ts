import { z } from 'astro/zod';
import { outcomeIds } from './outcome';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens');

/**
 * One labelled rejection story (`src/content/check/calibration.yaml`): the answers a person in it
 * would give, and the outcome a careful career coach would give, from the story alone.
 */
export const calibrationStorySchema = z.object({
  id: slug,
  /** The story, in the person's words. */
  story: z.string().trim().min(40, 'a story needs a few sentences'),
  /** Question id to option id, or a list of option ids for a "tick any" question. */
  answers: z.record(slug, z.union([slug, z.array(slug).min(1)])),
  /** What a careful coach would say, from the story alone (never changed to fit the check). */
  outcome: z.enum(outcomeIds),
  /** One line of why. */
  why: z.string().trim().min(10),
  /** The story makes clear the real cause was outside the person's control. */
  outsideControl: z.boolean(),
  /** The story makes a failing of the person's own known and clear. */
  ownFailingClear: z.boolean(),
});

export type CalibrationStory = z.infer<typeof calibrationStorySchema>;
