import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { checkSchema } from './schemas/check';
import { retiredSchema } from './schemas/retired';
import { calibrationStorySchema } from './schemas/calibration';
import { outcomeSchema } from './schemas/outcome';
import { emailSchema } from './schemas/email';
import { regionSchema } from './schemas/region';
import { practiceSchema } from './schemas/practice';

const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/guide' }),
  schema: chapterSchema,
});

const check = defineCollection({
  loader: glob({ pattern: 'check.yaml', base: './src/content/check' }),
  schema: checkSchema,
});

const retired = defineCollection({
  loader: glob({ pattern: 'retired.yaml', base: './src/content/check' }),
  schema: retiredSchema,
});

const calibration = defineCollection({
  loader: file('./src/content/check/calibration.yaml'),
  schema: calibrationStorySchema,
});

const outcomes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/outcomes' }),
  schema: outcomeSchema,
});

const emails = defineCollection({
  loader: file('./src/content/emails/emails.yaml'),
  schema: emailSchema,
});

const regions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/regions' }),
  schema: regionSchema,
});

const practice = defineCollection({
  loader: file('./src/content/practice/practice.yaml'),
  schema: practiceSchema,
});

export const collections = { guide, check, retired, calibration, outcomes, emails, regions, practice };
