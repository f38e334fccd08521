import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { questionRange } from '../../src/lib/answers';
import { shownQuestions } from '../../src/lib/check-questions';
import { loadCheck } from '../unit/content';

const check = loadCheck();
let cleanups: (() => void)[] = [];

/**
 * A fresh island with fresh stores, as on a new page load. Svelte and testing-library are loaded
 * again with the stores, so that all of them share one Svelte runtime.
 */
async function renderIsland() {
  vi.resetModules();
  const { render, cleanup } = await import('@testing-library/svelte');
  const { default: CheckIsland } = await import('../../src/components/CheckIsland.svelte');
  cleanups.push(cleanup);
  const user = userEvent.setup();
  render(CheckIsland, { props: { check, title: 'Was it them?', lead: 'The lead.', intro: ['The introduction.'] } });
  return user;
}

afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

const heading = () => screen.getByRole('heading', { level: 1 });
const continueButton = () => screen.getByRole('button', { name: 'Continue' });
type User = ReturnType<typeof userEvent.setup>;

/** Picks the first answer (radio or checkbox) whose label matches, then Continue. */
async function answerAndContinue(user: User, label: RegExp = /./) {
  const answer = (name: string) => label.test(name) && !/Number keys/.test(name);
  await user.click(
    [...screen.queryAllByRole('radio', { name: answer }), ...screen.queryAllByRole('checkbox', { name: answer })][0]!,
  );
  await user.click(continueButton());
}

beforeEach(() => {
  history.replaceState(null, '');
  localStorage.clear();
});

describe('the check island', () => {
  it('steps through the questions one at a time: the question is the h1 and the title, with progress and focus', async () => {
    const user = await renderIsland();
    expect(heading()).toHaveTextContent('Was it them?');
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    // The most questions the answers so far can lead to (the progress total only shrinks).
    const total = questionRange(check, { stage: ['final-round'] }).most;
    expect(total).toBeGreaterThan(shownQuestions(check, { stage: ['final-round'] }).length);
    expect(heading()).toHaveTextContent(check.questions[0]!.text);
    expect(heading()).toHaveFocus();
    expect(screen.getByRole('group')).toContainElement(heading());
    expect(screen.queryByText('The introduction.')).not.toBeInTheDocument();

    await answerAndContinue(user, /The final round/);
    expect(screen.getByText(`Question 2 of ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '2');
    expect(document.title).toBe(`Question 2 of ${total}: ${check.questions[2]!.text} · Not Never`);
    expect(heading()).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent(check.questions[0]!.text);
    expect(screen.getByRole('radio', { name: /The final round/ })).toBeChecked();
  });

  it('asks about the offer only after an offer', async () => {
    const user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await answerAndContinue(user, /offered me the job/);
    expect(heading()).toHaveTextContent('What happened to the offer?');
  });

  it('shows an error summary and an inline error when Continue is pressed without an answer, and moves focus to the summary', async () => {
    const user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await user.click(continueButton());
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveFocus();
    expect(document.title).toMatch(/^Error: Question 1 of/);
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Choose an answer to continue/);

    await user.click(within(summary).getByRole('link', { name: 'Choose an answer to continue' }));
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();

    await answerAndContinue(user);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.title).toMatch(/^Question 2 of/);
  });

  it('uses checkboxes for "tick any", where "None of these" clears the others', async () => {
    const user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await answerAndContinue(user, /final round/);
    await answerAndContinue(user, /^No$/);
    expect(heading()).toHaveTextContent('what would you do differently');
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toHaveTextContent('Tick at least one answer to continue');
    const prepare = screen.getByRole('checkbox', { name: /Prepare more/ });
    const nerves = screen.getByRole('checkbox', { name: /handle nerves/ });
    await user.click(prepare);
    await user.click(nerves);
    expect(prepare).toBeChecked();
    expect(nerves).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Nothing stands out/ }));
    expect(prepare).not.toBeChecked();
    expect(nerves).not.toBeChecked();
  });

  it('lets number keys choose an answer, unless they are switched off', async () => {
    const user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await user.keyboard('2');
    expect(screen.getAllByRole('radio')[1]).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Number keys choose an answer/ }));
    await user.keyboard('3');
    expect(screen.getAllByRole('radio')[1]).toBeChecked();
    expect(screen.getAllByRole('radio')[2]).not.toBeChecked();
  });

  it('lists every answer by section before the result, each with a Change link that comes back to the list', async () => {
    const user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    for (let i = 0; i < check.questions.length && heading().textContent !== 'Check your answers'; i++)
      await answerAndContinue(user);
    expect(heading()).toHaveTextContent('Check your answers');
    expect(document.title).toBe('Check your answers · Not Never');
    for (const group of check.groups) expect(screen.getByRole('heading', { level: 2, name: group.title })).toBeInTheDocument();
    // The first answer everywhere: a screening call, the role cancelled, and so on.
    const asked = shownQuestions(check, Object.fromEntries(check.questions.map((q) => [q.id, [q.options[0]!.id]])));
    expect(screen.getAllByRole('button', { name: /^Change your answer to:/ })).toHaveLength(asked.length);

    await user.click(screen.getByRole('button', { name: `Change your answer to: ${check.questions[0]!.text}` }));
    expect(heading()).toHaveTextContent(check.questions[0]!.text);
    await answerAndContinue(user, /The final round/);
    expect(heading()).toHaveTextContent('Check your answers');
    expect(screen.getByText('The final round')).toBeInTheDocument();
  });

  it('asks before starting again, saying how many answers would be cleared, and can keep them', async () => {
    const user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await answerAndContinue(user, /final round/);
    await answerAndContinue(user, /^No$/);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    const confirm = screen.getByRole('group', { name: 'Start again with no answers?' });
    expect(confirm).toHaveTextContent('Your 2 answers will be cleared');
    await user.click(within(confirm).getByRole('button', { name: 'Keep my answers' }));
    expect(heading()).toHaveTextContent('what would you do differently');

    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: 'Clear my answers and start again' }));
    expect(heading()).toHaveTextContent(check.questions[0]!.text);
    expect(screen.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
  });

  it('offers to resume or start again when a check is saved', async () => {
    let user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await answerAndContinue(user, /final round/);
    await answerAndContinue(user, /^No$/);
    cleanups.pop()?.();

    user = await renderIsland();
    const panel = screen.getByRole('group', { name: 'You have a check in progress' });
    expect(panel).toHaveTextContent(/You answered 2 of \d+ questions/);
    await user.click(within(panel).getByRole('button', { name: 'Resume' }));
    expect(heading()).toHaveTextContent('what would you do differently');
    expect(heading()).toHaveFocus();
  });

  it('offers the new check, plainly, to someone with a check in progress from version 1', async () => {
    localStorage.setItem('notnever:check:v1', '{"checkVersion":1,"answers":{"hiring-freeze":"yes"},"step":1,"reviewing":false}');
    const user = await renderIsland();
    expect(screen.getByRole('status')).toHaveTextContent('earlier version of its questions');
    await user.click(screen.getByRole('button', { name: 'Start the new check' }));
    expect(heading()).toHaveTextContent(check.questions[0]!.text);
    expect(Object.keys(localStorage).filter((key) => key.includes('backup'))).toEqual([]);
  });
});
