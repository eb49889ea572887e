// The queue against batch: the same 2,000 documents through `review-lens batch -j 2`, and through
// Redis with one worker process and with two (one thread each), `collect` writing the results as
// they come. Each run is measured from the start of its processes to the last result written, in
// alternating rounds; the best round counts. Two measures: wall-clock time, which on a machine
// shared with other work says little, and the CPU time every process of the run took (each CLI
// process with its threads, and redis-server's share), which does not depend on what else runs:
// on two otherwise idle cores kept busy by either, throughput goes as the inverse of CPU time
// per document, so the ratio of CPU times is the ratio of throughputs, and the difference is the
// queue's overhead per document. The documents are enqueued as `review-lens enqueue` puts them
// (up to 16 to a job), so the figures include what a job costs, shared by its documents.
// Needs redis-server (a server of its own is started on a free loopback port, and stopped).
//   node bench/queue.mjs [ROUNDS]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDocuments } from './corpus.mjs';

const BIN = join(import.meta.dirname, '..', 'dist', 'cli.js');
const DOCUMENTS = 2000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    let log = '';
    child.stdout.on('data', (d) => {
      log += d;
      if (log.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', () => reject(new Error(`redis-server exited: ${log.slice(-300)}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM'), cpu: () => procCpu(child.pid) };
}

/** CPU seconds (user + system) process `pid` has taken so far, from /proc (Linux). */
function procCpu(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Where the CLI processes leave their CPU time at exit (one file each), and the preload that writes it. */
let cpuDir = '';
const CPU_AT_EXIT = 'data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>{const u=process.cpuUsage();writeFileSync(process.env.REVIEW_LENS_BENCH_CPU+"/"+process.pid,String((u.user+u.system)/1e6))})';

/** The CPU seconds of the CLI processes that exited since the last call. */
function takeCpu() {
  let total = 0;
  for (const f of readdirSync(cpuDir)) {
    total += Number(readFileSync(join(cpuDir, f), 'utf8'));
    rmSync(join(cpuDir, f));
  }
  return total;
}

/** Runs the CLI; resolves when it exits, rejecting on a non-zero code. */
function cli(args, cwd) {
  const child = spawn(process.execPath, ['--import', CPU_AT_EXIT, BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, REVIEW_LENS_BENCH_CPU: cpuDir } });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`review-lens ${args[0]} exited with ${code}: ${err}`)))));
  return { child, done };
}

/** Seconds and CPU seconds `batch -j JOBS` takes over the documents. */
async function batchRun(dir, jobs) {
  takeCpu();
  const t0 = performance.now();
  await cli(['batch', 'docs.jsonl', '-j', String(jobs), '--out', 'batch.jsonl', '--force'], dir).done;
  return { seconds: (performance.now() - t0) / 1000, cpu: takeCpu() };
}

/**
 * Seconds and CPU seconds `workers` worker processes of `threads` threads each and one collect
 * take over the documents, enqueued beforehand.
 */
async function queueRun(dir, redis, workers, threads, round) {
  const queue = ['--redis', redis.url, '--queue', `bench-${workers}-${threads}-${round}`];
  const t0 = performance.now();
  await cli(['enqueue', 'docs.jsonl', ...queue], dir).done;
  const enqueueSeconds = (performance.now() - t0) / 1000;
  takeCpu();
  const redisBefore = redis.cpu();
  const t1 = performance.now();
  const running = Array.from({ length: workers }, () => {
    const w = cli(['worker', ...queue, '--concurrency', String(threads)], dir);
    // Stopped with SIGTERM at the end: exit code 143 is expected.
    w.done.catch(() => undefined);
    return w.child;
  });
  try {
    await cli(['collect', ...queue, '--out', `queue-${workers}-${threads}.jsonl`, '--force'], dir).done;
  } finally {
    for (const w of running) w.kill('SIGTERM');
  }
  const seconds = (performance.now() - t1) / 1000;
  const redisCpu = redis.cpu() - redisBefore;
  await Promise.all(running.map((w) => new Promise((resolve) => (w.exitCode !== null ? resolve() : w.once('exit', resolve)))));
  return { seconds, enqueueSeconds, cpu: takeCpu() + redisCpu };
}

