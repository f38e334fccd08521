/**
 * Serves the built site (`dist/`) the way a static host would: `/guide/` serves
 * `guide/index.html`, unknown paths get `404.html` with status 404, and every response carries the
 * headers that `_headers` gives its path (the file Netlify and Cloudflare Pages read; the build
 * copies it from `public/_headers`), so local tests see what a host will send.
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist]  (--port 0: any free port)
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './headers.ts';

const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? process.argv[index + 1] : undefined;
};
const port = Number(option('port') ?? process.env['PORT'] ?? 4321);
const dist = resolve(option('dir') ?? 'dist');

const rules = parseHeaders(readFileSync(resolve(dist, '_headers'), 'utf8'));
const assets = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
let notFound: Buffer;
try {
  notFound = readFileSync(resolve(dist, '404.html'));
} catch {
  notFound = Buffer.from('Not found');
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
  const sendNotFound = () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  // `_headers` is read by the host, never served.
  if (path === '/_headers') sendNotFound();
  else assets(req, res, sendNotFound);
});

server.listen(port, 'localhost', () => {
  // With --port 0 the system picks a free port: the line below says which (tests read it).
  const address = server.address();
  console.log(`Serving ${dist} at http://localhost:${typeof address === 'object' && address ? address.port : port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
