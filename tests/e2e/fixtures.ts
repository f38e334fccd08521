import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type ConsoleMessage, type Page, type Request } from '@playwright/test';

/** Records every console error, uncaught exception and request that leaves the site, until `stop`. */
function recordProblems(page: Page, expectedConsoleErrors: RegExp[]): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`console error: ${message.text()}`);
  };
  const onError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== 'localhost') problems.push(`request left the site: ${request.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  return {
    problems,
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onError);
      page.off('request', onRequest);
    },
  };
}

/** A page whose console errors, uncaught exceptions and requests that leave the site fail the test at its end. */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; reusedPage: Page }, { workerPage: Page }>({
  /** Console errors a test expects, such as the browser's own line for a page served with status 404. */
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, expectedConsoleErrors }, use) => {
    const { problems } = recordProblems(page, expectedConsoleErrors);
    await use(page);
    expect(problems, 'console errors, exceptions or outside requests').toEqual([]);
  },
  /**
   * One page per worker, for tests that only open a page and check it (site.spec.ts): a fresh page
   * pays again for axe's start, about 1.2 s a page. Checked for problems per test, as `page` is.
   */
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      // The same place, server and motion as every other test's page (all five are set in playwright.config.ts).
      const {
        baseURL = '',
        locale = '',
        timezoneId = '',
        serviceWorkers = 'block',
        reducedMotion = null,
      } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, timezoneId, serviceWorkers, reducedMotion });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  reusedPage: async ({ workerPage, expectedConsoleErrors }, use) => {
    const { problems, stop } = recordProblems(workerPage, expectedConsoleErrors);
    await use(workerPage);
    stop();
    expect(problems, 'console errors, exceptions or outside requests').toEqual([]);
  },
});

export { expect };

/**
 * axe at WCAG 2.2 AA plus best practice. No rule is switched off.
 *
 * Run in the page itself (axe's legacy mode): the site has no frames, and the default mode opens a
 * blank page for every check to put its frames' results together, which took about 1.2 s of each
 * 1.5 s check here. Only the violations are asked for, which is all a check reads.
 */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  expect(await page.locator('iframe, frame').count(), 'the site has no frames; axe runs in the page alone').toBe(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, context ?? page.url()).toEqual([]);
}

/** URL paths of every page in the built sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc ?? '').pathname);
}