/** Measures and prints the table; returns the figures. */
export async function queueBench(rounds = 2) {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.log('\nqueue: skipped (redis-server is not installed)');
    return null;
  }
  const { docs: corpus } = corpusDocuments();
  const docs = Array.from({ length: DOCUMENTS }, (_, i) => corpus[i % corpus.length]);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const dir = mkdtempSync(join(tmpdir(), 'review-lens-queue-bench-'));
  cpuDir = mkdtempSync(join(tmpdir(), 'review-lens-queue-cpu-'));
  writeFileSync(join(dir, 'docs.jsonl'), docs.map((text, i) => JSON.stringify({ id: `d${String(i).padStart(4, '0')}`, text })).join('\n'));
  const redis = await startRedis();
  const best = { batch1: Infinity, batch: Infinity, one: Infinity, two: Infinity, threads: Infinity, enqueue: Infinity };
  const cpu = { batch1: Infinity, batch: Infinity, one: Infinity, two: Infinity, threads: Infinity };
  try {
    for (let round = 0; round < rounds; round++) {
      const batch1 = await batchRun(dir, 1);
      const batch = await batchRun(dir, 2);
      const one = await queueRun(dir, redis, 1, 1, round);
      const two = await queueRun(dir, redis, 2, 1, round);
      const threads = await queueRun(dir, redis, 1, 2, round);
      for (const [key, run] of [['batch1', batch1], ['batch', batch], ['one', one], ['two', two], ['threads', threads]]) {
        best[key] = Math.min(best[key], run.seconds);
        cpu[key] = Math.min(cpu[key], run.cpu);
      }
      best.enqueue = Math.min(best.enqueue, one.enqueueSeconds, two.enqueueSeconds);
    }
  } finally {
    redis.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(cpuDir, { recursive: true, force: true });
  }
  const rate = (s) => DOCUMENTS / s;
  const mb = (s) => bytes / 1e6 / s;
  const ms = (c) => ((c / DOCUMENTS) * 1000).toFixed(2);
  console.log(`\nqueue (BullMQ on a local redis-server), ${DOCUMENTS} documents (up to 16 to a job), ${(bytes / 1e6).toFixed(2)} MB, best of ${rounds} rounds:`);
  console.log('                                   wall clock                     CPU, all processes');
  for (const [key, label] of [['batch1', 'batch -j 1                     '], ['batch', 'batch -j 2                     '], ['one', '1 worker (1 thread) + collect  '], ['two', '2 worker processes, 1 thread   '], ['threads', '1 worker process, 2 threads    ']]) {
    console.log(`  ${label} ${best[key].toFixed(1).padStart(5)} s ${rate(best[key]).toFixed(0).padStart(4)} docs/s ${mb(best[key]).toFixed(2)} MB/s   ${cpu[key].toFixed(1).padStart(5)} s  ${ms(cpu[key])} ms/doc`);
  }
  const over = (c, base) => `${ms(c - base)} ms/doc (${(((c - base) / base) * 100).toFixed(1)}%)`;
  console.log(`  queue overhead in CPU against batch at the same concurrency: 1 thread ${over(cpu.one, cpu.batch1)}; 2 processes ${over(cpu.two, cpu.batch)}; 1 process of 2 threads ${over(cpu.threads, cpu.batch)}`);
  console.log(`  2 workers / batch -j 2 throughput on two busy cores (CPU time ratio) = ${(cpu.batch / cpu.two).toFixed(2)}x as 2 processes, ${(cpu.batch / cpu.threads).toFixed(2)}x as 1 process of 2 threads (target >= 0.85 for 2 processes: ${cpu.batch / cpu.two >= 0.85 ? 'met' : 'not met'}); wall clock ratios ${(best.batch / best.two).toFixed(2)}x, ${(best.batch / best.threads).toFixed(2)}x`);
  console.log(`  enqueue (not in the times above): ${best.enqueue.toFixed(1)} s, ${(DOCUMENTS / best.enqueue).toFixed(0)} docs/s`);
  return { best, cpu };
}

if (import.meta.url === `file://${process.argv[1]}`) await queueBench(Number(process.argv[2] ?? 2));
