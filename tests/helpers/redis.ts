/**
 * A Redis server of the test's own on a free loopback port: started from the test setup, stopped
 * after. Other test runs on the machine may hold other ports at the same time.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** The redis-server binary, or null when none is installed (then the queue tests skip, saying so). */
export function redisServerPath(): string | null {
  for (const path of ['redis-server', '/usr/bin/redis-server', '/usr/local/bin/redis-server']) {
    const r = spawnSync(path, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return path;
  }
  return null;
}

/** A port free on 127.0.0.1 right now, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A running server: its URL and how to stop it. */
export interface TestRedis {
  url: string;
  stop: () => Promise<void>;
}

/** Starts redis-server on a free loopback port, with nothing saved to disk; tries a few ports if one is taken meanwhile. */
export async function startRedis(binary: string): Promise<TestRedis> {
  let lastLog = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child: ChildProcess = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const up = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 10_000);
      child.stdout?.on('data', (d: Buffer) => {
        log += d.toString();
        if (log.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (up) {
      return {
        url: `redis://127.0.0.1:${port}`,
        stop: () =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    }
    lastLog = log;
    child.kill('SIGKILL');
  }
  throw new Error(`redis-server did not start: ${lastLog.slice(-500)}`);
}
