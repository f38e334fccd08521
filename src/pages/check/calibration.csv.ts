/**
 * The same stories as `calibration.json`, as CSV for a spreadsheet: one row a story, its answers as
 * `question: option` pairs separated by semicolons.
 */
import { stringify } from 'csv-stringify/sync';
import { getCalibrationResults } from '../../lib/check-content';

export async function GET(): Promise<Response> {
  const rows = (await getCalibrationResults()).map(({ id, set, story, answers, outcome, why, check }) => ({
    id,
    set,
    story,
    answers: Object.entries(answers)
      .map(([question, options]) => `${question}: ${[options].flat().join(', ')}`)
      .join('; '),
    coach: outcome,
    why,
    check,
  }));
  return new Response(stringify(rows, { header: true }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
