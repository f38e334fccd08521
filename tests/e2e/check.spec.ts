import { test, expect, expectNoAxeViolations } from './fixtures';
import { answerByClicking, answerByKeyboard, outcomeTitles, plans, startByKeyboard, tabTo } from './check-helpers';

const KEY = 'notnever:check:v1';
const question = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

// Two full runs by keyboard: one with a decisive reason, one too early to tell. Every outcome is also reached
// through the real page by clicking (journal.spec.ts saves all four) and by tapping (phone.spec.ts).
for (const outcome of ['not-you', 'too-early'] as const) {
  const story = plans[outcome];
  test(`by keyboard alone, a full run reaches "${outcome}" and explains why with the person's own answers`, async ({ page }) => {
    await startByKeyboard(page);
    await answerByKeyboard(page, story);
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: 'See my result' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/results/${outcome}/#v=3&o=${outcome}&`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles[outcome]);
    await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
    if (outcome === 'not-you') {
      await expect(page.getByText('They told you the role was cancelled, frozen, changed or lost its funding.')).toBeVisible();
      await expect(page.getByText('Your answer: “The role was cancelled, frozen, changed or lost its funding”')).toBeVisible();
    }
    if (outcome === 'too-early') {
      await expect(page.getByText('You have heard rumours or hints of a freeze, cuts or a reorganisation.')).toBeVisible();
      await expect(page.getByText('A sign, not yet proof of why', { exact: false })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'What would settle it' })).toBeVisible();
    }
  });
}

test('back on the check page after the result, "See my result" opens the same result (the scoring loads for it)', async ({
  page,
}) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerByClicking(page, plans['not-you']);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['not-you']);
  const result = page.url();
  await page.goto('/check/');
  await expect(question(page)).toHaveText('You have finished this check');
  await page.getByRole('link', { name: 'See my result' }).click();
  await expect(page).toHaveURL(result);
  await expect(page.getByText('They told you the role was cancelled, frozen, changed or lost its funding.')).toBeVisible();
});

test('axe finds nothing at the start, a question, an error, a "tick any" question, check your answers and the result', async ({
  page,
}) => {
  await page.goto('/check/');
  await expectNoAxeViolations(page, 'start');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expectNoAxeViolations(page, 'first question');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoAxeViolations(page, 'error state');
  await page.locator('#q-stage-final-round').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#q-internal-applicant-no').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(question(page)).toHaveText(/what would you do differently/);
  await expectNoAxeViolations(page, 'tick any');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expectNoAxeViolations(page, 'start again, asking first');
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await answerByClicking(page, plans.both);
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expectNoAxeViolations(page, 'check your answers');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  await expectNoAxeViolations(page, 'result');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'result, dark');
});

test('asks only what applies: the offer after an offer, feedback after feedback, and numbers the steps to match', async ({
  page,
}) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  // After an offer: the offer question, and not "Did they tell you why?" (what happened to the offer says it).
  const afterOffer = await answerByClicking(page, { stage: ['offer'], offer: ['terms'] });
  expect(afterOffer).toContain('offer');
  expect(afterOffer).not.toContain('told');
  // A new check, after a final round: what they told, then the feedback.
  await page.evaluate(() => localStorage.clear());
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  const asked = await answerByClicking(page, {
    told: ['feedback'],
    feedback: ['gap'],
    'feedback-view': ['fixable'],
  });
  expect(asked).toEqual([
    'stage',
    'internal-applicant',
    'differently',
    'unfair',
    'how-told',
    'told',
    'feedback',
    'feedback-view',
    'process',
    'since',
    'earlier',
  ]);
  await page.getByRole('button', { name: `Change your answer to: What did they tell you about why?` }).click();
  await expect(page.getByText(/^Question 6 of 11$/)).toBeVisible();
  await page.locator('#q-told-feedback').uncheck();
  await page.locator('#q-told-no-reason').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Feedback questions no longer apply; the question about asking for feedback now does.
  await expect(question(page)).toHaveText('Have you asked them for feedback?');
  await expect(page.getByText(/^Question 7 of 10$/)).toBeVisible();
  await page.locator('#q-asked-feedback-waiting').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText('What did the feedback say, mainly?')).toHaveCount(0);
});

test('a reload mid-way offers to resume, and resumes where the person left off', async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.locator('#q-stage-later-round').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#q-internal-applicant-no').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.reload();
  const panel = page.getByRole('group', { name: 'You have a check in progress' });
  await expect(panel).toContainText(/You answered 2 of \d+ questions/);
  await panel.getByRole('button', { name: 'Resume' }).click();
  await expect(question(page)).toHaveText(/what would you do differently/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();

  await page.reload();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test("the browser's Back button goes to the previous step, also after Resume", async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.locator('#q-stage-first-interview').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#q-internal-applicant-no').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/^Question 3 of \d+$/)).toBeVisible();
  await page.goBack();
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
  await page.goBack();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await page.goForward();
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  // Back from the question resumed at is the screen that offered to resume.
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page).toHaveURL(/\/check\/$/);
});

