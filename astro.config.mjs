// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import svelte from '@astrojs/svelte';
import { offline } from './scripts/offline.ts';
import { ownScriptHashes } from './scripts/csp-hashes.ts';
import { lazyChunk } from './scripts/lazy-chunk.ts';

/**
 * The public address of the site, used for canonical URLs, Open Graph tags and the sitemap.
 * Set SITE_URL when building for a real host. The default matches `npm run preview`, so that
 * canonical links agree with the page's origin when the build is checked locally.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** A production build without SITE_URL says so loudly, last thing on stderr, where it cannot scroll past. */
const warnWithoutSiteUrl = {
  name: 'not-never:site-url',
  hooks: {
    'astro:build:done': () => {
      if (process.env.SITE_URL) return;
      process.stderr.write(
        '\n  WARNING: SITE_URL is not set. Canonical links, preview cards and the sitemap point at http://localhost:4321/.\n' +
          '  That is right for local tests only: for a real host, build with SITE_URL=https://your.domain (see the README).\n\n',
      );
    },
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    // discloseVersion adds a global with Svelte's version to every page; we do not need it.
    svelte({ compilerOptions: { discloseVersion: false } }),
    // The offline page is for the service worker to show, not for search engines.
    sitemap({ filter: (page) => new URL(page).pathname !== '/offline/' }),
    // Each page's policy names only its own inline scripts (Astro writes every page's into all).
    ownScriptHashes(),
    offline(),
    warnWithoutSiteUrl,
  ],
  markdown: {
    // Plain <pre><code>: our code blocks are email templates, not code, and Shiki's inline
    // styles would be blocked by the Content Security Policy.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [lazyChunk()],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // MDX modules carry Astro's own "use astro:head-inject" marker, which the bundler reports
          // once per chapter although Astro handles it; every other warning still shows.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'self' for Pagefind's own module on the search page; 'wasm-unsafe-eval' lets that
        // module compile its WebAssembly index. No inline script runs without a hash.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
