/**
 * How well the check agrees with a careful coach on the labelled stories: agreement, Cohen's kappa,
 * the confusion matrix, and the two costly errors. Used by the calibration test and by the guide's
 * "How the check decides" page, so the published figures are the tested ones.
 */
import { OUTCOME_IDS as outcomeIds, type OutcomeId } from './rules';

export interface CalibrationRow {
  id: string;
  /** The coach's outcome. */
  expected: OutcomeId;
  /** The check's outcome for the same answers. */
  actual: OutcomeId;
  outsideControl: boolean;
  ownFailingClear: boolean;
}

export interface CalibrationReport {
  total: number;
  agreed: number;
  /** Share of stories where the check gives the coach's outcome, 0 to 1. */
  agreement: number;
  /** Cohen's kappa: agreement beyond what chance would give, 1 is perfect. */
  kappa: number;
  /** confusion[coach][check]: how many stories. */
  confusion: Record<OutcomeId, Record<OutcomeId, number>>;
  /** "Learn from it" where the cause was outside the person's control. */
  learnForOutsideCause: string[];
  /** "Not you" where a failing of the person's own was known and clear. */
  notYouForOwnFailing: string[];
  disagreements: CalibrationRow[];
}

const zeros = (): Record<OutcomeId, number> => ({ 'not-you': 0, 'learn-from-it': 0, both: 0, 'too-early': 0 });

export function calibrationReport(rows: readonly CalibrationRow[]): CalibrationReport {
  const confusion = Object.fromEntries(outcomeIds.map((id) => [id, zeros()])) as Record<OutcomeId, Record<OutcomeId, number>>;
  for (const row of rows) confusion[row.expected][row.actual] += 1;
  const total = rows.length;
  const agreed = rows.filter((row) => row.expected === row.actual).length;
  const agreement = total === 0 ? 0 : agreed / total;
  // Chance agreement: how often two raters with these marginals would agree at random.
  const chance =
    total === 0
      ? 0
      : outcomeIds.reduce((sum, id) => {
          const coach = rows.filter((row) => row.expected === id).length / total;
          const check = rows.filter((row) => row.actual === id).length / total;
          return sum + coach * check;
        }, 0);
  const kappa = chance === 1 ? 1 : (agreement - chance) / (1 - chance);
  return {
    total,
    agreed,
    agreement,
    kappa,
    confusion,
    learnForOutsideCause: rows.filter((row) => row.outsideControl && row.actual === 'learn-from-it').map((row) => row.id),
    notYouForOwnFailing: rows.filter((row) => row.ownFailingClear && row.actual === 'not-you').map((row) => row.id),
    disagreements: rows.filter((row) => row.expected !== row.actual),
  };
}

/** The figures for one set of stories (a story's set is the first letter of its id), and for all of them together. */
export interface SetReport {
  /** `a`, `b`, … or `all`. */
  set: string;
  report: CalibrationReport;
}

/**
 * The report per set, in the sets' order, then for all the stories together: each set was written
 * at its own time and by its own helpers, so a set scored before any tuning on it shows how far
 * the check generalises.
 */
export function calibrationBySet(rows: readonly CalibrationRow[]): SetReport[] {
  const sets = [...new Set(rows.map((row) => row.id.charAt(0)))].sort();
  return [
    ...sets.map((set) => ({ set, report: calibrationReport(rows.filter((row) => row.id.charAt(0) === set)) })),
    { set: 'all', report: calibrationReport(rows) },
  ];
}

/** A story's answers as the check reads them: a single answer becomes a list of one. */
export function storyAnswers(story: { answers: Record<string, string | string[]> }): Record<string, string[]> {
  return Object.fromEntries(Object.entries(story.answers).map(([id, answer]) => [id, Array.isArray(answer) ? answer : [answer]]));
}