test('in a fresh tab, Back after Resume and one more step returns to the question resumed at', async ({ page, context }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.locator('#q-stage-first-interview').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await page.close();
  // A new tab has no history of its own from the check: only what Resume and the steps after it add.
  const fresh = await context.newPage();
  await fresh.goto('/check/');
  await fresh.getByRole('button', { name: 'Resume' }).click();
  await expect(fresh.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await fresh.locator('#q-internal-applicant-no').check();
  await fresh.getByRole('button', { name: 'Continue' }).click();
  await expect(fresh.getByText(/^Question 3 of \d+$/)).toBeVisible();
  await fresh.goBack();
  await expect(fresh.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await expect(fresh.getByRole('radio', { name: 'No' })).toBeChecked();
  await fresh.goBack();
  await expect(fresh.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('finishing, starting a new check and going Back keeps nothing aside and shows no false notice', async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerByClicking(page, plans['not-you']);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start a new check' }).click();
  // The finished check may not be saved: the page asks first, and says how to keep its result.
  await expect(page.getByRole('heading', { name: 'Start a new check?' })).toBeFocused();
  await expect(page.getByText('If you have not saved its result yet, open it and save it to your journal first.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear my answers and start again' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await page.goBack();
  await expect(page.getByText(/We could not read something/)).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('backup')))).toEqual([]);
});

test('two open tabs stay in step', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/check/');
  await second.goto('/check/');
  await first.getByRole('button', { name: 'Start the check' }).click();
  await first.locator('#q-stage-final-round').check();
  await first.getByRole('button', { name: 'Continue' }).click();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Do you already work for this company?');
  await second.getByRole('button', { name: 'Back' }).click();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('How far did you get before they said no?');
  await expect(first.getByRole('radio', { name: 'The final round' })).toBeChecked();
});

test('number-key shortcuts can be switched off, and stay off', async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.keyboard.press('2');
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.getByRole('checkbox', { name: /Number keys choose an answer/ }).uncheck();
  await page.reload();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await page.locator('body').press('3');
  await expect(page.getByRole('radio').nth(2)).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Number keys choose an answer/ })).not.toBeChecked();
});

test('progress saved by version 1 of the check is offered as the new check, with nothing kept aside', async ({ page }) => {
  await page.goto('/privacy/');
  await page.evaluate(
    (key) =>
      localStorage.setItem(
        key,
        '{"checkVersion":1,"answers":{"hiring-freeze":"yes","under-prepared":"partly"},"step":2,"reviewing":false}',
      ),
    KEY,
  );
  await page.goto('/check/');
  await expect(page.getByRole('status').filter({ hasText: 'earlier version of its questions' })).toBeVisible();
  await expect(page.getByText(/We could not read something/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Start the new check' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('backup')))).toEqual([]);
});

test.describe('stored data that cannot be read', () => {
  const cases = {
    'not JSON': '{"checkVersion":2,',
    'another shape': '{"theme":"dark"}',
    'a newer version': JSON.stringify({ checkVersion: 99, answers: {}, step: 3, reviewing: false }),
    'foreign answers': JSON.stringify({
      checkVersion: 3,
      answers: { stage: ['<script>alert(1)</script>'] },
      step: 2,
      reviewing: false,
    }),
    'a bare number': '42',
  };
  for (const [name, raw] of Object.entries(cases)) {
    test(`${name}: the page works, says so, and keeps the data aside`, async ({ page }) => {
      // Written from a page without scripts, so that nothing reads it before the check page loads.
      await page.goto('/privacy/');
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, raw]);
      await page.goto('/check/');
      await expect(page.getByText(/We could not read something this site saved/)).toBeVisible();
      const backups = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith('notnever:backup:check:v1:'))
          .map((key) => localStorage.getItem(key)),
      );
      expect(backups).toEqual([raw]);
      await page.getByRole('button', { name: 'Start the check' }).click();
      await page.locator('#q-stage-screening').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
    });
  }
});

test('with storage that throws on every write (full), the check still works and says progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function (key: string) {
      if (key.startsWith('notnever:check')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByText(/storage is full, so your answers will be lost/)).toBeVisible();
  await answerByClicking(page, plans['not-you']);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['not-you']);
});

test('with storage disabled, the check still works and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('/check/');
  await expect(page.getByText(/not letting this site save anything/)).toBeVisible();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerByClicking(page, plans['learn-from-it']);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['learn-from-it']);
  // The follow-up kit says so too, in the words every page uses: what is typed in it will not be kept.
  await expect(page.locator('follow-up-kit').getByText(/not letting this site save anything/)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the check page points to the worksheet, which has every question and a way to work out the result', async ({ page }) => {
    await page.goto('/check/');
    await expect(page.getByText(/JavaScript may be off/)).toBeVisible();
    await page.getByRole('link', { name: 'Print the worksheet' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The check, as a worksheet');
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(14);
    await expect(page.getByRole('heading', { name: /^1\. How far did you get before they said no\?/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Working out the result by hand' })).toBeVisible();
    await expect(page.getByText(/too early to tell/).first()).toBeVisible();
  });
});
