import { expect, type Locator, type Page } from '@playwright/test';
import { keepShown } from '../../src/lib/answers';
import { toSharedResult } from '../../src/lib/share-link-encoder';
import { loadCheck } from '../unit/content';

/**
 * A person's answers as option ids by question id. Questions the story does not mention get the
 * answer in `knowsLittle`: a final round, a standard email, nothing looked into yet.
 */
export type Story = Readonly<Record<string, readonly string[]>>;

export const knowsLittle: Story = {
  stage: ['final-round'],
  offer: ['withdrawn'],
  'internal-applicant': ['no'],
  differently: ['nothing'],
  unfair: ['none'],
  'how-told': ['template'],
  told: ['no-reason'],
  feedback: ['vague'],
  'feedback-view': ['unsure'],
  'asked-feedback': ['not-yet'],
  process: ['none'],
  since: ['not-looked'],
  earlier: ['first'],
  'same-stage': ['unsure'],
};

/** A story for each outcome, as a careful coach would see it. */
export const plans = {
  'not-you': { told: ['role-changed'] },
  'learn-from-it': { differently: ['prepare', 'caught-out'] },
  both: { told: ['role-changed'], differently: ['nerves'] },
  'too-early': { since: ['freeze-rumours'] },
} satisfies Record<string, Story>;

export const outcomeTitles = {
  'not-you': 'It looks like it was not you',
  'learn-from-it': 'There is something here to learn from',
  both: 'Probably a bit of both',
  'too-early': 'Too early to tell',
} as const;

/** Presses Tab until `target` has focus (at most 40 times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * On /check/, starts the check, or a new one when a finished check is there (which asks first, as
 * its answers are cleared).
 */
export async function startNewCheck(page: Page): Promise<void> {
  const start = page.getByRole('button', { name: /^(Start the check|Start a new check)$/ });
  const label = await start.innerText();
  await start.click();
  if (label === 'Start a new check') await page.getByRole('button', { name: 'Clear my answers and start again' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
}

/** Starts the check from /check/ by keyboard. */
export async function startByKeyboard(page: Page): Promise<void> {
  await page.goto('/check/');
  await tabTo(page, page.getByRole('button', { name: 'Start the check' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
}

/**
 * The id of the question on screen (from its inputs' name), or undefined on "Check your answers":
 * waits, in the page, until a step's heading has focus, as it does when the step arrives.
 */
async function questionOnScreen(page: Page): Promise<string | undefined> {
  const step = await page.waitForFunction(
    () => {
      const heading = document.querySelector('h1');
      if (!heading || heading !== document.activeElement) return undefined;
      if (heading.textContent?.trim() === 'Check your answers') return { review: true };
      const name = document.querySelector<HTMLInputElement>('form.question input')?.name;
      return name ? { review: false, name } : undefined;
    },
    undefined,
    { timeout: 5000 },
  );
  const { review, name } = (await step.jsonValue()) as { review: boolean; name?: string };
  return review ? undefined : name;
}

/** Which options to choose for a question: the story's, else the default. */
const choices = (story: Story, questionId: string) => story[questionId] ?? knowsLittle[questionId] ?? [];

/**
 * Answers every question the check asks until "Check your answers", by clicking. Returns the ids of
 * the questions asked, in order.
 */
export async function answerByClicking(page: Page, story: Story = {}): Promise<string[]> {
  const asked: string[] = [];
  for (let questionId = await questionOnScreen(page); questionId; questionId = await questionOnScreen(page)) {
    asked.push(questionId);
    for (const optionId of choices(story, questionId)) await page.locator(`#q-${questionId}-${optionId}`).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  return asked;
}

/** The same by keyboard alone: a number key (or Tab and Space) picks each option, Tab reaches Continue, Enter goes on. */
export async function answerByKeyboard(page: Page, story: Story = {}): Promise<string[]> {
  const asked: string[] = [];
  for (let questionId = await questionOnScreen(page); questionId; questionId = await questionOnScreen(page)) {
    asked.push(questionId);
    const ids = await page
      .locator('form.question input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    for (const optionId of choices(story, questionId)) {
      const position = ids.indexOf(optionId) + 1;
      // Number keys reach the first nine answers; beyond them, Tab to the box and tick it with Space.
      if (position <= 9) await page.keyboard.press(String(position));
      else {
        await tabTo(page, page.locator(`#q-${questionId}-${optionId}`));
        await page.keyboard.press('Space');
      }
    }
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
  }
  return asked;
}

/**
 * Answers whatever each step of the check asks, choosing the first option, until "Check your
 * answers" (or `steps` questions are answered). For tests about something other than the questions
 * themselves, so that they keep working when the questions change. Returns how many it answered.
 */
export async function answerWhateverIsAsked(page: Page, steps = Number.POSITIVE_INFINITY): Promise<number> {
  let answered = 0;
  for (let questionId = await questionOnScreen(page); questionId && answered < steps; questionId = await questionOnScreen(page)) {
    await page.locator('form.question input').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    answered++;
  }
  return answered;
}

/**
 * Puts a finished check in this browser's storage, as the check page leaves it, and returns the
 * address of its result page: for tests about the result or the journal rather than the questions
 * (check.spec.ts takes the check itself, by mouse and by keyboard).
 */
export async function seedFinishedCheck(page: Page, story: Story): Promise<string> {
  const check = loadCheck();
  const answers = keepShown(check, { ...knowsLittle, ...story });
  const progress = { checkVersion: check.version, answers, step: check.questions.length + 1, reviewing: false };
  // Written from a page without scripts, so that nothing reads storage before the page under test.
  await page.goto('/privacy/');
  await page.evaluate((value) => localStorage.setItem('notnever:check:v1', value), JSON.stringify(progress));
  return `/results/${toSharedResult(check, answers, false).outcome}/`;
}
