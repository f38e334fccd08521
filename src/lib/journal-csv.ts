/**
 * The activity record as a spreadsheet: CSV with a header row, written by csv-stringify. Loaded
 * only when a person downloads it.
 *
 * - UTF-8 with a byte-order mark, so that spreadsheet programs read accents and quotes correctly.
 * - Every cell quoted where it must be (commas, quotes, new lines), by the library.
 * - Formulas neutralised: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 *   gets a leading `'` (csv-stringify's `escape_formulas`), so a company named "=HYPERLINK(…)"
 *   stays text when the file is opened.
 */
// The browser build: the package's own modules use Node's Buffer, which this one brings with it.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { RECORD_COLUMNS, rowCells, type RecordRow } from './journal-record';

export function recordCsv(rows: readonly RecordRow[]): string {
  return stringify([RECORD_COLUMNS.map(([, heading]) => heading), ...rows.map(rowCells)], {
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}
