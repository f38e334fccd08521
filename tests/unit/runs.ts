/**
 * How many runs a property test makes: all of them in `npm test`; a twentieth under Stryker, which
 * runs the tests once for each of its two thousand mutants (a mutant that survives a few dozen
 * random cases is rare, and shows in the report).
 */
export const runs = (count: number): number =>
  process.env['STRYKER_MUTATOR_WORKER'] ? Math.max(10, Math.round(count / 20)) : count;
