/**
 * A Vite plugin for modules a page loads on first use: `import url from '../lib/x.ts?lazy-chunk'`
 * builds `x.ts` as a chunk of its own and gives its address, for the page to load with
 * `import(url)` when it needs it.
 *
 * Why not a plain `import('../lib/x.ts')`: Vite wraps every dynamic import in its preload helper
 * (0.9 kB gzip) so that the chunk's own imports load beside it. A chunk that imports nothing (the
 * result picture) gains nothing from that, and the helper would cost a result page more than the
 * code that uses it. In development the address is the module's own, which Vite serves.
 */
import type { Plugin } from 'vite';

const suffix = '?lazy-chunk';
const prefix = '\0lazy-chunk:';

export function lazyChunk(): Plugin {
  let serving = false;
  return {
    name: 'not-never:lazy-chunk',
    // Before Vite's own resolver, which would read the file and ignore the query.
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(suffix)) return null;
      const resolved = await this.resolve(source.slice(0, -suffix.length), importer);
      if (!resolved) this.error(`${source} (imported by ${importer ?? 'an entry'}) is not a module`);
      return `${prefix}${resolved.id}`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const module = id.slice(prefix.length);
      if (serving) return `export default ${JSON.stringify(`/@fs${module.startsWith('/') ? '' : '/'}${module}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: module });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
