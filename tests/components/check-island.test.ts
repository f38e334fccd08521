import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCheck } from '../unit/content';

const check = loadCheck();
const total = check.questions.length;

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
  render(CheckIsland, { props: { check, intro: ['The introduction.'] } });
  return user;
}

afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

const heading = () => screen.getByRole('heading', { level: 2 });
const continueButton = () => screen.getByRole('button', { name: 'Continue' });

async function answerAndContinue(user: ReturnType<typeof userEvent.setup>, label: RegExp = /./) {
  await user.click(screen.getAllByRole('radio').find((radio) => label.test(radio.closest('div')?.textContent ?? ''))!);
  await user.click(continueButton());
}

beforeEach(() => history.replaceState(null, ''));

describe('the check island', () => {
  it('steps through the questions one at a time, with progress and focus on each new question', async () => {
    const user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    expect(screen.getByText(`Question 1 of ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1');
    expect(heading()).toHaveTextContent(check.questions[0]!.text);
    expect(heading()).toHaveFocus();
    expect(screen.getByRole('group')).toContainElement(heading());

    await answerAndContinue(user, /Yes, publicly/);
    expect(screen.getByText(`Question 2 of ${total}`)).toBeInTheDocument();
    expect(heading()).toHaveTextContent(check.questions[1]!.text);
    expect(heading()).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent(check.questions[0]!.text);
    expect(screen.getByRole('radio', { name: /Yes, publicly/ })).toBeChecked();
  });

  it('shows an error summary and an inline error when Continue is pressed without an answer, and moves focus to the summary', async () => {
    const user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await user.click(continueButton());
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Choose an answer to continue/);
    expect(screen.getByText(`Question 1 of ${total}`)).toBeInTheDocument();

    await user.click(within(summary).getByRole('link', { name: 'Choose an answer to continue' }));
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();

    await answerAndContinue(user);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(`Question 2 of ${total}`)).toBeInTheDocument();
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

  it('lists every answer before the result, each with a Change link that comes back to the list', async () => {
    const user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    for (let i = 0; i < total; i++) await answerAndContinue(user);
    expect(heading()).toHaveTextContent('Check your answers');
    const changes = screen.getAllByRole('button', { name: /^Change your answer to:/ });
    expect(changes).toHaveLength(total);

    await user.click(screen.getByRole('button', { name: `Change your answer to: ${check.questions[2]!.text}` }));
    expect(heading()).toHaveTextContent(check.questions[2]!.text);
    await answerAndContinue(user, /It changed a little/);
    expect(heading()).toHaveTextContent('Check your answers');
    expect(screen.getByText('It changed a little')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Put my answers in the result’s link/ })).not.toBeChecked();
  });

  it('starts again with no answers at any time', async () => {
    const user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await answerAndContinue(user);
    await answerAndContinue(user);
    await user.click(screen.getByRole('button', { name: 'Start again with no answers' }));
    expect(screen.getByText(`Question 1 of ${total}`)).toBeInTheDocument();
    expect(screen.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
  });

  it('offers to resume or start again when a check is saved', async () => {
    let user = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await answerAndContinue(user);
    await answerAndContinue(user);
    cleanups.pop()?.();

    user = await renderIsland();
    const panel = screen.getByRole('group', { name: 'You have a check in progress' });
    expect(panel).toHaveTextContent(`You answered 2 of ${total} questions`);
    await user.click(within(panel).getByRole('button', { name: 'Resume' }));
    expect(screen.getByText(`Question 3 of ${total}`)).toBeInTheDocument();
    expect(heading()).toHaveFocus();
  });
});
