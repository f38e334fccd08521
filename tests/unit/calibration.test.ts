/**
 * The check against a careful coach: every labelled story in src/content/check/calibration.yaml is
 * scored through the real check, and the figures are printed. The bar: at least 95% agreement and
 * none of the two costly errors.
 */
import { describe, expect, it } from 'vitest';
import { answerProblems } from '../../src/lib/answers';
import { calibrationReport, type CalibrationRow } from '../../src/lib/calibration';
import { storyAnswers } from '../../src/lib/calibration';
import { scoreCheck } from '../../src/lib/scoring';
import { outcomeIds } from '../../src/schemas/outcome';
import { loadCalibration, loadCheck } from './content';

const check = loadCheck();
const stories = loadCalibration();

const rows: CalibrationRow[] = stories.map((story) => ({
  id: story.id,
  expected: story.outcome,
  actual: scoreCheck(check, storyAnswers(story)).outcome,
  outsideControl: story.outsideControl,
  ownFailingClear: story.ownFailingClear,
}));
const report = calibrationReport(rows);

describe('the calibration set', () => {
  it('has at least 80 stories covering every outcome, each answering exactly the questions it would be shown', () => {
    expect(stories.length).toBeGreaterThanOrEqual(80);
    for (const outcome of outcomeIds)
      expect(stories.filter((story) => story.outcome === outcome).length).toBeGreaterThanOrEqual(10);
    expect(new Set(stories.map((story) => story.id)).size).toBe(stories.length);
    for (const story of stories) expect(answerProblems(check, storyAnswers(story), true), story.id).toEqual([]);
  });

  it('agrees with the coach on at least 95% of stories, and never makes a costly error', () => {
    const pad = (text: string | number) => String(text).padStart(14);
    const lines = [
      `Calibration: ${report.agreed} of ${report.total} stories agree (${(100 * report.agreement).toFixed(1)}%), Cohen's kappa ${report.kappa.toFixed(3)}`,
      `coach \\ check ${outcomeIds.map(pad).join('')}`,
      ...outcomeIds.map((coach) => `${coach.padEnd(14)}${outcomeIds.map((id) => pad(report.confusion[coach][id])).join('')}`),
      ...report.disagreements.map((row) => `  disagrees: ${row.id}: coach ${row.expected}, check ${row.actual}`),
    ];
    console.log(lines.join('\n'));
    expect(report.learnForOutsideCause, '"learn from it" where the cause was outside the person').toEqual([]);
    expect(report.notYouForOwnFailing, '"not you" where the person\'s own failing was clear').toEqual([]);
    expect(report.agreement).toBeGreaterThanOrEqual(0.95);
  });
});
