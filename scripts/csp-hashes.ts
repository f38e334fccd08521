/**
 * Astro's `security.csp` writes the hashes of every inline script of the site into every page's
 * policy. A page needs only the hashes of its own inline scripts: after the build, this keeps those
 * in each page's `script-src`, so that a page allows no inline script it does not have (and carries
 * about 350 B less). Astro still writes the policy and its hashes; this only takes out the others.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The hashes of a page's inline scripts, as a policy names them (`'sha256-…'`). */
export const inlineScriptHashes = (html: string): string[] =>
  [...html.matchAll(INLINE_SCRIPT)].map(
    ([, text]) =>
      `'sha256-${createHash('sha256')
        .update(text ?? '')
        .digest('base64')}'`,
  );

/**
 * The page with only its own inline scripts' hashes left in its policy's `script-src`. Throws when
 * the page has an inline script whose hash the policy does not name: that page would break, and
 * the build should say so rather than ship it.
 */
export function keepOwnScriptHashes(html: string, page = 'a page'): string {
  const policy = POLICY.exec(html)?.[2];
  if (policy === undefined) return html;
  const own = inlineScriptHashes(html);
  const narrowed = policy.replace(/script-src ([^;]*)/, (_directive, sources: string) => {
    const listed = sources.split(/\s+/).filter(Boolean);
    const missing = own.filter((hash) => !listed.includes(hash));
    if (missing.length > 0) throw new Error(`${page}: an inline script is not in its policy (${missing.join(' ')})`);
    return `script-src ${listed.filter((source) => !source.startsWith("'sha") || own.includes(source)).join(' ')}`;
  });
  return html.replace(POLICY, (_, start: string, __, end: string) => `${start}${narrowed}${end}`);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { withFileTypes: true, recursive: true });
  return found
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Runs after the build, before the service worker lists the pages (put it before `offline()`). */
export function ownScriptHashes(): AstroIntegration {
  return {
    name: 'not-never:csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const narrowed = keepOwnScriptHashes(html, file);
          if (narrowed !== html) await writeFile(file, narrowed);
        }
      },
    },
  };
}
