import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * A page that records every console error, uncaught exception and request that leaves the site;
 * each test fails at its end if there were any.
 */
export const test = base.extend<{ problems: string[]; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test expects, such as the browser's own line for a page served with status 404. */
  expectedConsoleErrors: [[], { option: true }],
  problems: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, problems, expectedConsoleErrors }, use) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
      problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.hostname !== 'localhost') problems.push(`request left the site: ${request.url()}`);
    });
    await use(page);
    expect(problems, 'console errors, exceptions or outside requests').toEqual([]);
  },
});

export { expect };

/** axe at WCAG 2.2 AA plus best practice. No rule is switched off. */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
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
