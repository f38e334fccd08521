/**
 * Loads the real check and outcome files through the real schemas, as Astro's content loader does,
 * so a content change that breaks scoring fails a test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkSchema, type Check } from '../../src/schemas/check';
import { outcomeSchema, type Outcome } from '../../src/schemas/outcome';
import { calibrationStorySchema, type CalibrationStory } from '../../src/schemas/calibration';
import { retiredSchema, type Retired } from '../../src/schemas/retired';
import { emailSchema, type EmailTemplate } from '../../src/schemas/email';
import { practiceSchema, type PracticePlan } from '../../src/schemas/practice';
import type { ScoringCheck } from '../../src/lib/scoring';

// Plain paths, not URL objects: under jsdom the global URL is jsdom's, which node:fs does not take.
const contentDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/content');

export function readCheckFile(): unknown {
  return parse(readFileSync(join(contentDir, 'check/check.yaml'), 'utf8'));
}

export function loadCheck(): Check {
  return checkSchema.parse(readCheckFile());
}

export function loadOutcomes(): Record<string, Outcome> {
  const dir = join(contentDir, 'outcomes');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name.replace(/\.yaml$/, ''), outcomeSchema.parse(parse(readFileSync(join(dir, name), 'utf8')))]),
  );
}

/** The follow-up emails, by id, through their real schema. */
export function loadEmails(): Record<string, EmailTemplate> {
  const data = parse(readFileSync(join(contentDir, 'emails/emails.yaml'), 'utf8')) as { id: string }[];
  return Object.fromEntries(data.map((email) => [email.id, emailSchema.parse(email)]));
}

/** The practice plans, by stage, through their real schema. */
export function loadPractice(): Record<string, PracticePlan> {
  const data = parse(readFileSync(join(contentDir, 'practice/practice.yaml'), 'utf8')) as unknown[];
  return Object.fromEntries(data.map((plan) => practiceSchema.parse(plan)).map((plan) => [plan.id, plan]));
}

/** The labelled stories, through their real schema. */
export function loadCalibration(): CalibrationStory[] {
  const data = parse(readFileSync(join(contentDir, 'check/calibration.yaml'), 'utf8')) as unknown[];
  return data.map((story) => calibrationStorySchema.parse(story));
}

/** Each region's file as it is (unparsed), by id: the file name without `.yaml`. */
export function readRegionFiles(): Record<string, unknown> {
  const dir = join(contentDir, 'regions');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, name), 'utf8')) as unknown]),
  );
}

/** The words of retired answers, through their real schema. */
export function loadRetired(): Retired {
  return retiredSchema.parse(parse(readFileSync(join(contentDir, 'check/retired.yaml'), 'utf8')));
}

/**
 * Version 2 of the check as released (tests/unit/fixtures/check-v2.yaml), with the defaults its
 * schema gave, for the tests of what carries over from it. Not parsed with today's schema, which
 * asks for fields version 2 did not have.
 */
export function loadVersion2Check(): ScoringCheck {
  const raw = parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures/check-v2.yaml'), 'utf8')) as {
    questions: { type?: string; options: { notYou?: number; learn?: number; exclusive?: boolean }[] }[];
  };
  return {
    ...raw,
    questions: raw.questions.map((q) => ({
      ...q,
      type: q.type ?? 'one',
      options: q.options.map((o) => ({ ...o, notYou: o.notYou ?? 0, learn: o.learn ?? 0, exclusive: o.exclusive ?? false })),
    })),
  } as unknown as ScoringCheck;
}
