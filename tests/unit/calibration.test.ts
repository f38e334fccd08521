/**
 * The check against a careful coach: every labelled story in src/content/check/calibration.yaml is
 * scored through the real check, and the figures are printed per set (a story's set is the first
 * letter of its id) and for all together. The bar, for all sets together: at least 97% agreement,
 * Cohen's kappa at least 0.95, and none of the two costly errors.
 */
import { describe, expect, it } from 'vitest';
import { answerProblems } from '../../src/lib/answers';
import { calibrationBySet, type CalibrationReport, type CalibrationRow } from '../../src/lib/calibration';
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
const bySet = calibrationBySet(rows);
const all = bySet.find(({ set }) => set === 'all')!.report;

/** One set's figures as lines of text, for the test's output. */
function describeReport(set: string, report: CalibrationReport): string[] {
  const pad = (text: string | number) => String(text).padStart(14);
  return [
    `Set ${set}: ${report.agreed} of ${report.total} stories agree (${(100 * report.agreement).toFixed(1)}%), Cohen's kappa ${report.kappa.toFixed(3)}`,
    `coach \\ check ${outcomeIds.map(pad).join('')}`,
    ...outcomeIds.map((coach) => `${coach.padEnd(14)}${outcomeIds.map((id) => pad(report.confusion[coach][id])).join('')}`),
    ...report.disagreements.map((row) => `  disagrees: ${row.id}: coach ${row.expected}, check ${row.actual}`),
    `  costly: "learn from it" for an outside cause: ${report.learnForOutsideCause.join(', ') || 'none'}`,
    `  costly: "not you" for a clear failing of their own: ${report.notYouForOwnFailing.join(', ') || 'none'}`,
  ];
}

describe('the calibration set', () => {
  it('has at least 80 stories covering every outcome, each answering exactly the questions it would be shown', () => {
    expect(stories.length).toBeGreaterThanOrEqual(80);
    for (const outcome of outcomeIds)
      expect(stories.filter((story) => story.outcome === outcome).length).toBeGreaterThanOrEqual(10);
    expect(new Set(stories.map((story) => story.id)).size).toBe(stories.length);
    for (const story of stories) expect(answerProblems(check, storyAnswers(story), true), story.id).toEqual([]);
  });

  it('is reported per set (a to e) and for all the sets together', () => {
    console.log(bySet.flatMap(({ set, report }) => describeReport(set, report)).join('\n'));
    expect(bySet.map(({ set }) => set)).toEqual(['a', 'b', 'c', 'd', 'e', 'all']);
    expect(bySet.slice(0, -1).reduce((sum, { report }) => sum + report.total, 0)).toBe(all.total);
  });

  it('all sets together: at least 97% agreement, kappa at least 0.95, and never a costly error', () => {
    expect.soft(all.learnForOutsideCause, '"learn from it" where the cause was outside the person').toEqual([]);
    expect.soft(all.notYouForOwnFailing, '"not you" where the person\'s own failing was clear').toEqual([]);
    expect.soft(all.agreement, 'agreement').toBeGreaterThanOrEqual(0.97);
    expect.soft(all.kappa, "Cohen's kappa").toBeGreaterThanOrEqual(0.95);
  });
});
