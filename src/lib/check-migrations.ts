/**
 * What became of each answer of an earlier version of the check, as data: progress saved under
 * that version is carried over to the current one when every answer given still means the same.
 *
 * Version 2 to 3: every answer keeps its code and its meaning (some were reworded, some questions
 * became "tick any", some weights changed, which the new version scores by its own rules), except
 * those listed here. `null` means the answer's meaning changed, so a person who gave it is offered
 * the new check rather than an answer they did not give:
 * - `unfair:cut-short` joined "cut very short" with "hostile or dismissive", which version 3 asks
 *   apart (`process:cut-short`, `unfair:hostile`): which one the person meant is not known;
 * - `offer:after-checks` covered every offer withdrawn after checks; version 3 asks apart about a
 *   mistake in the person's own documents (`offer:checks-mistake`).
 * The words of these answers are kept in src/content/check/retired.yaml for journal entries.
 */
export const answerMigrations: Readonly<Record<number, { to: number; changed: Readonly<Record<string, string | null>> }>> = {
  2: {
    to: 3,
    changed: {
      'unfair:cut-short': null,
      'offer:after-checks': null,
    },
  },
};

/**
 * An answer's code (`question:option`) in version `to`, from version `from`: the same code unless
 * the table says otherwise; undefined when it does not carry over (its meaning changed, or there is
 * no step from `from` to `to`).
 */
export function migratedCode(code: string, from: number, to: number): string | undefined {
  const migration = answerMigrations[from];
  if (migration?.to !== to) return undefined;
  return Object.hasOwn(migration.changed, code) ? (migration.changed[code] ?? undefined) : code;
}
