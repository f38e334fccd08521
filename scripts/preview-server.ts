/**
 * The built site served on a port for the scripts that measure it (`npm run lighthouse`,
 * `npm run interaction`): `scripts/serve.ts` in a process of its own, waited for until it answers.
 */
import { spawn } from 'node:child_process';

export function startPreview(port: number): { origin: string; ready: () => Promise<void>; stop: () => void } {
  const origin = `http://localhost:${port}`;
  const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port)], { detached: true, stdio: 'ignore' });
  server.on('exit', (code) => {
    if (code) console.error(`The preview server stopped (exit ${code}); is port ${port} already in use?`);
  });
  return {
    origin,
    async ready() {
      for (let attempt = 0; attempt < 50; attempt++) {
        try {
          if ((await fetch(origin)).ok) return;
        } catch {
          // not up yet
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`The preview server did not start on ${origin}: run \`npm run build\` first, and check the port is free.`);
    },
    stop() {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    },
  };
}
