/**
 * Every calibration story as JSON, for anyone who wants to check the figures on "How the check
 * decides": the story, its answers, the coach's outcome and why, and the check's outcome.
 */
import { getCalibrationResults } from '../../lib/check-content';

export async function GET(): Promise<Response> {
  const stories = (await getCalibrationResults()).map(({ id, set, story, answers, outcome, why, check }) => ({
    id,
    set,
    story,
    answers,
    coach: outcome,
    why,
    check,
  }));
  return new Response(`${JSON.stringify(stories, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
