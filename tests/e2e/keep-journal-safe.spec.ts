import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { answerWhateverIsAsked } from './check-helpers';
import { writeJournal } from '../../src/lib/journal';
import { JOURNAL_KEY } from '../../src/stores/journal';
import { DURABILITY_KEY } from '../../src/stores/durability';
import { entry } from '../unit/fixtures';

/** Replaces the browser's answer to `navigator.storage.persist()`, counting the calls on each page. */
async function stubPersist(page: Page, answer: boolean): Promise<void> {
  await page.addInitScript((granted) => {
    const calls: number[] = [];
    Object.assign(window, { persistCalls: calls });
    navigator.storage.persist = async () => {
      calls.push(Date.now());
      return granted;
    };
  }, answer);
}
const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { persistCalls: number[] }).persistCalls.length);

/** Takes the check, whatever it asks, and saves it to the journal from its result page: the journal's first save. */
async function firstSave(page: Page): Promise<void> {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerWhateverIsAsked(page);
  await page.getByRole('button', { name: 'See my result' }).click();
  expect(await persistCalls(page), 'asked only after the save').toBe(0);
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByText('Saved to your journal.')).toBeVisible();
}

test('after the first save the browser is asked to keep the journal, once, and its yes is said in plain words', async ({
  page,
}) => {
  await stubPersist(page, true);
  await firstSave(page);
  await expect(page.getByText('Your browser has agreed to keep your journal: it will not clear it to make room.')).toBeVisible();
  expect(await persistCalls(page)).toBe(1);
  await page.getByRole('link', { name: 'See it in your journal' }).click();
  await expect(page.getByRole('heading', { name: 'Saved to your journal' })).toBeFocused();
  expect(await persistCalls(page), 'not asked again on the journal page').toBe(0);

  // The note about browsers that delete data after a week comes with it, once.
  const note = page.getByRole('region', { name: 'Keep your journal safe' });
  await expect(note).toContainText('delete what a website keeps after seven days without a visit');
  await expect(note.getByRole('link', { name: 'Export a copy' })).toHaveAttribute('href', '/journal/data/');
  await expect(note).toContainText('tap Share, then “Add to Home Screen”');
  // Where the browser offers to install the site (Chromium), the note offers its button instead.
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt'), {
      prompt: async () => Object.assign(window, { installPrompted: true }),
    });
    dispatchEvent(offer);
  });
  await note.getByRole('button', { name: 'Install Not Never' }).click();
  expect(await page.evaluate(() => 'installPrompted' in window)).toBe(true);
  await expectNoAxeViolations(page, 'journal with the notes');
  await note.getByRole('button', { name: 'Got it' }).click();
  await expect(note).toBeHidden();

  await page.reload();
  await expect(page.locator('.entries .card')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Keep your journal safe' })).toBeHidden();
  await expect(page.getByText(/Your browser has agreed/)).toBeHidden();
  expect(await persistCalls(page), 'not asked again').toBe(0);
});

test("the browser's no is said kindly, with what keeps the journal safe", async ({ page }) => {
  await stubPersist(page, false);
  await firstSave(page);
  await expect(
    page.getByText('Your journal is kept in this browser. An exported copy keeps it safe, whatever happens to the browser.'),
  ).toBeVisible();
  expect(await persistCalls(page)).toBe(1);
});

test.describe('the export reminder', () => {
  /** Three saved checks and no export yet; the browser already asked and the week note put away. */
  async function seed(page: Page) {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const entries = ['one', 'two', 'three'].map((id, i) => entry({ id, savedAt: daysAgo(3 - i) }));
    await page.goto('/privacy/');
    await page.evaluate(
      ([journalKey, journal, durabilityKey]) => {
        localStorage.setItem(journalKey!, journal!);
        localStorage.setItem(durabilityKey!, JSON.stringify({ persist: 'granted', weekNoticeDone: true }));
      },
      [JOURNAL_KEY, writeJournal({ entries, removed: {} }), DURABILITY_KEY],
    );
  }
  const reminder = (page: Page) =>
    page.getByText(/Your journal holds 3 checks, and there is no copy of them outside this browser yet/);

  test('comes after a few entries with no export, and "Remind me later" puts it away', async ({ page }) => {
    await seed(page);
    await page.goto('/journal/');
    await expect(reminder(page)).toBeVisible();
    await expectNoAxeViolations(page, 'export reminder');
    await page.getByRole('button', { name: 'Remind me later' }).click();
    await expect(reminder(page)).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Analyst at Acme' }).first()).toBeVisible();
    await expect(reminder(page)).toBeHidden();
  });

  test('goes once the journal is exported', async ({ page }) => {
    await seed(page);
    await page.goto('/journal/');
    await expect(reminder(page)).toBeVisible();
    await page.getByRole('link', { name: 'Export a copy' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my journal' }).click();
    await download;
    await page.goto('/journal/');
    await expect(page.getByRole('heading', { name: 'Analyst at Acme' }).first()).toBeVisible();
    await expect(reminder(page)).toBeHidden();
  });
});
