/**
 * What a result page shows, decided from its link's fragment and from the check this browser
 * holds: the person's own result, a result someone shared, one made with an earlier version of
 * the check, or the outcome's general page with a notice saying why (a link with no details
 * included).
 */
import type { Answers, ScoringCheck } from './scoring';
import { body, checksum, type SharedResult } from './share-link';
import { toSharedResult } from './share-link-encoder';
import { decodeShareLink, type ShareLinkProblem } from './share-link-decoder';
import type { OutcomeId } from './rules';
import type { CheckPartV2, JournalEntry } from './journal';

export type ResultProblem = ShareLinkProblem | 'other-outcome' | 'unavailable';

export type ResultView =
  /** This browser's own finished check: its answers are here, so they can be shown and saved. */
  | { kind: 'own'; result: SharedResult; answers: Answers }
  /** Someone else's result, from their link: never offered to save as one's own. */
  | { kind: 'shared'; result: SharedResult }
  /** A link made with an earlier version of the check: its outcome only. */
  | { kind: 'earlier'; checkVersion: number }
  /** A link that cannot be used: the general page, with why. */
  | { kind: 'problem'; problem: ResultProblem };

const sameResult = (a: SharedResult, b: SharedResult) =>
  a.outcome === b.outcome &&
  a.reasons.notYou.join() === b.reasons.notYou.join() &&
  a.reasons.learn.join() === b.reasons.learn.join();

/** The answers this browser holds of the person's own: the check finished here, and the checks saved in the journal. */
export interface OwnAnswers {
  finished: Answers | undefined;
  saved: readonly Answers[];
}

/**
 * Decides the view for the page of `outcome`. A page with no details shows the check finished
 * here; a link to any of the person's own results (finished or saved) shows it as theirs, wherever
 * they open it from.
 */
export function resultView(fragment: string, outcome: OutcomeId, check: ScoringCheck | undefined, own: OwnAnswers): ResultView {
  const empty = fragment.replace(/^#/, '').trim() === '';
  if (!check) return { kind: 'problem', problem: 'unavailable' };
  const mine = [...(own.finished ? [own.finished] : []), ...own.saved].map((answers) => ({
    answers,
    result: toSharedResult(check, answers, false),
  }));
  if (empty) {
    const finished = own.finished && mine[0];
    return finished?.result.outcome === outcome ? { kind: 'own', ...finished } : { kind: 'problem', problem: 'empty' };
  }
  const decoded = decodeShareLink(fragment, check);
  if (!decoded.ok) return { kind: 'problem', problem: decoded.problem };
  if ('earlier' in decoded) {
    return decoded.earlier.outcome === outcome
      ? { kind: 'earlier', checkVersion: decoded.earlier.checkVersion }
      : { kind: 'problem', problem: 'other-outcome' };
  }
  if (decoded.result.outcome !== outcome) return { kind: 'problem', problem: 'other-outcome' };
  const match = mine.find(({ result }) => sameResult(result, decoded.result));
  return match ? { kind: 'own', ...match } : { kind: 'shared', result: decoded.result };
}

/** Why a journal entry's page (`?entry=` in the address) shows only the outcome's general guidance. */
export type EntryProblem = 'earlier' | 'gone';

/**
 * Decides the view for a result page from its whole address and this browser's journal. "Open" in
 * the journal adds `?entry=<id>`: that entry, read from the journal here, is the person's own
 * result, whatever the fragment says; an entry saved with an earlier version of the check, or no
 * longer in the journal, gives the general page with why. Otherwise the fragment decides (see
 * `resultView`), with the check finished here and every entry saved with this version as the
 * person's own. `entry` is the journal entry shown, if any.
 */
export function resultPageView(
  address: { search: string; hash: string },
  outcome: OutcomeId,
  check: ScoringCheck | undefined,
  entries: readonly JournalEntry[],
  finished: Answers | undefined,
): (ResultView & { entry?: JournalEntry }) | { kind: 'entry'; problem: EntryProblem } {
  // Entries of version 1, the only ones of another shape, say so in their version (see `readCheckPart`).
  const current = (entry: JournalEntry): entry is JournalEntry & CheckPartV2 => entry.checkVersion === check?.version;
  const entryId = new URLSearchParams(address.search).get('entry');
  if (entryId === null || !check) {
    const saved = entries.flatMap((entry) => (current(entry) ? [entry.answers] : []));
    return resultView(address.hash, outcome, check, { finished, saved });
  }
  const entry = entries.find((saved) => saved.id === entryId);
  if (!entry || !current(entry)) return { kind: 'entry', problem: entry ? 'earlier' : 'gone' };
  return { ...resultView('', outcome, check, { finished: entry.answers, saved: [] }), entry };
}

/** The key of a person's own result in the plan: the same answers give the same key. */
export function planKeyOf(check: ScoringCheck, answers: Answers): string {
  return checksum(body(toSharedResult(check, answers, true)));
}
