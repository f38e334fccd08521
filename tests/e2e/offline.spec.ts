import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, sitemapPaths } from './fixtures';
import { answerWhateverIsAsked, startNewCheck } from './check-helpers';
import { startOwnServer, type OwnServer } from './own-server';
import { writeServiceWorker } from '../../scripts/offline.ts';

// These tests need the service worker (blocked for the other browser tests in playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

// These tests take the network away or change the site, so each serves its own copy of it.
let server: OwnServer;
test.beforeEach(async () => {
  server = await startOwnServer();
});
test.afterEach(async () => {
  await server.dispose();
});

/** One visit, as a person would make: the page loads, and the service worker keeps the site. */
async function visitOnce(page: Page, path = '/'): Promise<void> {
  await page.goto(server.origin + path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** A new build of the site, deployed: a changed page, and the worker made for it exactly as the build makes it. */
async function publishNewBuild(): Promise<void> {
  const guide = join(server.dir, 'guide/index.html');
  const html = readFileSync(guide, 'utf8');
  expect(html).toContain('<h1>The guide</h1>');
  writeFileSync(guide, html.replace('<h1>The guide</h1>', '<h1>The guide, new edition</h1>'));
  const before = readFileSync(join(server.dir, 'sw.js'), 'utf8');
  await writeServiceWorker(server.dir);
  expect(readFileSync(join(server.dir, 'sw.js'), 'utf8')).not.toBe(before);
  await server.restart();
}

/**
 * Turns the served copy into the build before it, as far as the check goes: its scoring data is an
 * older check's (version 2), named by that content as the build names it, and every page and the
 * worker point at it. Returns how to put the current build back, as a deploy of it would.
 */
function makeOlderCheckBuild(): () => Promise<void> {
  const checkDir = join(server.dir, 'check');
  const current = readdirSync(checkDir).find((name) => /^scoring\.[0-9a-f]+\.json$/.test(name)) ?? '';
  expect(current, 'the build has its scoring data').not.toBe('');
  const older = 'scoring.000000000002.json';
  const data = JSON.parse(readFileSync(join(checkDir, current), 'utf8')) as { version: number };
  const pages = ['results/not-you', 'results/learn-from-it', 'results/both', 'results/too-early', 'journal/data'].map((path) =>
    join(server.dir, path, 'index.html'),
  );
  const point = (from: string, to: string) => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toContain(`/check/${from}`);
      writeFileSync(file, html.replaceAll(`/check/${from}`, `/check/${to}`));
    }
  };
  renameSync(join(checkDir, current), join(checkDir, older));
  writeFileSync(join(checkDir, older), JSON.stringify({ ...data, version: 2 }));
  point(current, older);
  return async () => {
    renameSync(join(checkDir, older), join(checkDir, current));
    writeFileSync(join(checkDir, current), JSON.stringify(data));
    point(older, current);
    await writeServiceWorker(server.dir);
    await server.restart();
  };
}

/** Asks the browser to look for a new version now, as it does on its own when pages are opened. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

/** No signal at all: the browser is offline and the server is gone. */
async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await server.stop();
}

test('after one visit, every page, a full check, a journal save and search work offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await visitOnce(page);
  await goOffline(context);

  for (const path of sitemapPaths()) {
    const response = await page.goto(server.origin + path);
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('h1'), path).toHaveCount(1);
  }

  await page.goto(`${server.origin}/check/`);
  await startNewCheck(page);
  expect(await answerWhateverIsAsked(page)).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();

  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await page.getByRole('link', { name: 'See it in your journal' }).click();
  await page.getByRole('link', { name: 'Add the company and role' }).click();
  await page.getByRole('textbox', { name: /^Company/ }).fill('Acme');
  await page.getByLabel(/^Role/).fill('Analyst');
  await page.getByRole('button', { name: 'Save the label' }).click();
  await page.getByRole('link', { name: 'Back to your journal' }).last().click();
  await expect(page.locator('.entries').getByRole('heading', { name: 'Analyst at Acme' })).toBeVisible();

  // From the header's search link and the search page's box, as a person would search.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'What are you looking for?' }).fill('hiring freeze');
  await page.getByRole('searchbox', { name: 'What are you looking for?' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/#q=hiring%20freeze$/);
  await expect(page.getByText(/chapters? found for “hiring freeze”/)).toBeVisible();
  await expect(page.locator('.search-results').getByRole('link', { name: 'It might not be you' })).toBeVisible();
});

