/** Each page's policy names only its own inline scripts (scripts/csp-hashes.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, keepOwnScriptHashes } from '../../scripts/csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (scripts: string[], listed: string[]) =>
  `<head><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${listed.join(' ')}; style-src 'self' 'sha256-style='"></head>` +
  `<body>${scripts.map((text) => `<script type="module">${text}</script>`).join('')}<script type="module" src="/_astro/a.js"></script></body>`;

describe("a page's script hashes", () => {
  it("keeps the hashes of the page's own inline scripts, and only those, in script-src alone", () => {
    const html = page(['one()'], [hash('one()'), hash('two()'), hash('three()')]);
    const narrowed = keepOwnScriptHashes(html);
    expect(narrowed).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('one()')};`);
    expect(narrowed).not.toContain(hash('two()'));
    // Other directives, and the page around the policy, are left as they were.
    expect(narrowed).toContain("style-src 'self' 'sha256-style='");
    expect(narrowed.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('leaves no hash on a page without inline scripts, and skips scripts loaded from a file', () => {
    expect(inlineScriptHashes(page([], []))).toEqual([]);
    expect(keepOwnScriptHashes(page([], [hash('two()')]))).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('refuses a page whose inline script its policy does not name, rather than ship a page that breaks', () => {
    expect(() => keepOwnScriptHashes(page(['one()'], [hash('two()')]), '/x/')).toThrow(
      /\/x\/: an inline script is not in its policy/,
    );
  });

  it('leaves a page without a policy as it is', () => {
    expect(keepOwnScriptHashes('<p>Hello</p>')).toBe('<p>Hello</p>');
  });
});
