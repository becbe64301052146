import { Worker } from 'node:worker_threads';
import type { Dialect } from '@seam/core/sql';
import type { Logger } from '../ops/logger.js';
import type { PackedChunk, PreparedResult, SourceSettings } from './chunk.js';

interface Thread {
  worker: Worker;
  pending: number;
}

/**
 * Decode threads (worker_threads): the JSON of each chunk is parsed, decoded, reduced to net
 * changes and turned into statements there, while this thread fetches from Kafka and talks to the
 * target. A chunk travels as one transferred buffer; what comes back is a few strings per column.
 * If a thread dies, every chunk is decoded on this thread from then on.
 */
export class DecodePool {
  readonly #threads: Thread[] = [];
  readonly #waiting = new Map<number, { thread: Thread; resolve: (r: PreparedResult) => void }>();
  #next = 0;
  #broken: string | undefined;
  #closed = false;

  constructor(
    readonly size: number,
    readonly source: SourceSettings,
    readonly dialect: Dialect,
    readonly log: Logger,
  ) {}

  #start(): void {
    // The worker's module next to this one, .ts or .js as this one is. From the sources, the thread
    // resolves the workspace packages to their sources too (and registers tsx: decode-thread.mjs).
    const fromSource = import.meta.url.endsWith('.ts');
    const entry = new URL(`./decode-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
    const execArgv = fromSource ? [...process.execArgv, '--conditions=source'] : undefined;
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(new URL('./decode-thread.mjs', import.meta.url), {
        workerData: { entry: entry.href, source: this.source, dialect: this.dialect },
        ...(execArgv ? { execArgv } : {}),
      });
      const thread: Thread = { worker, pending: 0 };
      worker.on('message', (m: { id: number; result: PreparedResult }) => {
        const w = this.#waiting.get(m.id);
        if (!w) return;
        this.#waiting.delete(m.id);
        thread.pending--;
        w.resolve(m.result);
      });
      worker.on('error', (error) => this.#breakDown(`a decode thread failed: ${error.message}`));
      worker.on('exit', (code) => {
        if (!this.#closed) this.#breakDown(`a decode thread exited (${code})`);
      });
      // A thread waiting for work must not keep the process alive.
      worker.unref();
      this.#threads.push(thread);
    }
  }

  #breakDown(reason: string): void {
    if (this.#broken || this.#closed) return;
    this.#broken = reason;
    this.log.warn({ reason }, 'decoding on the main thread from now on');
    for (const [id, w] of this.#waiting) {
      this.#waiting.delete(id);
      w.resolve({ ok: false, reason });
    }
    for (const t of this.#threads) t.worker.terminate().catch(() => {});
  }

  /** Decodes a chunk on a decode thread; `ok: false` asks the caller to decode it itself. */
  prepare(chunk: PackedChunk): Promise<PreparedResult> {
    if (this.#broken || this.#closed) return Promise.resolve({ ok: false, reason: this.#broken ?? 'closed' });
    if (this.#threads.length === 0) this.#start();
    let thread = this.#threads[0]!;
    for (const t of this.#threads) if (t.pending < thread.pending) thread = t;
    const id = this.#next++;
    thread.pending++;
    return new Promise((resolve) => {
      this.#waiting.set(id, { thread, resolve });
      thread.worker.postMessage({ id, chunk }, [
        chunk.data.buffer as ArrayBuffer,
        chunk.lengths.buffer as ArrayBuffer,
      ]);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const [id, w] of this.#waiting) {
      this.#waiting.delete(id);
      w.resolve({ ok: false, reason: 'closed' });
    }
    await Promise.all(this.#threads.map((t) => t.worker.terminate().catch(() => {})));
  }
}
