/**
 * The calibration stories offered for download on "How the check decides": the same stories as
 * the calibration test scores, with the check's outcome for each, as JSON and as CSV.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadCalibration, loadCheck } from '../unit/content';
import { storyAnswers } from '../../src/lib/calibration';
import { scoreCheck } from '../../src/lib/scoring';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const stories = loadCalibration();
const check = loadCheck();

interface Row {
  id: string;
  set: string;
  story: string;
  coach: string;
  why: string;
  check: string;
}

describe('the calibration downloads over dist/', () => {
  const json = JSON.parse(readFileSync(`${dist}check/calibration.json`, 'utf8')) as (Row & { answers: unknown })[];
  const csv = parse(readFileSync(`${dist}check/calibration.csv`, 'utf8'), { columns: true }) as (Row & { answers: string })[];

  it('hold every story once, in file order, as JSON and as CSV', () => {
    expect(json.map((row) => row.id)).toEqual(stories.map((story) => story.id));
    expect(csv.map((row) => row.id)).toEqual(stories.map((story) => story.id));
  });

  it("give each story's words, answers, the coach's outcome and why, and the check's outcome for those answers", () => {
    for (const [i, story] of stories.entries()) {
      const expected = {
        id: story.id,
        set: story.id.charAt(0),
        story: story.story,
        coach: story.outcome,
        why: story.why,
        check: scoreCheck(check, storyAnswers(story)).outcome,
      };
      expect(json[i], story.id).toMatchObject({ ...expected, answers: story.answers });
      expect(csv[i], story.id).toMatchObject(expected);
      for (const [question, options] of Object.entries(story.answers))
        expect(csv[i]?.answers, story.id).toContain(`${question}: ${[options].flat().join(', ')}`);
    }
  });
});
