/**
 * Nothing the person typed is ever lost: the journal, the plan and the pages around them against
 * storage that holds odd data, is full, throws, or is shared by two tabs, in real Chromium.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { checksum } from '../../src/lib/share-link';

const KEY = 'notnever:journal:v1';

/** A stored entry, as a finished check saved with version 1 of the questions. */
const entry = (id: string, company: string, date = '2026-10-30') => ({
  id,
  savedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  checkVersion: 1,
  outcome: 'not-you',
  notYou: 67,
  learn: 50,
  evidence: 56,
  reasons: { notYou: ['hiring-freeze'], learn: [] },
  answers: { 'hiring-freeze': 'yes' },
  label: { company, role: 'Analyst', date, stage: '' },
});
const journal = (entries: unknown[]) => JSON.stringify({ format: 'not-never-journal', version: 1, entries });

/** Puts values in storage from a page without scripts, so that nothing reads them before the page under test. */
async function seed(page: Page, values: Record<string, string>) {
  await page.goto('/privacy/');
  await page.evaluate((pairs) => {
    for (const [key, value] of Object.entries(pairs)) localStorage.setItem(key, value);
  }, values);
}

const headings = (page: Page) => page.locator('.entries .card h3');
const ours = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));

test('one bad entry is set aside on its own: the others stay, after a reload too', async ({ page }) => {
  const bad = { ...entry('b2', 'Beta'), label: { company: 'Beta', role: '', date: '20261-01-01', stage: '' } };
  await seed(page, { [KEY]: journal([entry('a1', 'Acme'), bad, entry('c3', 'Gamma')]) });
  await page.goto('/journal/');
  await expect(headings(page)).toHaveText(['Analyst at Acme', 'Analyst at Gamma']);
  await expect(page.getByText(/We could not read something this site saved .* kept a copy aside/)).toBeVisible();
  await page.reload();
  await expect(headings(page)).toHaveText(['Analyst at Acme', 'Analyst at Gamma']);
  await page.goto('/journal/data/');
  const setAside = page.getByRole('region', { name: 'Set aside' });
  await expect(setAside.getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page, 'data page with a copy set aside');
  const download = page.waitForEvent('download');
  await setAside.getByRole('button', { name: /^Download/ }).click();
  expect(JSON.parse(await readFile(await (await download).path(), 'utf8'))).toEqual([bad]);
  await page.getByRole('button', { name: 'Delete my whole journal' }).click();
  await expect(page.getByRole('alert')).toContainText('Delete all 2 entries and 1 copy set aside from this browser?');
  await page.getByRole('button', { name: 'Yes, delete my journal' }).click();
  await expect(setAside).toBeHidden();
  const left = await ours(page);
  expect(Object.keys(left).filter((key) => key.includes('backup'))).toEqual([]);
  expect(JSON.stringify(left)).not.toContain('Acme');
});

test('a date the journal would refuse is refused at the field, and the journal stays readable', async ({ page }) => {
  await seed(page, { [KEY]: journal([entry('a1', 'Acme'), entry('b2', 'Beta')]) });
  await page.goto('/journal/');
  await page.getByRole('link', { name: 'Label, stages and dates of Analyst at Acme' }).click();
  // A fifth digit of the year, as a slip of the finger types it into the browser's date field.
  await page.getByLabel(/^Date \(optional\)/).evaluate((input: HTMLInputElement) => {
    input.value = '20261-01-01';
  });
  await page.getByRole('button', { name: 'Save the label' }).click();
  await expect(page.getByText('Enter a real date between 1900 and 2999, or leave the date empty')).toBeVisible();
  await expectNoAxeViolations(page, 'label with a date error');
  await page.goto('/journal/');
  await expect(headings(page)).toHaveText(['Analyst at Acme', 'Analyst at Beta']);
  await expect(page.getByText(/We could not read/)).toBeHidden();
});

