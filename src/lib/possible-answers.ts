/**
 * Whether a result link's reasons and unknowns could come from one set of answers, under the
 * check's own skip rules: a link whose checksum was recomputed can list anything, and the page
 * must not call it "made from their own answers" unless some person could have answered that way.
 *
 * Rather than restate the rules (one option of a pick-one question, an exclusive answer alone, a
 * question shown only after some answer, one fact counted once, a discounted answer not counted),
 * this looks for a witness: a complete set of answers that `scoreCheck` turns into exactly these
 * reasons and unknowns. The rules are then the scoring's and the answers' own, in one place.
 */
import { shownQuestions } from './check-questions';
import { mostTelling, scoreCheck, axes, type Answers, type Axis, type ScoringCheck } from './scoring';

type Question = ScoringCheck['questions'][number];
type Option = Question['options'][number];

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * What an option that moves nothing can change about a result: whether it is unknown, whether a
 * skip rule names it, and what it discounts. Options alike in these are interchangeable for the
 * search, so it tries one of each kind.
 */
function kindOf(check: ScoringCheck, question: Question, option: Option): string {
  const rules = check.questions.flatMap((other) =>
    [other.showIf, other.hideIf].flatMap((rule, i) =>
      rule?.question === question.id && rule.anyOf.includes(option.id) ? [`${other.id}/${i}`] : [],
    ),
  );
  return JSON.stringify([option.evidence, option.care ?? '', rules, option.discounts ?? []]);
}

/** Every subset of a list, the empty one first. */
const subsets = <T>(items: readonly T[]): T[][] =>
  items.reduce<T[][]>((all, item) => [...all, ...all.map((some) => [...some, item])], [[]]);

/**
 * A complete set of answers that scores to exactly these reasons (in their order) and these
 * unknowns, if there is one; undefined when no one could have answered so.
 */
export function answersBehind(
  check: ScoringCheck,
  reasons: Record<Axis, readonly string[]>,
  unknowns: readonly string[],
): Answers | undefined {
  const listed = new Map<string, Set<string>>();
  for (const axis of axes) {
    for (const code of reasons[axis]) {
      const [question = '', option = ''] = code.split(':');
      listed.set(question, (listed.get(question) ?? new Set()).add(option));
    }
  }
  /** Answers that another answer can discount: given, they may be in no list of reasons. */
  const discountable = new Set(
    check.questions.flatMap((q) =>
      q.options.flatMap((o) => (o.discounts ?? []).flatMap((d) => d.options.map((id) => `${d.question}:${id}`))),
    ),
  );
  const listedOptions = check.questions.flatMap((q) => q.options.filter((o) => listed.get(q.id)?.has(o.id)));
  const care = listedOptions.some((option) => option.care);
  const unknownQuestions = check.questions.filter((q) => unknowns.includes(q.id));

  /** Whether an unknown answer to a question not listed would stay out of the few the result names. */
  const staysUnnamed = (question: Question) =>
    sameList(
      mostTelling(
        check.questions.filter((q) => q === question || unknownQuestions.includes(q)),
        care,
      ),
      unknowns,
    );

  /** The answers worth trying for a question: its listed options, with or without one of each kind of the others. */
  function candidates(question: Question): string[][] {
    const mine = question.options.filter((option) => listed.get(question.id)?.has(option.id));
    const wanted = unknowns.includes(question.id);
    const kinds = new Map<string, Option>();
    for (const option of question.options) {
      // An answer that moves a side is tried only when listed, or when another answer may discount it (and so leave it unlisted).
      const moves = option.notYou > 0 || option.learn > 0;
      if (listed.get(question.id)?.has(option.id) || (moves && !discountable.has(`${question.id}:${option.id}`))) continue;
      if (option.evidence === 'unknown' && !wanted && !staysUnnamed(question)) continue;
      const kind = kindOf(check, question, option);
      // Alone, an exclusive option is like any other of its kind; beside the listed ones, only a non-exclusive one can be ticked.
      const known = kinds.get(kind);
      if (!known || (known.exclusive && !option.exclusive)) kinds.set(kind, option);
    }
    const others = [...kinds.values()];
    const tries =
      question.type === 'one'
        ? mine.length > 0
          ? [mine]
          : others.map((option) => [option])
        : subsets(others).map((extra) => [...mine, ...extra]);
    return tries
      .filter((options) => options.length > 0)
      .filter((options) => question.type === 'many' || options.length === 1)
      .filter((options) => options.length === 1 || !options.some((option) => option.exclusive))
      .filter((options) => !wanted || options.some((option) => option.evidence === 'unknown'))
      .map((options) => question.options.filter((option) => options.includes(option)).map((option) => option.id));
  }

  const matches = (answers: Answers) => {
    const scored = scoreCheck(check, answers);
    return (
      axes.every((axis) =>
        sameList(
          scored.reasons[axis].map((reason) => reason.code),
          reasons[axis],
        ),
      ) && sameList(scored.unknowns, unknowns)
    );
  };

  // Question by question in the order asked: whether one is shown depends only on the answers before it.
  const walk = (index: number, answers: Record<string, string[]>): Answers | undefined => {
    const question = check.questions[index];
    if (!question) return matches(answers) ? answers : undefined;
    if (!shownQuestions(check, answers).includes(question)) {
      return listed.has(question.id) || unknowns.includes(question.id) ? undefined : walk(index + 1, answers);
    }
    for (const options of candidates(question)) {
      const found = walk(index + 1, { ...answers, [question.id]: options });
      if (found) return found;
    }
    return undefined;
  };
  return walk(0, {});
}