test('offline, a page that was never kept shows the offline page', async ({ page, context }) => {
  await visitOnce(page, '/guide/');
  await goOffline(context);
  const response = await page.goto(`${server.origin}/a-page-from-a-newer-version/`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page needs a connection');
  await expect(page.getByRole('link', { name: 'Your journal' })).toHaveAttribute('href', '/journal/');
  await expectNoAxeViolations(page);
});

test('a new version waits for the person: the prompt never reloads by itself, mid-check, and Reload brings the new version', async ({
  page,
}) => {
  await visitOnce(page, '/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerWhateverIsAsked(page, 2);
  const step = await page.getByText(/^Question \d+ of \d+$/).textContent();

  await publishNewBuild();
  // A marker that a reload would wipe.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  await checkForUpdate(page);
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Not Never is ready.' });
  await expect(prompt).toBeVisible();
  await expectNoAxeViolations(page, 'update prompt');

  // Nothing happens until the person chooses: still on the same question, the page not reloaded.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
  await expect(page.getByText(step ?? '', { exact: true })).toBeVisible();

  const reloaded = page.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(false);
  // The check in progress was kept through the reload.
  await expect(page.getByRole('group', { name: 'You have a check in progress' })).toBeVisible();
  await expect(page.getByText('A new version of Not Never is ready.')).toBeHidden();

  await page.goto(`${server.origin}/guide/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The guide, new edition');
});

test('"Not now" puts the update prompt away', async ({ page }) => {
  await visitOnce(page, '/guide/');
  await publishNewBuild();
  await checkForUpdate(page);
  await expect(page.getByText('A new version of Not Never is ready.')).toBeVisible();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByText('A new version of Not Never is ready.')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The guide');
});

test('after a release that changes the check, the old worker still in control, a new page gives the person their own result and saves it', async ({
  page,
}) => {
  const deployCurrent = makeOlderCheckBuild();
  await writeServiceWorker(server.dir);
  await server.restart();
  await visitOnce(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  /** True while the older build's worker answers and the current build's waits for the person's Reload. */
  const olderWorkerInControl = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return navigator.serviceWorker.controller !== null && registration?.waiting !== null;
    });

  await deployCurrent();
  // The person has not pressed Reload: the older build's worker still answers every request.
  await page.goto(`${server.origin}/check/`);
  await checkForUpdate(page);
  await expect(page.getByText('A new version of Not Never is ready.')).toBeVisible();
  expect(await olderWorkerInControl()).toBe(true);
  await startNewCheck(page);
  expect(await answerWhateverIsAsked(page)).toBeGreaterThan(3);
  const scoring = page.waitForResponse((response) => /\/check\/scoring\.[0-9a-f]+\.json$/.test(response.url()));
  await page.getByRole('button', { name: 'See my result' }).click();
  // The new page asks for its own check's data, which the older worker never kept: it comes from the site.
  expect((await scoring).url()).not.toContain('scoring.000000000002.json');
  expect(await olderWorkerInControl()).toBe(true);
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  await expect(page.getByText(/a version of the check this site does not know/)).toHaveCount(0);
  await expect(page.locator('.reasons li').first()).toBeVisible();

  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await page.getByRole('link', { name: 'See it in your journal' }).click();
  await expect(page.locator('.entries > li')).toHaveCount(1);
});
