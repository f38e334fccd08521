import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/rules';

/** The longest line in a chapter's "In short": short enough to take in at a glance on a phone. */
export const IN_SHORT_MAX = 140;

/**
 * One line of "In short": a single sentence, starting with a capital letter (after an opening
 * quote, if any) and ending with a full stop, question mark or exclamation mark.
 */
const inShortLine = z
  .string({ error: 'each "In short" line is a sentence of text' })
  .trim()
  .min(1, 'an "In short" line cannot be empty')
  .max(IN_SHORT_MAX, `keep each "In short" line to ${IN_SHORT_MAX} characters or fewer`)
  .refine((line) => /^["“‘']?[\p{Lu}\d]/u.test(line), 'each "In short" line starts like a sentence, with a capital letter')
  .refine((line) => /[.!?]["”’']?$/u.test(line), 'each "In short" line ends like a sentence, with a full stop, ? or !')
  .refine((line) => !/[.!?]["”’']?\s+["“‘']?\p{Lu}/u.test(line), 'each "In short" line is one sentence, not two');

/**
 * The date a chapter was last reviewed, written as a quoted `'YYYY-MM-DD'`. Quotes matter: the
 * frontmatter reader turns an unquoted 2026-02-30 into 2 March without a word, so only a string
 * can be checked as a real date.
 */
const reviewedDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? "write the reviewed date in quotes, such as reviewed: '2026-11-28', so that it can be checked"
        : "every chapter needs a reviewed date, such as reviewed: '2026-11-28'",
  })
  .refine(isCalendarDate, { message: "reviewed must be a real date written 'YYYY-MM-DD', such as '2026-11-28'", abort: true })
  .refine((value) => value <= new Date().toISOString().slice(0, 10), 'the reviewed date cannot be in the future');

/** The frontmatter of one guide chapter (`src/content/guide/*.mdx`). */
export const chapterSchema = z.object({
  /** The chapter's title, shown as its heading and in the browser tab. */
  title: z.string({ error: 'every chapter needs a title' }).trim().min(1, 'every chapter needs a title'),
  /** One or two sentences for the guide index, search results and link previews. */
  description: z
    .string({ error: 'every chapter needs a description' })
    .trim()
    .min(20, 'the description should be a full sentence of at least 20 characters')
    .max(200, 'keep the description under 200 characters so previews do not cut it off'),
  /** Position in the guide, starting at 1. Each chapter has its own. */
  order: z
    .number({ error: 'every chapter needs an order (1, 2, 3 …)' })
    .int('order must be a whole number')
    .positive('order starts at 1'),
  /** A few words naming the source message the chapter carries, for the guide index. */
  summary: z.string().trim().min(1).optional(),
  /** Three short sentences that open the chapter: what it says, for someone with little time or energy. */
  inShort: z
    .array(inShortLine, { error: 'every chapter needs an "In short" list of three sentences' })
    .length(3, 'the "In short" list has exactly three sentences'),
  /** When the chapter was last checked for accuracy and kindness, shown as "Last reviewed 28 November 2026". */
  reviewed: reviewedDate,
});

export type ChapterData = z.infer<typeof chapterSchema>;

/**
 * The guide as a whole: rules across chapters that one chapter's schema cannot see.
 * Each item pairs the chapter's id (its file name) with its frontmatter.
 */
export const guideSchema = z
  .array(z.object({ id: z.string(), data: chapterSchema }))
  .min(1, 'the guide needs at least one chapter')
  .superRefine((chapters, ctx) => {
    const seen = new Map<number, string>();
    for (const chapter of chapters) {
      const other = seen.get(chapter.data.order);
      if (other !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `chapters "${other}" and "${chapter.id}" both have order ${chapter.data.order}; give each chapter its own`,
        });
      }
      seen.set(chapter.data.order, chapter.id);
    }
  });
