import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface OwnServer {
  /** Such as `http://localhost:40123`. */
  origin: string;
  /** A copy of `dist/` that this server serves, which a test may change to make a new version of the site. */
  dir: string;
  /** Stops the server at once, open connections and all: the site is then really unreachable, as on a train with no signal. */
  stop(): Promise<void>;
  /** Starts the server again at the same address, serving `dir` as it is now, as a host does after a deploy. */
  restart(): Promise<void>;
  /** Stops the server if it still runs and deletes the copy. */
  dispose(): Promise<void>;
}

/** Starts `scripts/serve.ts` in its own process group; resolves with the process and its origin once it listens. */
function serve(dir: string, port: number): Promise<{ child: ChildProcess; origin: string; exited: Promise<void> }> {
  const child = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--dir', dir], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/localhost:\d+/.exec(output);
      if (found) resolve({ child, origin: found[0], exited });
    });
    child.once('exit', (code) => reject(new Error(`The test's own server stopped (exit ${code})`)));
  });
}

/**
 * Serves a fresh copy of the built site with `scripts/serve.ts` (the same headers as a host) on a
 * free port, for tests that take the network away or change the site: the shared test server
 * stays untouched for every other test.
 */
export async function startOwnServer(): Promise<OwnServer> {
  const dir = mkdtempSync(join(tmpdir(), 'notnever-site-'));
  cpSync(join(root, 'dist'), dir, { recursive: true });
  let running: Awaited<ReturnType<typeof serve>> | undefined = await serve(dir, 0);
  const origin = running.origin;
  const stop = async () => {
    if (!running) return;
    const { child, exited } = running;
    running = undefined;
    // The server runs in its own process group: end that group, and nothing else.
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
    await exited;
  };
  return {
    origin,
    dir,
    stop,
    async restart() {
      await stop();
      running = await serve(dir, Number(new URL(origin).port));
    },
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
