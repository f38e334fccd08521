/**
 * Serves the built site (`dist/`) the way a static host would: `/guide/` serves
 * `guide/index.html`, and unknown paths get `404.html` with status 404.
 * Usage: node scripts/serve.ts [--port 4321]
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > -1 ? process.argv[portFlag + 1] : (process.env['PORT'] ?? 4321));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const assets = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
const notFound = await readFile(new URL('404.html', `file://${dist}`)).catch(() => Buffer.from('Not found'));

const server = createServer((req, res) => {
  assets(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
});

server.listen(port, 'localhost', () => {
  console.log(`Serving dist/ at http://localhost:${port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
