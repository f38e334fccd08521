import { describe, expect, it } from 'vitest';
import { calibrationBySet, calibrationReport, type CalibrationRow } from '../../src/lib/calibration';

/** Six made-up stories whose figures are worked out by hand below. */
const row = (
  id: string,
  expected: CalibrationRow['expected'],
  actual: CalibrationRow['actual'],
  outside = false,
  own = false,
) => ({
  id,
  expected,
  actual,
  outsideControl: outside,
  ownFailingClear: own,
});
const rows: CalibrationRow[] = [
  row('r1', 'not-you', 'not-you', true),
  row('r2', 'learn-from-it', 'learn-from-it', false, true),
  row('r3', 'not-you', 'learn-from-it', true),
  row('r4', 'learn-from-it', 'not-you', false, true),
  row('r5', 'both', 'both'),
  row('r6', 'too-early', 'both'),
];

describe('the calibration report, worked by hand', () => {
  const report = calibrationReport(rows);

  it('counts agreement and the confusion matrix, coach by check', () => {
    expect(report.total).toBe(6);
    expect(report.agreed).toBe(3);
    expect(report.agreement).toBe(0.5);
    expect(report.confusion).toEqual({
      'not-you': { 'not-you': 1, 'learn-from-it': 1, both: 0, 'too-early': 0 },
      'learn-from-it': { 'not-you': 1, 'learn-from-it': 1, both: 0, 'too-early': 0 },
      both: { 'not-you': 0, 'learn-from-it': 0, both: 1, 'too-early': 0 },
      'too-early': { 'not-you': 0, 'learn-from-it': 0, both: 1, 'too-early': 0 },
    });
  });

  it("gives Cohen's kappa: chance agreement is (2·2 + 2·2 + 1·2 + 1·0) / 36, so kappa is 8/26", () => {
    expect(report.kappa).toBeCloseTo(8 / 26, 10);
  });

  it('names the two costly errors and every disagreement, and nothing else', () => {
    expect(report.learnForOutsideCause).toEqual(['r3']);
    expect(report.notYouForOwnFailing).toEqual(['r4']);
    expect(report.disagreements.map((r) => r.id)).toEqual(['r3', 'r4', 'r6']);
  });

  it('is 1 for perfect agreement and 0 for an empty set', () => {
    expect(calibrationReport([row('a', 'both', 'both'), row('b', 'not-you', 'not-you')]).kappa).toBe(1);
    expect(calibrationReport([row('a', 'both', 'both')]).kappa).toBe(1);
    const empty = calibrationReport([]);
    expect(empty).toMatchObject({ total: 0, agreed: 0, agreement: 0, kappa: 0, disagreements: [] });
  });
});

describe('the calibration report per set', () => {
  it('groups stories by the first letter of their id, in order, and ends with all of them together', () => {
    const bySet = calibrationBySet([
      row('b1', 'both', 'both'),
      row('a1', 'not-you', 'not-you'),
      row('a2', 'not-you', 'learn-from-it', true),
      row('b2', 'too-early', 'too-early'),
    ]);
    expect(bySet.map(({ set, report }) => [set, report.agreed, report.total])).toEqual([
      ['a', 1, 2],
      ['b', 2, 2],
      ['all', 3, 4],
    ]);
    expect(bySet[0]?.report.learnForOutsideCause).toEqual(['a2']);
    expect(bySet[1]?.report.kappa).toBe(1);
    expect(bySet[2]?.report.disagreements.map((r) => r.id)).toEqual(['a2']);
  });
});