test('an import past the limit adds what fits, says so, and the journal is all there after a reload', async ({
  page,
}, testInfo) => {
  await seed(page, { [KEY]: journal(Array.from({ length: 300 }, (_, i) => entry(`c${i}`, 'Current'))) });
  const path = testInfo.outputPath('big.json');
  await writeFile(path, journal(Array.from({ length: 300 }, (_, i) => entry(`n${i}`, 'Imported'))));
  await page.goto('/journal/data/');
  await page.getByLabel('Choose a file exported from Not Never').setInputFiles(path);
  const preview = page.getByRole('group', { name: 'Ready to import' });
  await expect(preview).toContainText('This file holds 300 entries: 200 will be added; 100 would pass the limit of 500.');
  await preview.getByRole('button', { name: 'Add the new entries' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(
    'Added 200 entries to your journal. 100 entries were not added, as a journal holds at most 500.',
  );
  await page.goto('/journal/');
  await expect(headings(page)).toHaveCount(500);
  await expect(page.getByText(/We could not read/)).toBeHidden();
});

test('when storage is full, the journal stays in view and nothing set aside is written over', async ({ page }) => {
  await seed(page, { [KEY]: '{"not":"a journal"}', 'notnever:plan:v1': '{"company":3}' });
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('notnever:') && key !== 'notnever:probe') throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/journal/');
  await expect(
    page.getByText(/there was no room to copy it aside\. We left it untouched and will not save over it/),
  ).toBeVisible();
  await expect(page.getByText('None yet.')).toBeVisible();
  expect((await ours(page))[KEY]).toBe('{"not":"a journal"}');

  // The plan on a result page says the same, rather than setting its details aside in silence.
  await page.goto('/results/not-you/');
  await expect(page.getByText(/there was no room to copy it aside/)).toBeVisible();
  expect((await ours(page))['notnever:plan:v1']).toBe('{"company":3}');
});

test('with storage full, a saved journal is still shown', async ({ page }) => {
  await seed(page, { [KEY]: journal([entry('a1', 'Acme')]) });
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto('/journal/');
  await expect(headings(page)).toHaveText(['Analyst at Acme']);
  await page.getByRole('button', { name: 'Delete Analyst at Acme' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByText(/storage is full, so your answers will be lost/)).toBeVisible();
});

test('storage that throws on every read leaves every interactive page working, with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.getItem = () => {
      throw new DOMException('broken', 'UnknownError');
    };
  });
  for (const path of ['/check/', '/journal/', '/journal/data/', '/journal/answer/', '/results/both/']) {
    await page.goto(path);
    await expect(page.getByText(/not letting this site save anything/).first()).toBeVisible();
  }
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
});

test('the answer builder says when an entry could not be read, and drafts from the one left when the link names one that is gone', async ({
  page,
}) => {
  await seed(page, { [KEY]: journal([entry('a1', 'Acme'), { id: '<x>' }]) });
  await page.goto('/journal/answer/?entry=deleted-long-ago');
  await expect(page.getByText(/We could not read something this site saved/)).toBeVisible();
  await expect(page.getByText('Your answer is about: Analyst at Acme.')).toBeVisible();
  await expect(page.getByLabel('Situation')).toHaveValue(/for the Analyst role at Acme/);
});

