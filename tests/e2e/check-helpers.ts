import { expect, type Locator, type Page } from '@playwright/test';

/** Option positions (1-based) for each question, in order, that lead to each outcome. */
export const plans = {
  'not-you': [1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 1, 1, 2, 1, 4],
  'learn-from-it': [3, 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 4, 1, 1, 2, 1, 4],
  both: [1, 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 4, 1, 1, 2, 1, 4],
  'too-early': [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 2, 1, 4],
} as const;

export const outcomeTitles = {
  'not-you': 'It looks like it was not you',
  'learn-from-it': 'There is something here to learn from',
  both: 'Probably a bit of both',
  'too-early': 'Too early to tell',
} as const;

export const TOTAL = 18;

/** Presses Tab until `target` has focus (at most 40 times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Starts the check from /check/ by keyboard. */
export async function startByKeyboard(page: Page): Promise<void> {
  await page.goto('/check/');
  await tabTo(page, page.getByRole('button', { name: 'Start the check' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Question 1 of ${TOTAL}`, { exact: true })).toBeVisible();
}

/** Answers questions by keyboard: a number key picks the option, Tab reaches Continue, Enter goes on. */
export async function answerByKeyboard(page: Page, positions: readonly number[], from = 0): Promise<void> {
  for (let i = from; i < positions.length; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${TOTAL}`, { exact: true })).toBeVisible();
    await page.keyboard.press(String(positions[i]));
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
  }
}

/** Answers by clicking, which is quicker to read in tests that are not about the keyboard. */
export async function answerByClicking(page: Page, positions: readonly number[]): Promise<void> {
  for (const [i, position] of positions.entries()) {
    await expect(page.getByText(`Question ${i + 1} of ${TOTAL}`, { exact: true })).toBeVisible();
    await page
      .getByRole('radio')
      .nth(position - 1)
      .check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
}

/**
 * Answers whatever each step of the check asks, choosing the first option, until the check offers
 * the result (or `steps` questions are answered). For tests about something other than the
 * questions themselves, so that they keep working when the questions change. Returns how many
 * questions it answered.
 */
export async function answerWhateverIsAsked(page: Page, steps = Number.POSITIVE_INFINITY): Promise<number> {
  const seeResult = page.getByRole('button', { name: 'See my result' });
  const progress = page.getByText(/^Question \d+ of \d+$/);
  let answered = 0;
  while (answered < steps) {
    await expect(seeResult.or(progress)).toBeVisible();
    if (await seeResult.isVisible()) break;
    const step = (await progress.textContent()) ?? '';
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText(step, { exact: true })).toBeHidden();
    answered++;
  }
  return answered;
}
