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

/**
 * The table (its header row first, as `recordTable` gives it) as CSV text. It takes plain rows and
 * imports nothing of the journal's, so that this chunk, loaded on use, shares no module with the pages.
 */
export function recordCsv(table: readonly (readonly string[])[]): string {
  return stringify(table as string[][], {
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}