test('a follow-up date that is not a real date is refused at the field, and no reminder is offered', async ({ page }) => {
  await page.goto('/results/not-you/');
  const date = page.getByLabel('Follow-up date');
  await date.fill('2026-12-08');
  await expect(page.getByRole('button', { name: 'Download a calendar reminder (.ics)' })).toBeVisible();
  await date.evaluate((input: HTMLInputElement) => {
    input.value = '9999-12-31';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page.getByText('Enter a real date between 1900 and 2999')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download a calendar reminder (.ics)' })).toBeHidden();
  await expectNoAxeViolations(page, 'follow-up date error');
  expect(JSON.parse((await ours(page))['notnever:plan:v1'] ?? '{}').followUp).toBe('');
});

test('the check content (/check/scoring.<hash>.json) of another shape gives the result page a notice, not an error', async ({
  page,
}) => {
  await page.route('**/check/scoring.*.json', (route) => route.fulfill({ json: { version: 1, questions: { not: 'a list' } } }));
  const body = 'v=1&n=67&l=50&e=56&rn=hiring-freeze&rl=';
  await page.goto(`/results/not-you/#${body}&c=${checksum(body)}`);
  await expect(page.getByText(/could not be read just now/)).toBeVisible();
});

test.describe('shared-computer mode', () => {
  test('switching on takes everything off the device in every open tab, new tabs follow, and switching off merges', async ({
    page,
    context,
  }) => {
    await seed(page, { [KEY]: journal([entry('a1', 'Acme')]) });
    // A second tab has the journal open, and a third is partway through the check.
    const other = await context.newPage();
    await other.goto('/journal/');
    await expect(headings(other)).toHaveText(['Analyst at Acme']);
    const checking = await context.newPage();
    await checking.goto('/check/');
    await checking.getByRole('button', { name: 'Start the check' }).click();
    await checking.getByRole('radio', { name: 'The final round' }).check();
    await checking.getByRole('button', { name: 'Continue' }).click();
    await expect(checking.getByRole('heading', { level: 1 })).toHaveText('Do you already work for this company?');

    await page.goto('/journal/data/');
    await page.getByRole('checkbox', { name: 'Don’t keep anything on this device' }).click();
    await expect(page.getByRole('alert')).toContainText('in every tab of this site that is open');
    await page.getByRole('button', { name: 'Switch on' }).click();
    await expect(page.getByRole('checkbox', { name: 'Don’t keep anything on this device' })).toBeChecked();
    await expect(page.getByText(/^On: nothing you do on this site is kept on this device/)).toBeVisible();
    expect(Object.keys(await ours(page)).filter((key) => key.startsWith('notnever:'))).toEqual([]);

    // The other tabs follow: their next changes stay off the device, and the check in progress is kept in its tab.
    await other.getByRole('link', { name: 'Label, stages and dates of Analyst at Acme' }).click();
    await other.getByRole('textbox', { name: /^Company/ }).fill('Still here');
    await other.getByRole('button', { name: 'Save the label' }).click();
    await other.getByRole('link', { name: 'Back to your journal' }).last().click();
    await expect(headings(other)).toHaveText(['Analyst at Still here']);
    await checking.getByRole('radio', { name: 'No' }).check();
    await checking.getByRole('button', { name: 'Continue' }).click();
    await checking.reload();
    await expect(checking.getByRole('heading', { name: 'You have a check in progress' })).toBeVisible();
    expect(Object.keys(await ours(page)).filter((key) => key.startsWith('notnever:'))).toEqual([]);

    // A tab opened now keeps nothing on the device either.
    const fresh = await context.newPage();
    await fresh.goto('/journal/data/');
    await expect(fresh.getByRole('checkbox', { name: 'Don’t keep anything on this device' })).toBeChecked();
    expect(Object.keys(await ours(fresh)).filter((key) => key.startsWith('notnever:'))).toEqual([]);

    // Meanwhile something lands on the device (as a tab that could not follow would leave it); switching off merges, never replaces.
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, journal([entry('b2', 'Beta')])]);
    await page.getByRole('checkbox', { name: 'Don’t keep anything on this device' }).uncheck();
    await expect(page.getByText(/^Off: your journal/)).toBeVisible();
    await expect(other.getByRole('checkbox', { name: 'Don’t keep anything on this device' })).toHaveCount(0);
    await other.goto('/journal/');
    await expect(headings(other)).toHaveText(['Analyst at Still here', 'Analyst at Beta']);
    const stored = JSON.parse((await ours(page))[KEY] ?? '{}') as { entries: { id: string }[] };
    expect(stored.entries.map((e) => e.id).sort()).toEqual(['a1', 'b2']);
    await checking.goto('/check/');
    await expect(checking.getByRole('heading', { name: 'You have a check in progress' })).toBeVisible();
  });
});
