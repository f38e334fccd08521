/**
 * Share links, saved progress and journal entries record the check's version, and are read by the
 * rules of that version. So any change to what answers mean (ids, weights, evidence kinds, skip
 * rules, thresholds) must come with a new version. Wording can change freely.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCheck } from './content';

/**
 * One line per released version: append a line when you bump the version, never edit an old one.
 * From version 3 the fingerprint also covers the interaction rules (hideIf, facts, decisive and
 * hindsight answers, discounts), so version 2's line was taken over less of the file.
 */
const released: Record<number, string> = {
  2: '973d74d8ba41aa51',
  3: '874a1439528d775f',
};

const check = loadCheck();
const meaning = {
  thresholds: check.thresholds,
  questions: check.questions.map(({ id, type, context, showIf, hideIf, options }) => ({
    id,
    type,
    context,
    showIf,
    hideIf,
    options: options.map(({ id, notYou, learn, evidence, exclusive, care, fact, decisive, hindsight, discounts }) => ({
      id,
      notYou,
      learn,
      evidence,
      exclusive,
      care,
      fact,
      decisive,
      hindsight,
      // What a discount takes away is meaning; why, in words, is wording.
      discounts: discounts?.map(({ question, options }) => ({ question, options })),
    })),
  })),
};
const fingerprint = createHash('sha256').update(JSON.stringify(meaning)).digest('hex').slice(0, 16);

describe('the check’s version', () => {
  it('changes whenever what the answers mean changes', () => {
    const recorded = released[check.version];
    expect(
      recorded,
      `check.yaml is at version ${check.version}, which is not recorded here. If you meant a new version, add "${check.version}: '${fingerprint}'" to \`released\` in this file.`,
    ).toBeDefined();
    expect(
      fingerprint,
      `The meaning of the check changed (ids, weights, evidence, skip rules, interaction rules or thresholds) but its version is still ${check.version}. ` +
        `Set \`version: ${check.version + 1}\` in src/content/check/check.yaml, and add "${check.version + 1}: '<new fingerprint>'" to \`released\` in this file.`,
    ).toBe(recorded);
  });
});
